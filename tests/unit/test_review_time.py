"""Weekday hours at Smart: weekends do not count, DST days have their real length."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop_app.domain.review_time import BERLIN, weekday_hours


def test_friday_evening_to_monday_morning_counts_only_weekday_hours() -> None:
    friday = datetime(2026, 11, 27, 18, 0, tzinfo=BERLIN)
    monday = datetime(2026, 11, 30, 10, 0, tzinfo=BERLIN)
    assert weekday_hours(friday, monday) == 6 + 10


def test_a_full_weekday_and_reversed_or_equal_moments() -> None:
    start = datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN)
    assert weekday_hours(start, start.replace(day=25)) == 24
    assert weekday_hours(start, start) == 0
    assert weekday_hours(start.replace(day=25), start) == 0


def test_a_weekend_with_the_summer_time_switch_and_utc_input() -> None:
    # Summer time began on Sunday 29 March 2026; only Friday afternoon and Monday count.
    friday_noon = datetime(2026, 3, 27, 11, 0, tzinfo=UTC)  # 12:00 Berlin (winter time)
    monday_noon = datetime(2026, 3, 30, 10, 0, tzinfo=UTC)  # 12:00 Berlin (summer time)
    assert weekday_hours(friday_noon, monday_noon) == 12 + 12
