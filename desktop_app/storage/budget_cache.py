"""The member's budgets as the last ``GET /me`` returned them, kept for offline use.

They live in the sync_state key/value table (no migration needed) together with the
account they belong to: another account's budgets are never offered. Logging out or
switching accounts clears sync_state, and with it these budgets.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from ..domain.budgets import Budget
from .database import Database
from .records import SyncStateRecord

BUDGETS = "budgets"


class BudgetCache:
    def __init__(self, database: Callable[[], Database]) -> None:
        self._database = database  # a provider: opening the database loads SQLAlchemy

    def save(self, account: str, budgets: tuple[Budget, ...]) -> None:
        value = json.dumps(
            {"account": account, "budgets": [[b.id, b.name] for b in budgets]},
            ensure_ascii=False,
        )
        with self._database().write() as session:
            record = session.get(SyncStateRecord, BUDGETS)
            if record is None:
                session.add(SyncStateRecord(key=BUDGETS, value=value))
            else:
                record.value = value

    def load(self, account: str) -> tuple[Budget, ...] | None:
        """The budgets of ``account``; None when none were stored for it (never seen, or
        stored for another account, or unreadable)."""
        with self._database().read() as session:
            record = session.get(SyncStateRecord, BUDGETS)
            value = None if record is None else record.value
        if value is None:
            return None
        try:
            data = json.loads(value)
            if data.get("account") != account:
                return None
            return tuple(Budget(str(i), str(n)) for i, n in data["budgets"])
        except (ValueError, TypeError, KeyError, AttributeError):
            return None  # a damaged entry: as if never stored; the next /me rewrites it
