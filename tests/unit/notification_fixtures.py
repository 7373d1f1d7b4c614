"""A synced profile like the demo's, for the notification tests: orders in client
confirmation, active and rejected, an invoice draft, and the events that led there."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from desktop_app.domain.invoice import Invoice
from desktop_app.domain.status import InvoiceStatus, OrderStatus
from desktop_app.domain.timeline import Actor, TimelineEvent
from desktop_app.storage.order_store import OrderStore
from desktop_app.storage.sync_repository import FeedPage, SyncRepository

from .storage_fixtures import sample_order

# The fixed clock of tests/conftest.py: Friday 2026-11-27, 11:00 in Berlin.
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
EXPIRING = uuid.UUID("00000000-0000-4000-8000-00000000000e")  # valid until tomorrow
ACTIVE = uuid.UUID("00000000-0000-4000-8000-00000000000a")  # its invoice draft is open
CONFIRMED = uuid.UUID("00000000-0000-4000-8000-00000000000c")  # the client confirmed it
REJECTED = uuid.UUID("00000000-0000-4000-8000-00000000000f")  # Smart rejected it


@dataclass
class Feed:
    """Writes feed pages into a profile as the sync service would."""

    store: OrderStore
    cursor: int = 0

    def apply(
        self, orders: tuple = (), invoices: tuple = (), events: tuple = (), at: datetime = NOW
    ) -> None:  # type: ignore[type-arg]
        self.cursor += 1
        synced = SyncRepository(self.store.database)
        page = FeedPage(orders, invoices, events, str(self.cursor), at)
        synced.apply_page(page, "member@example.org", at)
        synced.record_success(at)


def order(order_id: uuid.UUID, name: str, status: OrderStatus, valid: date | None = None):  # type: ignore[no-untyped-def]
    return sample_order(id=order_id, order_description=name, status=status, offer_valid_until=valid)


def event(seq: int, order_id: uuid.UUID, kind: str, actor: Actor, days_ago: int) -> TimelineEvent:
    return TimelineEvent(
        str(order_id), kind, actor, NOW - timedelta(days=days_ago), reason="", seq=seq
    )


def draft_invoice(order_id: uuid.UUID, invoice_date: date) -> Invoice:
    return Invoice(
        f"inv-{order_id}", str(order_id), 1, InvoiceStatus.DRAFT, invoice_date, "EUR",
        100_00, 19_00, 119_00, 9_00, "19", NOW - timedelta(days=1),
    )  # fmt: skip


def history(feed: Feed) -> None:
    """The first pull: what had happened before this profile existed."""
    feed.apply(
        orders=(
            order(
                EXPIRING, "Ausstellung Plakat", OrderStatus.CLIENT_CONFIRMATION, date(2026, 11, 28)
            ),
            order(ACTIVE, "Workshop Gestaltung", OrderStatus.ACTIVE),
        ),
        invoices=(draft_invoice(ACTIVE, date(2026, 12, 3)),),
        events=(event(1, ACTIVE, "client_accepted", Actor.CLIENT, 30),),
    )


def news(feed: Feed) -> None:
    """A later pull: the client confirmed one order, Smart rejected another."""
    feed.apply(
        orders=(
            order(CONFIRMED, "Fotoreportage", OrderStatus.ACTIVE),
            order(REJECTED, "Möbelverkauf", OrderStatus.REJECTED),
        ),
        events=(
            event(2, CONFIRMED, "client_accepted", Actor.CLIENT, 0),
            TimelineEvent(
                str(REJECTED), "rejected", Actor.STAFF, NOW, reason="Warenverkauf", seq=3
            ),
        ),
    )
