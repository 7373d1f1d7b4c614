"""Which notifications were delivered: a key per notification, kept across restarts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy import String, cast, exists, literal, select
from sqlalchemy.dialects.sqlite import insert

from ..domain.notifications import BASELINE_KEY
from ..domain.timeline import TimelineEvent
from .database import Database
from .order_mapping import naive_utc
from .records import DeliveredNotificationRecord, TimelineEventRecord
from .sync_repository import event_from_record

CHUNK = 500  # SQLite's limit on bound parameters is far higher; lists stay small anyway


class NotificationLog:
    def __init__(self, database: Callable[[], Database]) -> None:
        self._database = database  # a provider: opening it loads SQLAlchemy

    @property
    def _db(self) -> Database:
        return self._database()

    def delivered(self, keys: Iterable[str]) -> set[str]:
        """Those of ``keys`` already delivered."""
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        with self._db.read() as session:
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start : start + CHUNK]
                query = select(DeliveredNotificationRecord.key).where(
                    DeliveredNotificationRecord.key.in_(chunk)
                )
                found.update(session.scalars(query).all())
        return found

    def baselined(self) -> bool:
        return bool(self.delivered([BASELINE_KEY]))

    def undelivered_events(self, types: Iterable[str]) -> list[TimelineEvent]:
        """Timeline events of ``types`` whose ``event:<seq>`` key is not yet delivered
        (in SQL: the whole history is never loaded to find the few new ones)."""
        key = literal("event:") + cast(TimelineEventRecord.seq, String)
        done = exists().where(DeliveredNotificationRecord.key == key)
        query = (
            select(TimelineEventRecord)
            .where(TimelineEventRecord.type.in_(list(types)), ~done)
            .order_by(TimelineEventRecord.seq)
        )
        with self._db.read() as session:
            return [event_from_record(r) for r in session.scalars(query).all()]

    def mark(self, keys: Iterable[str], at: datetime, baseline: bool = False) -> None:
        """Record ``keys`` as delivered (kept if already there), in one transaction."""
        moment = naive_utc(at)
        rows = [{"key": k, "delivered_at": moment} for k in dict.fromkeys(keys)]
        if baseline:
            rows.append({"key": BASELINE_KEY, "delivered_at": moment})
        if not rows:
            return
        with self._db.write() as session:
            for start in range(0, len(rows), CHUNK):
                statement = insert(DeliveredNotificationRecord).on_conflict_do_nothing()
                session.execute(statement, rows[start : start + CHUNK])
