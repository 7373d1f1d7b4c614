"""How long an order has waited for Smart, counted as Smart counts it: hours on weekdays
(Monday to Friday, Europe/Berlin), target 24."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
REVIEW_TARGET_HOURS = 24


def weekday_hours(start: datetime, end: datetime) -> float:
    """Hours between two aware moments that fall on Berlin weekdays."""
    if end <= start:
        return 0.0
    total = timedelta()
    cursor = start.astimezone(BERLIN)
    stop = end.astimezone(BERLIN)
    while cursor < stop:
        next_midnight = datetime.combine(
            cursor.date() + timedelta(days=1), datetime.min.time(), BERLIN
        )
        piece_end = min(next_midnight, stop)
        if cursor.weekday() < 5:
            # In UTC: aware datetimes sharing a tzinfo subtract as wall-clock times.
            total += piece_end.astimezone(UTC) - cursor.astimezone(UTC)
        cursor = piece_end
    return total.total_seconds() / 3600
