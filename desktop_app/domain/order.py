"""The order ("Auftrag") and the client it is for. Immutable values; edit with ``replace``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from .money import line_net_cents
from .status import OrderStatus


class ClientType(StrEnum):
    BUSINESS_EU_VAT = "business_eu_vat"
    BUSINESS_NO_VAT = "business_no_vat"
    PRIVATE = "private"

    @property
    def is_business(self) -> bool:
        return self is not ClientType.PRIVATE


@dataclass(frozen=True)
class Address:
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "DE"


@dataclass(frozen=True)
class Client:
    type: ClientType = ClientType.BUSINESS_NO_VAT
    legal_name: str = ""
    address: Address = field(default_factory=Address)
    vat_id: str = ""
    invoice_email: str = ""
    # Id of the record in Smart's shared client database, once known.
    server_id: str | None = None


@dataclass(frozen=True)
class LineItem:
    description: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price_cents: int = 0

    @property
    def net_cents(self) -> int:
        return line_net_cents(self.quantity, self.unit_price_cents)


@dataclass(frozen=True)
class AttachmentRef:
    """Metadata of a file copied into the profile; the content lives under its hash."""

    sha256: str
    filename: str
    size: int
    media_type: str
    is_confirmation_proof: bool = False


@dataclass(frozen=True)
class Order:
    id: uuid.UUID
    status: OrderStatus = OrderStatus.DRAFT
    budget: str = ""
    client: Client = field(default_factory=Client)
    contact_name: str = ""
    contact_email: str = ""
    order_description: str = ""
    service_description: str = ""
    service_start: date | None = None
    service_end: date | None = None
    line_items: tuple[LineItem, ...] = ()
    currency: str = "EUR"
    # [assumed] the member states whether the reduced rate (7 %) applies, e.g. for licences.
    reduced_vat: bool = False
    invoice_dates: tuple[date, ...] = ()
    offer_valid_until: date | None = None
    skip_client_confirmation: bool = False
    special_agreement: str = ""
    attachments: tuple[AttachmentRef, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @classmethod
    def new(cls, **fields: object) -> Order:
        return cls(id=uuid.uuid4(), **fields)  # type: ignore[arg-type]

    @property
    def is_editable(self) -> bool:
        return self.status is OrderStatus.DRAFT

    @property
    def title(self) -> str:
        """What lists show: the first line of the order description."""
        first = self.order_description.strip().splitlines()
        return first[0].strip() if first else ""

    @property
    def net_cents(self) -> int:
        return sum(item.net_cents for item in self.line_items)

    @property
    def has_confirmation_proof(self) -> bool:
        return any(a.is_confirmation_proof for a in self.attachments)

    def duplicated(self) -> Order:
        """A new draft with the same content and a fresh identity."""
        return replace(
            self,
            id=uuid.uuid4(),
            status=OrderStatus.DRAFT,
            created_at=None,
            updated_at=None,
        )
