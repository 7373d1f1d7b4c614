"""The invoice review over the demo data synced into a real local store (server clock fixed
on Wednesday 25 November 2026): a draft instalment's lines beside its order's, the totals
of both, the countdown; a change Smart made is marked; the order's own Rechnungen tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.app import AppContext
from desktop_app.gui import theme
from desktop_app.gui.invoice_page import InvoicePage
from desktop_app.gui.invoice_review_model import (
    CHANGED_COLOUR,
    ONE_SIDE_COLOUR,
    SHARE_COLOUR,
    InvoiceReviewModel,
)
from desktop_app.gui.order_invoices_tab import OrderInvoicesTab
from reference_server.demo import DEMO_ACCOUNTS
from tests.integration.conftest import LiveServer
from tests.integration.test_cockpit_demo import MEMBER, MEMBER_PASSWORD, fixed_demo  # noqa: F401

BUEHNENBILD = "Bühnenbild „Der Sturm“ – Sommerfestival"
CORPORATE = "Corporate Design Relaunch Hanse Kaffee"


def _cells(model: InvoiceReviewModel) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def _select(qtbot, page: InvoicePage, title: str, number: int) -> None:  # type: ignore[no-untyped-def]
    rows = [
        i
        for i, row in enumerate(page.model.rows)
        if row.order_title == title and row.invoice.number == number
    ]
    assert len(rows) == 1, [(r.order_title, r.invoice.number) for r in page.model.rows]
    page.table.selectRow(rows[0])
    qtbot.waitUntil(
        lambda: (
            page.review.review is not None
            and page.review.review.row.invoice.id == page.model.rows[rows[0]].invoice.id
        ),
        timeout=5000,
    )


def _marks_follow_the_scheme(context: AppContext, model: InvoiceReviewModel, legend) -> None:  # type: ignore[no-untyped-def]
    """The marks (cells and legend) take the dark scheme's colours, readable on dark."""
    cell = model.index(0, 4)
    light = cell.data(Qt.ItemDataRole.BackgroundRole)
    assert light == theme.color(SHARE_COLOUR)
    samples = legend.findChildren(QLabel)
    assert [theme.style_of(s) for s in samples] == ["mark_share", "mark_changed", "mark_one_side"]
    assert context.appearance is not None
    context.appearance.set_mode("dark")
    try:
        dark = cell.data(Qt.ItemDataRole.BackgroundRole)
        assert dark != light and dark.lightness() < 100
        assert cell.data(Qt.ItemDataRole.ForegroundRole).lightness() > 200
        assert dark.name() in samples[0].styleSheet()
    finally:
        context.appearance.set_mode("light")


def _synced(qtbot, context: AppContext, server: LiveServer) -> InvoicePage:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: context.navigation is not None, timeout=10000)
    menu, navigation = context.sync_menu, context.navigation
    assert menu is not None and navigation is not None
    menu.services.account.login(server.url, MEMBER, MEMBER_PASSWORD)
    page = context.window.findChild(InvoicePage, "invoicePage")
    assert page is not None
    menu.sync.sync_now()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 5, timeout=15000)
    navigation.tabs.setCurrentWidget(page)
    return page


def test_a_draft_instalment_beside_its_order(
    qtbot,  # type: ignore[no-untyped-def]
    qtmodeltester,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    fixed_demo: LiveServer,  # noqa: F811
) -> None:
    context = start_app()
    page = _synced(qtbot, context, fixed_demo)
    assert not page.review.content.isVisible()  # nothing selected: the hint
    assert page.review.placeholder.isVisible()

    _select(qtbot, page, BUEHNENBILD, 2)  # the second of two invoices, a draft
    review = page.review
    assert review.content.isVisible()
    assert review.title_label.text() == f"Rechnung 2 von 2 zu „{BUEHNENBILD}“"
    assert review.date_label.text() == (
        "Rechnungsdatum: 28.11.2026 · Entwurf: Änderungen noch 3 Tage möglich"
    )
    qtmodeltester.check(review.model)
    assert _cells(review.model) == [
        (
            "Entwurf und Modell des Bühnenbilds",
            "1 Pauschal",
            "2.400,00\u00a0€",
            "2.400,00\u00a0€",
            "1.200,00\u00a0€",
            "Teilrechnung: 50\u00a0% der Position",
        ),
        (
            "Bauleitung in der Werkstatt",
            "6 Tage",
            "480,00\u00a0€",
            "2.880,00\u00a0€",
            "1.440,00\u00a0€",
            "Teilrechnung: 50\u00a0% der Position",
        ),
    ]
    assert review.model.highlight(0, 4) == SHARE_COLOUR
    assert review.model.highlight(0, 2) is None  # the price is the order's
    _marks_follow_the_scheme(context, review.model, review.legend)
    totals = {key: (a.text(), b.text()) for key, (a, b) in review.total_cells.items()}
    assert totals == {
        "net": ("5.280,00\u00a0€", "2.640,00\u00a0€"),
        "vat": ("1.003,20\u00a0€ (19\u00a0%)", "501,60\u00a0€ (19\u00a0%)"),
        "gross": ("6.283,20\u00a0€", "3.141,60\u00a0€"),
        "contribution": ("475,20\u00a0€", "237,60\u00a0€"),
    }

    page.table.clearSelection()
    assert page.review.placeholder.isVisible()


def test_a_change_smart_made_is_marked(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    fixed_demo: LiveServer,  # noqa: F811
) -> None:
    context = start_app()
    page = _synced(qtbot, context, fixed_demo)
    [row] = [r for r in page.model.rows if r.order_title == CORPORATE]
    # Smart answers the demo's change request: one more label, and the order number line
    staff = fixed_demo.login(*DEMO_ACCOUNTS["staff"])
    response = staff.post(
        fixed_demo.api(f"/staff/invoices/{row.invoice.id}/resolve-change"),
        json={
            "comment": "Bestellnummer ergänzt.",
            "lines": [
                {
                    "description": "Konzept und Logoüberarbeitung",
                    "quantity": "1",
                    "unit": "Pauschal",
                    "unit_price_cents": 180000,
                },
                {
                    "description": "Etikettengestaltung",
                    "quantity": "5",
                    "unit": "Sorten",
                    "unit_price_cents": 35000,
                },
                {
                    "description": "Bestellnummer PO-2291",
                    "quantity": "1",
                    "unit": "",
                    "unit_price_cents": 0,
                },
            ],
        },
        timeout=10,
    )
    assert response.status_code == 200, response.text
    assert context.sync_menu is not None
    context.sync_menu.sync.sync_now()
    qtbot.waitUntil(
        lambda: any(
            r.order_title == CORPORATE and r.invoice.net_cents == 355000 for r in page.model.rows
        ),
        timeout=15000,
    )
    _select(qtbot, page, CORPORATE, 1)
    model = page.review.model
    assert _cells(model) == [
        (
            "Konzept und Logoüberarbeitung",
            "1 Pauschal",
            "1.800,00\u00a0€",
            "1.800,00\u00a0€",
            "1.800,00\u00a0€",
            "gleich",
        ),
        (
            "Etikettengestaltung",
            "4 Sorten → 5 Sorten",
            "350,00\u00a0€",
            "1.400,00\u00a0€",
            "1.750,00\u00a0€",
            "geändert",
        ),
        ("Bestellnummer PO-2291", "1", "0,00\u00a0€", "–", "0,00\u00a0€", "nur in der Rechnung"),
    ]
    assert [model.highlight(0, c) for c in range(6)] == [None] * 6
    assert model.highlight(1, 1) == CHANGED_COLOUR  # the quantity
    assert model.highlight(1, 2) is None  # the price stayed
    assert model.highlight(1, 4) == CHANGED_COLOUR  # and so the net
    assert model.highlight(2, 0) == ONE_SIDE_COLOUR
    net = page.review.total_cells["net"]
    assert (net[0].text(), net[1].text()) == ("3.200,00\u00a0€", "3.550,00\u00a0€")
    assert page.review.date_label.text() == "Rechnungsdatum: 30.11.2026"  # issued now


def test_the_order_shows_its_invoices_in_a_tab(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    fixed_demo: LiveServer,  # noqa: F811
) -> None:
    context = start_app()
    page = _synced(qtbot, context, fixed_demo)
    navigation = context.navigation
    assert navigation is not None and context.timeline is not None
    tabs = context.timeline.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["&Auftrag", "&Verlauf", "&Rechnungen"]
    tab = context.window.findChild(OrderInvoicesTab)
    assert tab is not None
    [row] = [r for r in page.model.rows if r.order_title == BUEHNENBILD and r.invoice.number == 1]
    navigation.show_order(row.order_id)
    qtbot.waitUntil(
        lambda: (
            context.window.editor.order is not None
            and context.window.editor.order.id == row.order_id
        ),
        timeout=5000,
    )
    tabs.setCurrentWidget(tab.widget)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=5000)
    assert [tab.model.index(r, 0).data() for r in range(2)] == ["Bezahlt", "Entwurf"]
    assert [r.invoice.number for r in tab.model.rows] == [1, 2]
    assert {r.order_id for r in tab.model.rows} == {row.order_id}
    assert tab.view.isColumnHidden(2) and not tab.empty_label.isVisible()

    # a double click reviews the draft on the Rechnungen page
    tab.view.doubleClicked.emit(tab.model.index(1, 0))
    assert navigation.tabs.currentWidget() is page
    qtbot.waitUntil(
        lambda: page.review.review is not None and page.review.review.row.invoice.number == 2,
        timeout=5000,
    )
    assert page.review.review.row.order_title == BUEHNENBILD

    # an order without invoices says so
    other = next(
        s.id
        for s in context.drafts.summaries()
        if s.id != row.order_id and s.title.startswith("Plakat")
    )
    navigation.show_order(other)
    navigation.tabs.setCurrentIndex(navigation.orders_index)
    tabs.setCurrentWidget(tab.widget)
    qtbot.waitUntil(lambda: tab.empty_label.isVisible(), timeout=5000)
    assert tab.model.rowCount() == 0 and not tab.view.isVisible()
