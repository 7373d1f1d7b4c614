"""Injected time: Europe/Berlin calendar dates for every deadline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


class Clock:
    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or (lambda: datetime.now(UTC))

    def now(self) -> datetime:
        return self._now()

    def today(self) -> date:
        """Today's calendar date in Berlin, where Smart is."""
        return self.now().astimezone(BERLIN).date()


class FixedClock(Clock):
    def __init__(self, moment: datetime) -> None:
        super().__init__(lambda: self.moment)
        self.moment = moment
