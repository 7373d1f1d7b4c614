"""Set-based writes of a feed page: a few executemany statements per page instead of a
SELECT and a unit-of-work flush per order (10,000 pulled orders took 28 s through the ORM,
benchmarks/README.md). The statements go to the driver as plain SQL made from the tables'
metadata, with values in SQLAlchemy's SQLite storage format: its per-row parameter
processing was half of what remained. Upserts keep what the server does not know: an
order's ``created_at`` (our first save) and events already stored."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from ..domain.invoice import Invoice
from ..domain.order import Order
from ..domain.timeline import TimelineEvent
from .order_mapping import (
    attachment_rows,
    invoice_date_rows,
    line_item_rows,
    naive_utc,
    order_columns,
)
from .records import (
    AttachmentRecord,
    Base,
    InvoiceDateRecord,
    InvoiceRecord,
    LineItemRecord,
    OrderRecord,
    TimelineEventRecord,
)

_CHILDREN = (
    (LineItemRecord, line_item_rows),
    (InvoiceDateRecord, invoice_date_rows),
    (AttachmentRecord, attachment_rows),
)


def upsert_orders(session: Session, orders: Iterable[Order]) -> None:
    """Insert or replace each order with its child rows; an existing row keeps created_at."""
    latest = {str(order.id): order for order in orders}  # one row per id, the last one wins
    if not latest:
        return
    connection = session.connection()
    rows = [_native({"id": order_id, **order_columns(o)}) for order_id, o in latest.items()]
    connection.exec_driver_sql(_upsert(OrderRecord, "id", keep=("created_at",)), rows)
    ids = [(order_id,) for order_id in latest]
    for record, child_rows in _CHILDREN:
        table = _table(record).name
        connection.exec_driver_sql(f'DELETE FROM "{table}" WHERE order_id = ?', ids)
        children = [
            _native({"order_id": order_id, **row})
            for order_id, o in latest.items()
            for row in child_rows(o)
        ]
        if children:
            connection.exec_driver_sql(_insert(record), children)


def upsert_invoices(session: Session, invoices: Iterable[Invoice]) -> None:
    rows = [_native(_invoice_row(invoice)) for invoice in invoices]
    if rows:
        session.connection().exec_driver_sql(_upsert(InvoiceRecord, "id"), rows)


def insert_new_events(session: Session, events: Iterable[TimelineEvent]) -> None:
    """Events are immutable on the server: one already stored (a page seen twice) stays."""
    rows = [_native(_event_row(event)) for event in events]
    if rows:
        sql = _insert(TimelineEventRecord) + ' ON CONFLICT ("seq") DO NOTHING'
        session.connection().exec_driver_sql(sql, rows)


def _native(row: dict[str, Any]) -> dict[str, Any]:
    """Values as SQLAlchemy's SQLite types store them, which is how everything reads them."""
    for name, value in row.items():
        if isinstance(value, datetime):
            row[name] = value.isoformat(" ", "microseconds")
        elif isinstance(value, date):
            row[name] = value.isoformat()
    return row


def _table(record: type[Base]) -> Table:
    table = record.__table__
    assert isinstance(table, Table)
    return table


@cache
def _insert(record: type[Base]) -> str:
    names = [column.name for column in _table(record).columns]
    columns = ", ".join(f'"{name}"' for name in names)
    values = ", ".join(f":{name}" for name in names)
    return f'INSERT INTO "{_table(record).name}" ({columns}) VALUES ({values})'


@cache
def _upsert(record: type[Base], key: str, keep: tuple[str, ...] = ()) -> str:
    names = [column.name for column in _table(record).columns if column.name != key]
    updates = ", ".join(f'"{name}" = excluded."{name}"' for name in names if name not in keep)
    return f'{_insert(record)} ON CONFLICT ("{key}") DO UPDATE SET {updates}'


def _invoice_row(invoice: Invoice) -> dict[str, Any]:
    return {
        "id": invoice.id,
        "order_id": invoice.order_id,
        "number": invoice.number,
        "status": invoice.status.value,
        "invoice_date": invoice.invoice_date,
        "currency": invoice.currency,
        "net_cents": invoice.net_cents,
        "vat_cents": invoice.vat_cents,
        "gross_cents": invoice.gross_cents,
        "contribution_cents": invoice.contribution_cents,
        "vat_rate": invoice.vat_rate,
        "lines": json.dumps(list(invoice.lines), ensure_ascii=False),
        "change_request": invoice.change_request,
        "updated_at": naive_utc(invoice.updated_at),
    }


def _event_row(event: TimelineEvent) -> dict[str, Any]:
    assert event.seq is not None
    return {
        "seq": event.seq,
        "order_id": event.order_id,
        "type": event.type,
        "actor": event.actor.value,
        "status_from": event.status_from,
        "status_to": event.status_to,
        "reason": event.reason,
        "at": naive_utc(event.at),
        "invoice_id": event.invoice_id,
    }
