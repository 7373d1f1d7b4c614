"""Orders in and out of SQLite. Returns domain dataclasses, never records."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import delete, func, select

from ..domain.commands import CommandState
from ..domain.order import Order
from ..domain.summary import OrderSummary
from .database import Database
from .order_mapping import fill_record, order_from_record
from .order_summaries import read_summaries
from .records import OrderRecord, OutboxRecord


class OrderRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, order_id: uuid.UUID) -> Order | None:
        with self._db.read() as session:
            record = session.get(OrderRecord, str(order_id))
            return None if record is None else order_from_record(record)

    def save(self, order: Order) -> None:
        """Insert or replace the whole order (timestamps must be set)."""
        with self._db.write() as session:
            record = session.get(OrderRecord, str(order.id))
            if record is None:
                record = OrderRecord(id=str(order.id))
                session.add(record)
            # The child lists are replaced; delete-orphan with SQLAlchemy's "row switch"
            # turns a child kept at the same position into an UPDATE.
            fill_record(record, order)

    def save_many(self, orders: list[Order]) -> None:
        """Bulk insert of new orders in one transaction (imports, benchmarks, tests)."""
        with self._db.write() as session:
            for order in orders:
                record = OrderRecord(id=str(order.id))
                fill_record(record, order)
                session.add(record)

    def delete(self, order_id: uuid.UUID) -> bool:
        """The order and, in the same transaction, its commands not yet sent (a refused
        submission, say): nothing may go out for an order that no longer exists."""
        with self._db.write() as session:
            session.execute(
                delete(OutboxRecord).where(
                    OutboxRecord.order_id == str(order_id),
                    OutboxRecord.state != CommandState.DONE.value,
                )
            )
            result = session.execute(delete(OrderRecord).where(OrderRecord.id == str(order_id)))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def count(self) -> int:
        with self._db.read() as session:
            return int(session.scalar(select(func.count()).select_from(OrderRecord)) or 0)

    def summaries(self, first: int | None = None, today: date | None = None) -> list[OrderSummary]:
        """All orders for the list (one query, invoice dates included), or the first ones."""
        return read_summaries(self._db.path, first, today)
