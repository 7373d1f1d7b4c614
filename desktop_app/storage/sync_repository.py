"""What the server told us: orders, invoices and timeline events, stored with the feed
cursor in one transaction so a crash can never skip or half-apply a page."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.invoice import Invoice
from ..domain.order import Order
from ..domain.status import InvoiceStatus
from ..domain.timeline import Actor, TimelineEvent
from .database import Database
from .order_mapping import fill_record, naive_utc, utc
from .records import InvoiceRecord, OrderRecord, SyncStateRecord, TimelineEventRecord

CURSOR = "cursor"
ACCOUNT = "account"
LAST_SUCCESS = "last_success"
SERVER_TIME = "server_time"


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

    def apply_page(self, page: FeedPage, account: str) -> None:
        with self._db.write() as session:
            for order in page.orders:
                record = session.get(OrderRecord, str(order.id))
                created = None if record is None else record.created_at
                if record is None:
                    record = OrderRecord(id=str(order.id))
                    session.add(record)
                fill_record(record, order)
                if created is not None:  # the server's copy does not know our first save
                    record.created_at = created
            for invoice in page.invoices:
                _store_invoice(session, invoice)
            for event in page.events:
                assert event.seq is not None
                if session.get(TimelineEventRecord, event.seq) is None:
                    session.add(_event_record(event))
            _put(session, ACCOUNT, account)
            _put(session, CURSOR, page.cursor)
            _put(session, SERVER_TIME, page.server_time.isoformat())

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

    def events_for(self, order_id: str) -> list[TimelineEvent]:
        with self._db.read() as session:
            records = session.scalars(
                select(TimelineEventRecord)
                .where(TimelineEventRecord.order_id == order_id)
                .order_by(TimelineEventRecord.seq)
            ).all()
            return [_event(r) for r in records]

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


def _store_invoice(session: Session, invoice: Invoice) -> None:
    record = session.get(InvoiceRecord, invoice.id)
    if record is None:
        record = InvoiceRecord(id=invoice.id)
        session.add(record)
    record.order_id = invoice.order_id
    record.number = invoice.number
    record.status = invoice.status.value
    record.invoice_date = invoice.invoice_date
    record.currency = invoice.currency
    record.net_cents = invoice.net_cents
    record.vat_cents = invoice.vat_cents
    record.gross_cents = invoice.gross_cents
    record.contribution_cents = invoice.contribution_cents
    record.vat_rate = invoice.vat_rate
    record.lines = json.dumps(list(invoice.lines), ensure_ascii=False)
    record.change_request = invoice.change_request
    record.updated_at = naive_utc(invoice.updated_at)


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


def _event_record(event: TimelineEvent) -> TimelineEventRecord:
    return TimelineEventRecord(
        seq=event.seq,
        order_id=event.order_id,
        type=event.type,
        actor=event.actor.value,
        status_from=event.status_from,
        status_to=event.status_to,
        reason=event.reason,
        at=naive_utc(event.at),
        invoice_id=event.invoice_id,
    )


def _event(record: TimelineEventRecord) -> TimelineEvent:
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
