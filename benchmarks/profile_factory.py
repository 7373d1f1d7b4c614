"""Fill a profile with realistic orders for benchmarks and screenshots."""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.order import Address, Client, ClientType, LineItem, Order
from desktop_app.domain.status import OrderStatus
from desktop_app.platform.paths import AppPaths
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import prepare_database
from desktop_app.storage.order_repository import OrderRepository

CLIENTS = [
    (
        "Kulturverein Lindenhof e.V.",
        "Lindenstraße 12",
        "10969",
        "Berlin",
        "DE",
        ClientType.BUSINESS_NO_VAT,
        "",
    ),
    (
        "Atelier Rouge SARL",
        "12 Rue de la Paix",
        "75002",
        "Paris",
        "FR",
        ClientType.BUSINESS_EU_VAT,
        "FR40123456789",
    ),
    (
        "Stadttheater Kassel gGmbH",
        "Friedrichsplatz 15",
        "34117",
        "Kassel",
        "DE",
        ClientType.BUSINESS_EU_VAT,
        "DE123456789",
    ),
    ("Hanna Schulz", "Gartenweg 3", "50667", "Köln", "DE", ClientType.PRIVATE, ""),
    (
        "Blue Harbour Media Ltd",
        "22 King Street",
        "M2 4LQ",
        "Manchester",
        "GB",
        ClientType.BUSINESS_NO_VAT,
        "",
    ),
    (
        "Designbüro Nord GmbH",
        "Am Sandtorkai 5",
        "20457",
        "Hamburg",
        "DE",
        ClientType.BUSINESS_EU_VAT,
        "DE811234567",
    ),
]
WORK = [
    (
        "Fotografie Sommerfest",
        "Fotografische Begleitung des Sommerfests, 8 Stunden",
        "Stunden",
        6500,
    ),
    ("Workshop Siebdruck", "Zwei Workshoptage Siebdruck für Jugendliche", "Tage", 48000),
    (
        "Übersetzung Katalog DE–EN",
        "Übersetzung des Ausstellungskatalogs, 40 Seiten",
        "Seiten",
        3500,
    ),
    ("Bühnenbild Frühjahrsproduktion", "Entwurf und Bau des Bühnenbilds", "Pauschal", 320000),
    ("Webseite Relaunch", "Konzeption und Umsetzung der neuen Webseite", "Stunden", 8500),
    ("Moderation Podiumsdiskussion", "Moderation und Vorbereitung", "Pauschal", 60000),
]


def make_order(rng: random.Random, today: date, status: OrderStatus | None = None) -> Order:
    name, street, postal, city, country, kind, vat = rng.choice(CLIENTS)
    title, service, unit, price = rng.choice(WORK)
    start = today + timedelta(days=rng.randint(-60, 90))
    end = start + timedelta(days=rng.randint(0, 30))
    now = datetime.now(UTC)
    return Order.new(
        status=status or rng.choice(list(OrderStatus)),
        budget="Persönliches Budget",
        client=Client(kind, name, Address(street, postal, city, country), vat, ""),
        contact_name=rng.choice(["Jana Weber", "Luc Martin", "Mehmet Yilmaz", "Anna Kowalski"]),
        contact_email="kontakt@example.org",
        order_description=f"{title}\nAuftrag für {name}",
        service_description=service,
        service_start=start,
        service_end=end,
        line_items=(LineItem(service, Decimal(rng.randint(1, 40)), unit, price),),
        invoice_dates=(end + timedelta(days=rng.randint(1, 20)),),
        offer_valid_until=start - timedelta(days=3),
        created_at=now,
        updated_at=now,
    )


def fill_profile(
    profile: Path, count: int, seed: int = 7, status: OrderStatus | None = None
) -> None:
    paths = AppPaths.for_profile(profile)
    paths.ensure()
    prepare_database(paths.database, paths.backups_dir)
    db = Database(paths.database)
    rng = random.Random(seed)
    today = date.today()
    batch = [make_order(rng, today, status) for _ in range(count)]
    OrderRepository(db).save_many(batch)
    db.dispose()


if __name__ == "__main__":
    fill_profile(Path(sys.argv[1]), int(sys.argv[2]))
