"""The timeline model: German texts, pending commands marked, passes qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from desktop_app.domain.timeline import Actor, TimelineEvent
from desktop_app.gui.timeline_model import TimelineModel

AT = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def test_rows_say_what_happened_who_did_it_and_what_waits(qtmodeltester, german) -> None:  # type: ignore[no-untyped-def]
    model = TimelineModel()
    model.set_events(
        [
            TimelineEvent("o", "submitted", Actor.MEMBER, AT, "draft", "smart_review", seq=1),
            TimelineEvent(
                "o", "rejected", Actor.STAFF, AT, "smart_review", "rejected", "Handwerk", seq=2
            ),
            TimelineEvent("o", "comment", Actor.MEMBER, AT, reason="Warum?", pending=True),
            TimelineEvent("o", "mystery_event", Actor.parse("robot"), AT, seq=3),
        ]
    )
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows[0][1:4] == ["An Smart gesendet", "Smart Bestätigung", "Sie"]
    assert rows[1][1:] == ["Von Smart abgelehnt", "Abgelehnt", "Smart", "Handwerk"]
    assert rows[2][1] == "Kommentar – wartet auf Übertragung"
    assert rows[3][1:4] == ["mystery_event", "", "System"]  # unknown: shown, not hidden
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert rows[0][0].startswith("27.11.2026")
