"""The pre-submit dialog wraps long problem texts (no sideways scrolling) and a
double-click on one still leads to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.validation import Code, Problem, Severity
from desktop_app.gui.submit_dialog import SubmitDialog

PROBLEMS = [
    Problem(
        "line_items[0].unit_price",
        Code.BELOW_MINIMUM_WAGE,
        Severity.WARNING,
        {"minimum": "1390", "price": "1000"},
    ),
    Problem("skip_client_confirmation", Code.NO_GUARANTEE_WITHOUT_PROOF, Severity.WARNING),
    Problem("client.address.country", Code.NO_GUARANTEE_NON_EU, Severity.WARNING),
]


def test_long_texts_wrap_without_a_sideways_scroll_bar(qtbot) -> None:
    dialog = SubmitDialog(PROBLEMS)
    qtbot.addWidget(dialog)
    dialog.resize(420, 360)  # narrower than the longest text
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.list
    width = view.viewport().width()
    line = view.fontMetrics().height()
    first = view.item(0)
    assert "Mindestlohn (13,90" in first.text()
    assert view.fontMetrics().horizontalAdvance(first.text()) > width  # it has to wrap
    qtbot.waitUntil(lambda: view.visualItemRect(view.item(0)).height() >= 2 * line)
    for row in range(view.count()):
        assert view.visualItemRect(view.item(row)).right() <= width
    assert view.horizontalScrollBar().maximum() == 0
    assert not view.horizontalScrollBar().isVisible()


def test_double_click_leads_to_the_field(qtbot) -> None:
    dialog = SubmitDialog(PROBLEMS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.list
    center = view.visualItemRect(view.item(0)).center()
    with qtbot.waitSignal(dialog.field_requested) as requested:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert requested.args == ["line_items[0].unit_price"]
    assert not dialog.isVisible()
    QApplication.processEvents()
