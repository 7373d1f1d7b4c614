"""Default column widths at 1280x800: the status columns fit their longest label in the
current language, description columns share the rest (no sideways scrolling), the status
chips wrap instead of being clipped, and a saved column layout still wins."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop_app.domain.order import LineItem, Order
from desktop_app.domain.status import OrderStatus
from desktop_app.domain.summary import OrderSummary
from desktop_app.domain.timeline import Actor, TimelineEvent
from desktop_app.gui.draft_editor import DraftEditor
from desktop_app.gui.i18n import install_translators, status_text
from desktop_app.gui.order_list_page import OrderListPage
from desktop_app.gui.order_table_model import COL_DATE, COL_NET, COL_STATUS
from desktop_app.gui.timeline_panel import TimelinePanel

TODAY = date(2026, 11, 27)
LONGEST_DE = "Bestätigung durch Kund*in"
HALF_WINDOW = 640  # the list beside the editor in a 1280 pixel wide window


@pytest.fixture(params=["de", "en"])
def lang(request, qapp) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators + install_translators(qapp, "de"):
        qapp.removeTranslator(translator)  # back to the German source texts, as before


def _summaries() -> list[OrderSummary]:
    return [
        OrderSummary(
            id=uuid.uuid4(),
            status=status,
            client_name="Kulturzentrum Alte Feuerwache Mannheim gGmbH",
            title="Workshopreihe Siebdruck für Jugendliche",
            net_cents=298_000,
            currency="EUR",
            invoice_dates=(TODAY + timedelta(days=20),),
            updated_at=None,
        )
        for status in OrderStatus
    ]


def _longest_status(widget: QWidget) -> int:
    return max(widget.fontMetrics().horizontalAdvance(status_text(s)) for s in OrderStatus)


def _list_page(qtbot, width: int) -> OrderListPage:
    page = OrderListPage(TODAY)
    qtbot.addWidget(page)
    page.model.set_summaries(_summaries())
    page.resize(width, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_order_list_fits_beside_the_editor(qtbot, lang: str) -> None:
    page = _list_page(qtbot, HALF_WINDOW)
    header = page.table.horizontalHeader()
    assert header.sectionSize(COL_STATUS) >= _longest_status(page.table) + 8
    if lang == "de":
        assert status_text(OrderStatus.CLIENT_CONFIRMATION) == LONGEST_DE
    metrics = page.table.fontMetrics()
    assert header.sectionSize(COL_NET) > metrics.horizontalAdvance("2.980,00 €")
    assert header.sectionSize(COL_DATE) > metrics.horizontalAdvance("17.12.2026")
    # Client and title share what is left: all columns within the view, nothing sideways.
    qtbot.waitUntil(lambda: header.length() <= page.table.viewport().width())
    assert page.table.horizontalScrollBar().maximum() == 0


def test_the_status_chips_wrap_instead_of_being_clipped(qtbot, lang: str) -> None:
    page = _list_page(qtbot, HALF_WINDOW)
    chips = page.status_chips
    shown = [b for b in chips.buttons.values() if b.isVisible()]
    assert len(shown) == len(OrderStatus) + 1  # every status has an order, and "Alle"
    qtbot.waitUntil(lambda: chips.height() > 1.5 * shown[0].height())  # a second line
    for button in shown:
        assert button.geometry().right() <= chips.width()  # not cut at the right edge
        assert button.width() >= button.sizeHint().width()  # its text in full
        assert chips.rect().contains(button.geometry())
    assert page.table.geometry().top() >= chips.geometry().bottom()  # nothing overlaps

    page.resize(1400, 700)  # wide: one line again
    qtbot.waitUntil(lambda: chips.height() < 1.5 * shown[0].height())


def test_a_saved_column_layout_wins_over_the_defaults(qtbot) -> None:
    first = _list_page(qtbot, HALF_WINDOW)
    header = first.table.horizontalHeader()
    header.resizeSection(COL_STATUS, 90)  # the person made it narrow
    saved = header.saveState()
    again = _list_page(qtbot, HALF_WINDOW)
    assert again.table.horizontalHeader().sectionSize(COL_STATUS) > 90  # the default
    assert again.table.horizontalHeader().restoreState(saved)
    assert again.table.horizontalHeader().sectionSize(COL_STATUS) == 90


def test_the_timeline_shows_status_and_reason_without_sideways_scrolling(qtbot, lang: str) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    splitter = QSplitter(window)
    editor = DraftEditor(lambda: TODAY, Decimal(9))
    splitter.addWidget(_list_page(qtbot, HALF_WINDOW))
    splitter.addWidget(editor)
    window.setCentralWidget(splitter)
    panel = TimelinePanel(window, splitter, editor, None, None)  # type: ignore[arg-type]
    at = datetime(2026, 10, 13, 7, 40, tzinfo=UTC)
    panel.model.set_events(
        [
            TimelineEvent("o", "approved", Actor.STAFF, at, "smart_review", "client_confirmation"),
            TimelineEvent("o", "comment", Actor.MEMBER, at, reason="Die Maße der Drehbühne " * 4),
        ]
    )
    panel.tabs.setCurrentIndex(1)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    splitter.setSizes([1280 - 520, 520])  # the detail pane as narrow as in English
    view = panel.view
    header = view.horizontalHeader()
    assert header.sectionSize(2) >= _longest_status(view) + 8
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
    assert view.horizontalScrollBar().maximum() == 0
    # A title that does not fit ends in "…" (never cut at both ends) and is in the tooltip.
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    reason = 4
    title = panel.model.headerData(reason, Qt.Orientation.Horizontal)
    assert title == ("Grund / Kommentar" if lang == "de" else "Reason / comment")
    tooltip = panel.model.headerData(reason, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == title


def test_the_line_items_fit_the_editor(qtbot) -> None:
    editor = DraftEditor(lambda: TODAY, Decimal(9))
    qtbot.addWidget(editor)
    editor.set_order(
        Order(
            id=uuid.uuid4(),
            line_items=(LineItem("Lektorat", Decimal("12.5"), "Stunden", 6_500_00),),
        )
    )
    editor.resize(editor.minimumWidth(), 800)
    editor.show()
    qtbot.waitExposed(editor)
    view = editor.ui.lineItemsView
    editor.form.layout().activate()
    qtbot.waitUntil(lambda: view.horizontalHeader().length() <= view.viewport().width())
    assert view.horizontalScrollBar().maximum() == 0
    net = view.model().index(0, 4).data()
    assert view.columnWidth(4) > view.fontMetrics().horizontalAdvance(net)
