"""The services' entry to stored orders. Cheap to create: SQLAlchemy loads on first use.

The list at start-up comes from ``read_summaries`` (stdlib sqlite3); the ORM repository,
and with it the SQLAlchemy import, is built on the first call that needs it, or earlier by
``warm_up`` run in the background after the window is painted.
"""

from __future__ import annotations

import threading
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.order import Order
from ..domain.summary import OrderSummary
from .order_summaries import read_summaries

if TYPE_CHECKING:
    from .database import Database
    from .order_repository import OrderRepository


class OrderStore:
    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._lock = threading.Lock()
        self._database: Database | None = None
        self._repository: OrderRepository | None = None

    def _orders(self) -> OrderRepository:
        with self._lock:
            if self._repository is None:
                from .database import Database
                from .order_repository import OrderRepository

                self._database = Database(self.path, self.read_only)
                self._repository = OrderRepository(self._database)
            return self._repository

    def warm_up(self) -> None:
        self._orders()

    def database(self) -> Database:
        """The one Database (and write lock) of this process, shared with the sync stores."""
        self._orders()
        assert self._database is not None
        return self._database

    def summaries(self, first: int | None = None, today: date | None = None) -> list[OrderSummary]:
        return read_summaries(self.path, first, today)

    def get(self, order_id: uuid.UUID) -> Order | None:
        return self._orders().get(order_id)

    def save(self, order: Order) -> None:
        self._orders().save(order)

    def save_many(self, orders: list[Order]) -> None:
        self._orders().save_many(orders)

    def delete(self, order_id: uuid.UUID) -> bool:
        return self._orders().delete(order_id)

    def count(self) -> int:
        return self._orders().count()

    def dispose(self) -> None:
        with self._lock:
            if self._database is not None:
                self._database.dispose()
            self._database = None
            self._repository = None
