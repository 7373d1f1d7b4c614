"""The subscribed calendar file: written atomically, left alone (bytes and mtime) when the
deadlines did not change, rewritten with the same UIDs when one moved, never in read-only
mode, and an unwritable place raises OSError without leaving temporary files behind."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from desktop_app.domain.errors import ReadOnlyError
from desktop_app.domain.ics import CalendarEvent, stamp_of, to_ics
from desktop_app.platform.clock import FixedClock
from desktop_app.services.calendar_file import CalendarFile

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
OLD = 1_000_000_000  # an mtime long ago: any rewrite would change it


def _events(invoice_day: date) -> list[CalendarEvent]:
    return [
        CalendarEvent("offer-o-1@smart-orders", date(2026, 11, 28), "Angebot läuft ab: Plakat"),
        CalendarEvent("invoice-o-2-1@smart-orders", invoice_day, "Letzter Tag: Rechnung"),
    ]


def _parsed(path: Path) -> dict[str, date]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e["DTSTART"].dt for e in calendar.walk("VEVENT")}


def test_unchanged_deadlines_leave_the_file_alone(tmp_path: Path) -> None:
    clock = FixedClock(NOW)
    target = tmp_path / "fristen.ics"
    keeper = CalendarFile(clock)
    assert keeper.update(target, _events(date(2026, 12, 1)))
    first = target.read_bytes()
    os.utime(target, ns=(OLD, OLD))

    clock.moment = NOW + timedelta(hours=5)  # later, but the same deadlines
    assert not keeper.update(target, _events(date(2026, 12, 1)))
    assert target.read_bytes() == first
    assert target.stat().st_mtime_ns == OLD
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left


def test_a_moved_deadline_rewrites_the_file_with_the_same_uids(tmp_path: Path) -> None:
    clock = FixedClock(NOW)
    target = tmp_path / "fristen.ics"
    keeper = CalendarFile(clock)
    keeper.update(target, _events(date(2026, 12, 1)))
    before = _parsed(target)
    os.utime(target, ns=(OLD, OLD))

    clock.moment = NOW + timedelta(days=1)
    assert keeper.update(target, _events(date(2026, 12, 3)))
    after = _parsed(target)
    assert list(after) == list(before)  # same UIDs, same order: a calendar updates them
    assert after["invoice-o-2-1@smart-orders"] == date(2026, 12, 3)
    assert target.stat().st_mtime_ns != OLD
    assert stamp_of(target.read_text(encoding="utf-8")) == NOW + timedelta(days=1)


def test_a_file_changed_by_someone_else_is_rewritten(tmp_path: Path) -> None:
    target = tmp_path / "fristen.ics"
    target.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    assert CalendarFile(FixedClock(NOW)).update(target, _events(date(2026, 12, 1)))
    assert target.read_bytes() == to_ics(_events(date(2026, 12, 1)), NOW).encode()


def test_read_only_mode_never_writes(tmp_path: Path) -> None:
    target = tmp_path / "fristen.ics"
    with pytest.raises(ReadOnlyError):
        CalendarFile(FixedClock(NOW), read_only=True).update(target, _events(date(2026, 12, 1)))
    assert not target.exists()


def test_an_unwritable_place_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")  # works as root too, unlike a chmod
    with pytest.raises(OSError):
        CalendarFile(FixedClock(NOW)).update(blocker / "fristen.ics", _events(date(2026, 12, 1)))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]
