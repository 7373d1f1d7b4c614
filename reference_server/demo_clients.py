"""The demo's clients, and the order builder its stories use (demo_stories.py).

The clients are fictional but shaped like real ones: German and EU businesses whose VAT IDs
pass their national check digits, one Swiss foundation (outside the EU) and one private person.
Every day in an order is an offset from the server's today.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from desktop_app.domain.order import Address, Client, ClientType, LineItem, Order
from desktop_app.domain.status import OrderStatus

from .demo_actions import Action

_NAMESPACE = uuid.UUID("6f1c4a52-3f4e-4f53-9a4e-0c5d1e7a9b21")
PERSONAL, COLLECTIVE = "B-10001-1", "B-10001-2"


def _eu(name: str, street: str, postcode: str, city: str, country: str, vat: str) -> Client:
    return Client(ClientType.BUSINESS_EU_VAT, name, Address(street, postcode, city, country), vat)


THEATER = _eu(
    "Theater am Lindenhof gGmbH", "Lindenstraße 12", "10969", "Berlin", "DE", "DE273849154"
)
KAFFEE = _eu(
    "Hanse Kaffeerösterei GmbH", "Große Elbstraße 145", "22767", "Hamburg", "DE", "DE318572644"
)
FEUERWACHE = _eu(
    "Kulturzentrum Alte Feuerwache e.V.",
    "Brückenstraße 2",
    "68167",
    "Mannheim",
    "DE",
    "DE146928370",
)
LINDE = _eu("Restaurant Zur Linde GmbH", "Marktplatz 3", "72070", "Tübingen", "DE", "DE295164738")
VERLAG = _eu(
    "Verlag Morgenrot GmbH", "Karl-Liebknecht-Straße 48", "04275", "Leipzig", "DE", "DE361852492"
)
JAZZCLUB = _eu(
    "Jazzclub Blauer Mond e.V.", "Venloer Straße 40", "50672", "Köln", "DE", "DE249371682"
)
LUMIERE = _eu("Atelier Lumière SARL", "14 Rue Mercière", "69002", "Lyon", "FR", "FR42418230157")
AMSTEL = _eu(
    "Stichting Kunstruimte Amstel",
    "Oostelijke Handelskade 34",
    "1019 BN",
    "Amsterdam",
    "NL",
    "NL813492671B01",
)
DONAUKANAL = _eu(
    "Galerie am Donaukanal OG", "Obere Donaustraße 57", "1020", "Wien", "AT", "ATU63184271"
)
HELVETIA = Client(
    ClientType.BUSINESS_NO_VAT,
    "Helvetia Kulturstiftung",
    Address("Limmatquai 72", "8001", "Zürich", "CH"),
    "CHE-116.281.704 MWST",
)
HOFFMANN = Client(
    ClientType.PRIVATE, "Katrin Hoffmann", Address("Am Neuen Garten 9", "14469", "Potsdam", "DE")
)

Step = tuple[int, str, Action]


@dataclass(frozen=True)
class Story:
    key: str
    expect: OrderStatus  # where the story must end
    order: Order
    submitted: tuple[int, str]  # (day, "HH:MM") of the member's submission
    steps: tuple[Step, ...]  # what happened to it after that


class Offers:
    """Orders dated relative to today, with ids fixed per member and story."""

    def __init__(self, today: date, member_id: int) -> None:
        self.today = today
        self.member_id = member_id

    def __call__(
        self,
        key: str,
        client: Client,
        contact: tuple[str, str],
        texts: tuple[str, str],
        period: tuple[int, int],
        lines: list[tuple[str, str, str, int]],
        invoices: tuple[int, ...],
        valid: int | None,
        budget: str = PERSONAL,
        reduced_vat: bool = False,
        skip_client_confirmation: bool = False,
        special_agreement: str = "",
    ) -> Order:
        return Order(
            id=uuid.uuid5(_NAMESPACE, f"{self.member_id}/{key}"),
            budget=budget,
            client=client,
            contact_name=contact[0],
            contact_email=contact[1],
            order_description=texts[0],
            service_description=texts[1],
            service_start=self._day(period[0]),
            service_end=self._day(period[1]),
            line_items=tuple(LineItem(d, Decimal(q), u, c) for d, q, u, c in lines),
            invoice_dates=tuple(self._day(n) for n in invoices),
            offer_valid_until=None if valid is None else self._day(valid),
            reduced_vat=reduced_vat,
            skip_client_confirmation=skip_client_confirmation,
            special_agreement=special_agreement,
        )

    def _day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)
