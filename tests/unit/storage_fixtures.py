"""Shared helpers for the storage and draft-service tests: hypothesis strategies, DB set-up."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from hypothesis import strategies as st

from desktop_app.domain.attachments import MEDIA_TYPES
from desktop_app.domain.order import Address, AttachmentRef, Client, ClientType, LineItem, Order
from desktop_app.domain.status import OrderStatus
from desktop_app.platform.paths import AppPaths
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import prepare_database

MOMENT = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)


def open_profile_database(paths: AppPaths) -> Database:
    """The database as the app opens it: migrated to head first, then the engine."""
    prepare_database(paths.database, paths.backups_dir)
    return Database(paths.database)


def child_row_counts(path: Path, order_id: uuid.UUID) -> tuple[int, int, int]:
    """(line items, invoice dates, attachments) rows stored for one order, by plain SQL."""
    conn = sqlite3.connect(path)
    try:
        return tuple(  # type: ignore[return-value]
            conn.execute(
                f"SELECT count(*) FROM {table} WHERE order_id = ?", (str(order_id),)
            ).fetchone()[0]
            for table in ("line_items", "invoice_dates", "attachments")
        )
    finally:
        conn.close()


def sample_order(**fields: object) -> Order:
    """A complete draft with children of every kind; ``fields`` override."""
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "budget": "Projekt 42",
        "client": Client(
            type=ClientType.BUSINESS_EU_VAT,
            legal_name="Müller & Söhne GmbH",
            address=Address("Hauptstraße 1", "10115", "Berlin", "DE"),
            vat_id="DE123456789",
            invoice_email="rechnung@example.org",
            server_id="srv-7",
        ),
        "contact_name": "Erika Mustermann",
        "contact_email": "erika@example.org",
        "order_description": "Workshop Gestaltung\nzweite Zeile",
        "service_description": "Zwei Tage Workshop",
        "service_start": date(2026, 5, 1),
        "service_end": date(2026, 5, 2),
        "line_items": (
            LineItem("Tag 1", Decimal("1.50"), "Tag", 80_000),
            LineItem("Material", Decimal("3"), "Stück", 1_999),
        ),
        "invoice_dates": (date(2026, 6, 1), date(2026, 5, 15)),
        "offer_valid_until": date(2026, 4, 30),
        "special_agreement": "keine",
        "attachments": (
            AttachmentRef("a" * 64, "angebot.pdf", 1234, "application/pdf", False),
            AttachmentRef("b" * 64, "bestätigung.png", 99, "image/png", True),
        ),
        "created_at": MOMENT,
        "updated_at": MOMENT,
    }
    values.update(fields)
    return Order(**values)  # type: ignore[arg-type]


# --- hypothesis strategies ------------------------------------------------------------------

# Any text a person (or a paste) can produce: every Unicode category except lone surrogates,
# which Python cannot encode as UTF-8 and no widget hands out.
texts = st.text(max_size=30)
long_texts = st.text(max_size=300)
optional_dates = st.none() | st.dates()
utc_moments = st.datetimes(
    min_value=datetime(1970, 1, 1), max_value=datetime(2200, 12, 31), timezones=st.just(UTC)
)

addresses = st.builds(Address, street=texts, postal_code=texts, city=texts, country=texts)

clients = st.builds(
    Client,
    type=st.sampled_from(ClientType),
    legal_name=texts,
    address=addresses,
    vat_id=texts,
    invoice_email=texts,
    server_id=st.none() | texts,
)

# Any finite decimal, with whatever exponent it was typed with ("1.50", "1E+3", "-0").
quantities = st.decimals(
    min_value=Decimal("-1e9"), max_value=Decimal("1e9"), allow_nan=False, allow_infinity=False
)

line_items = st.builds(
    LineItem,
    description=long_texts,
    quantity=quantities,
    unit=texts,
    unit_price_cents=st.integers(min_value=-(10**9), max_value=10**9),
)

attachment_refs = st.builds(
    AttachmentRef,
    sha256=st.binary(max_size=8).map(lambda b: hashlib.sha256(b).hexdigest()),
    filename=texts,
    size=st.integers(min_value=0, max_value=2**40),
    media_type=st.sampled_from(MEDIA_TYPES),
    is_confirmation_proof=st.booleans(),
)

orders = st.builds(
    Order,
    id=st.uuids(),
    status=st.sampled_from(OrderStatus),
    budget=texts,
    client=clients,
    contact_name=texts,
    contact_email=texts,
    order_description=long_texts,
    service_description=long_texts,
    service_start=optional_dates,
    service_end=optional_dates,
    line_items=st.lists(line_items, max_size=6).map(tuple),
    currency=st.sampled_from(("EUR", "USD", "CHF")) | texts,
    reduced_vat=st.booleans(),
    invoice_dates=st.lists(st.dates(), max_size=6).map(tuple),
    offer_valid_until=optional_dates,
    skip_client_confirmation=st.booleans(),
    special_agreement=long_texts,
    attachments=st.lists(attachment_refs, max_size=4).map(tuple),
    created_at=utc_moments,
    updated_at=utc_moments,
)
