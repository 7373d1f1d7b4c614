"""What the server told us: orders, invoices and timeline events, stored with the feed
cursor in one transaction so a crash can never skip or half-apply a page."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.invoice import Invoice
from ..domain.order import Order
from ..domain.status import InvoiceStatus
from ..domain.timeline import Actor, TimelineEvent
from .database import Database
from .feed_rows import insert_new_events, upsert_invoices, upsert_orders
from .order_mapping import utc
from .records import InvoiceRecord, SyncStateRecord, TimelineEventRecord

CURSOR = "cursor"
ACCOUNT = "account"
LAST_SUCCESS = "last_success"
SERVER_TIME = "server_time"
# The local clock when SERVER_TIME was received: together they give the server's time now.
RECEIVED_AT = "received_at"


@dataclass(frozen=True)
class FeedPage:
    """One page of the changes feed, in domain terms (the sync service converts)."""

    orders: tuple[Order, ...]
    invoices: tuple[Invoice, ...]
    events: tuple[TimelineEvent, ...]
    cursor: str
    server_time: datetime


class SyncRepository:
    def __init__(self, database: Callable[[], Database]) -> None:
        # A provider, not the Database: opening it loads SQLAlchemy, which start-up defers.
        self._database = database

    @property
    def _db(self) -> Database:
        return self._database()

    def cursor(self, account: str) -> str:
        """The feed position for ``account``; another account starts from the beginning."""
        with self._db.read() as session:
            if _get(session, ACCOUNT) != account:
                return "0"
            return _get(session, CURSOR) or "0"

    def apply_page(self, page: FeedPage, account: str, received_at: datetime | None = None) -> None:
        with self._db.write() as session:
            upsert_orders(session, page.orders)
            upsert_invoices(session, page.invoices)
            insert_new_events(session, page.events)
            _put(session, ACCOUNT, account)
            _put(session, CURSOR, page.cursor)
            _put(session, SERVER_TIME, page.server_time.isoformat())
            if received_at is not None:
                _put(session, RECEIVED_AT, received_at.isoformat())

    def record_success(self, moment: datetime) -> None:
        with self._db.write() as session:
            _put(session, LAST_SUCCESS, moment.isoformat())

    def last_success(self) -> datetime | None:
        with self._db.read() as session:
            value = _get(session, LAST_SUCCESS)
            return datetime.fromisoformat(value) if value else None

    def server_time(self) -> datetime | None:
        with self._db.read() as session:
            value = _get(session, SERVER_TIME)
            return datetime.fromisoformat(value) if value else None

    def server_clock_offset(self) -> timedelta | None:
        """Server time minus local time, as measured at the last page pulled (None: never
        measured). Re-measured at every pull, so a corrected local clock heals itself."""
        with self._db.read() as session:
            server, local = _get(session, SERVER_TIME), _get(session, RECEIVED_AT)
            if not server or not local:
                return None
            return datetime.fromisoformat(server) - datetime.fromisoformat(local)

    def events_for(self, order_id: str) -> list[TimelineEvent]:
        with self._db.read() as session:
            records = session.scalars(
                select(TimelineEventRecord)
                .where(TimelineEventRecord.order_id == order_id)
                .order_by(TimelineEventRecord.seq)
            ).all()
            return [event_from_record(r) for r in records]

    def invoices(self, order_id: str | None = None) -> list[Invoice]:
        with self._db.read() as session:
            query = select(InvoiceRecord).order_by(
                InvoiceRecord.invoice_date, InvoiceRecord.order_id, InvoiceRecord.number
            )
            if order_id is not None:
                query = query.where(InvoiceRecord.order_id == order_id)
            return [_invoice(r) for r in session.scalars(query).all()]

    def forget_account(self) -> None:
        """After a logout or account switch nothing of the old feed position is reused."""
        with self._db.write() as session:
            session.execute(delete(SyncStateRecord))


def _get(session: Session, key: str) -> str | None:
    record = session.get(SyncStateRecord, key)
    return None if record is None else record.value


def _put(session: Session, key: str, value: str) -> None:
    record = session.get(SyncStateRecord, key)
    if record is None:
        session.add(SyncStateRecord(key=key, value=value))
    else:
        record.value = value


def _invoice(record: InvoiceRecord) -> Invoice:
    updated = utc(record.updated_at)
    assert updated is not None
    return Invoice(
        id=record.id,
        order_id=record.order_id,
        number=record.number,
        status=InvoiceStatus(record.status),
        invoice_date=record.invoice_date,
        currency=record.currency,
        net_cents=record.net_cents,
        vat_cents=record.vat_cents,
        gross_cents=record.gross_cents,
        contribution_cents=record.contribution_cents,
        vat_rate=record.vat_rate,
        updated_at=updated,
        change_request=record.change_request,
        lines=tuple(json.loads(record.lines)),
    )


def event_from_record(record: TimelineEventRecord) -> TimelineEvent:
    at = utc(record.at)
    assert at is not None
    return TimelineEvent(
        order_id=record.order_id,
        type=record.type,
        actor=Actor.parse(record.actor),
        at=at,
        status_from=record.status_from,
        status_to=record.status_to,
        reason=record.reason,
        invoice_id=record.invoice_id,
        seq=record.seq,
    )
