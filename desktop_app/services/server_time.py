"""The server's time as this computer best knows it: the local clock corrected by the offset
measured at the last pull. Deadlines and countdowns all use it, so they agree."""

from __future__ import annotations

from datetime import date, datetime

from ..domain.review_time import BERLIN
from ..platform.clock import Clock
from ..storage.sync_repository import SyncRepository


def server_now(clock: Clock, synced: SyncRepository) -> datetime:
    offset = synced.server_clock_offset()
    now = clock.now()
    return now + offset if offset is not None else now


def server_today(clock: Clock, synced: SyncRepository) -> date:
    return server_now(clock, synced).astimezone(BERLIN).date()
