"""The deadline calendar: parses with icalendar, one all-day event per dated deadline with a
reminder, and a second export after changes keeps the UIDs."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar

from desktop_app.domain.deadlines import Deadline, DeadlineKind
from desktop_app.domain.ics import CalendarEvent, to_ics
from desktop_app.gui.calendar_export import CalendarExport

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _deadlines(title: str) -> list[Deadline]:
    return [
        Deadline(DeadlineKind.OFFER_EXPIRING, "o-1", title, NOW, day=date(2026, 11, 28)),
        Deadline(
            DeadlineKind.INVOICE_REVIEW,
            "o-2",
            "Bühnenbild; Teil 2",
            NOW,
            day=date(2027, 1, 1),
            invoice_id="o-2-1",
        ),
        Deadline(DeadlineKind.WAITING_FOR_SMART, "o-3", "Workshop", None, hours=30.0),
    ]


def test_export_parses_back_and_keeps_its_uids(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    export = CalendarExport(window, cockpit=None, ops=None)  # type: ignore[arg-type]
    first = icalendar.Calendar.from_ical(to_ics(export.events(_deadlines("Plakat")), NOW))
    events = first.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [
        "Angebot läuft ab: Plakat",
        "Letzter Tag für Änderungen: Rechnung Bühnenbild; Teil 2",
    ]
    assert [e["DTSTART"].dt for e in events] == [date(2026, 11, 28), date(2026, 12, 31)]
    assert all(e.walk("VALARM") for e in events)

    later = _deadlines("Plakat und Flyer, neu")
    second = icalendar.Calendar.from_ical(to_ics(export.events(later), NOW))
    assert [str(e["UID"]) for e in second.walk("VEVENT")] == [str(e["UID"]) for e in events]
    assert str(second.walk("VEVENT")[0]["SUMMARY"]) == "Angebot läuft ab: Plakat und Flyer, neu"


def test_long_lines_are_folded_without_splitting_characters() -> None:
    event = CalendarEvent("u@x", date(2026, 3, 29), "Ä" * 100, "Zeile 1\nZeile 2")
    text = to_ics([event], NOW)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    parsed = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(parsed["SUMMARY"]) == "Ä" * 100
    assert str(parsed["DESCRIPTION"]) == "Zeile 1\nZeile 2"
