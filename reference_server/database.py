"""SQLite for the reference server: WAL, foreign keys, BEGIN IMMEDIATE for every transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .records import Base

# The largest SQLite INTEGER: a bigger number in a query overflows in the driver (a 500), so
# every integer a request may carry into SQL is bounded by it.
MAX_INTEGER = 2**63 - 1


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # The server is small: every request's transaction takes the write lock up front, which
    # serialises requests and makes check-then-insert (idempotency, dedup) race-free.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class ServerDatabase:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(
            URL.create("sqlite", database=str(path)),
            connect_args={"check_same_thread": False, "timeout": 10},
        )
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        Base.metadata.create_all(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
