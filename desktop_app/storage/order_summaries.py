"""The order list's read model, straight from SQLite (stdlib sqlite3).

Start-up shows the list before SQLAlchemy is even imported: this query is all the first
paint needs, and reading it raw is several times faster than through the ORM.
"""

from __future__ import annotations

import sqlite3
import threading
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from ..domain.status import OrderStatus
from ..domain.summary import OrderSummary
from .sqlite_uri import read_only_uri

# Orders the list shows before the whole list is loaded: more than a screen holds.
FIRST_PAGE_SIZE = 200

_QUERY = """
SELECT o.id, o.status, o.client_legal_name, o.title, o.net_cents, o.currency, o.updated_at,
       d.days
FROM orders AS o
LEFT JOIN (
    SELECT order_id, group_concat(day, ',') AS days FROM invoice_dates GROUP BY order_id
) AS d ON d.order_id = o.id
"""


# The orders the list shows first when sorted by next date: the nearest upcoming invoice
# date, else the last past one, orders without dates at the end (OrderSummary.next_date).
_FIRST_QUERY = """
WITH next AS (
    SELECT o.id AS order_id, n.next_day
    FROM orders AS o
    LEFT JOIN (
        SELECT order_id,
               coalesce(min(CASE WHEN day >= :today THEN day END), max(day)) AS next_day
        FROM invoice_dates GROUP BY order_id
    ) AS n ON n.order_id = o.id
    ORDER BY n.next_day IS NULL, n.next_day
    LIMIT :limit
)
SELECT o.id, o.status, o.client_legal_name, o.title, o.net_cents, o.currency, o.updated_at,
       (SELECT group_concat(day, ',') FROM invoice_dates WHERE order_id = o.id) AS days
FROM next JOIN orders AS o ON o.id = next.order_id
ORDER BY next.next_day IS NULL, next.next_day
"""


def read_summaries(
    path: Path, first: int | None = None, today: date | None = None
) -> list[OrderSummary]:
    """All orders, or only the ``first`` ones by next date from ``today`` on."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        if first is None:
            rows = connection.execute(_QUERY).fetchall()
        else:
            day = (today or date.today()).isoformat()
            rows = connection.execute(_FIRST_QUERY, {"today": day, "limit": first}).fetchall()
    finally:
        connection.close()
    statuses = {status.value: status for status in OrderStatus}
    to_date = date.fromisoformat
    return [
        OrderSummary(
            id=uuid.UUID(row[0]),
            status=statuses[row[1]],
            client_name=row[2],
            title=row[3],
            net_cents=row[4],
            currency=row[5],
            updated_at=datetime.fromisoformat(row[6]).replace(tzinfo=UTC) if row[6] else None,
            invoice_dates=tuple(map(to_date, row[7].split(","))) if row[7] else (),
        )
        for row in rows
    ]


class FirstPagePrefetch:
    """Reads the list's first page on a thread while the interpreter is still importing Qt.

    SQLite releases the GIL while it works, so the query overlaps the imports. Read-only and
    advisory: any failure gives None, and the caller discards the result unless the
    database then proves to be current.
    """

    def __init__(self, path: Path, first: int, today: date) -> None:
        self._result: list[OrderSummary] | None = None
        self._discarded = False
        self._thread = threading.Thread(
            target=self._run, args=(path, first, today), name="first-page-prefetch", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path, first: int, today: date) -> None:
        try:
            if path.exists():
                self._result = read_summaries(path, first, today)
        except (sqlite3.Error, ValueError, KeyError):
            self._result = None

    def discard(self) -> None:
        """The database changed (migrated, replaced): the prefetched rows are stale."""
        self._discarded = True

    def result(self, timeout: float = 5.0) -> list[OrderSummary] | None:
        self._thread.join(timeout)
        if self._discarded or self._thread.is_alive():
            return None
        return self._result
