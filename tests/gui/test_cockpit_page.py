"""The Übersicht page over the demo data on a fixed server clock: the first tab (Ctrl+1), an
empty state, the demo's deadlines in German, and Enter on an entry opens its order."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from desktop_app.app import AppContext
from desktop_app.gui.cockpit_controller import MAX_WAIT_MS, CockpitController
from desktop_app.gui.cockpit_page import CockpitPage
from tests.integration.conftest import LiveServer
from tests.integration.test_cockpit_demo import (  # noqa: F401
    EXPECTED,
    MEMBER,
    MEMBER_PASSWORD,
    fixed_demo,
)


def test_cockpit_shows_the_demo_deadlines_and_opens_an_order(
    qtbot,  # type: ignore[no-untyped-def]
    qtmodeltester,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    fixed_demo: LiveServer,  # noqa: F811
) -> None:
    context = start_app()  # its local clock is two days ahead of the server's
    qtbot.waitUntil(lambda: context.navigation is not None, timeout=10000)
    navigation, menu = context.navigation, context.sync_menu
    assert navigation is not None and menu is not None
    page = context.window.findChild(CockpitPage, "cockpitPage")
    assert page is not None
    tabs = navigation.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Übersicht", "Aufträge", "Rechnungen", "Kund*innen"]
    assert navigation.orders_index == 1
    shortcut = context.window.findChild(QAction, "pageShortcut0")
    assert shortcut is not None and shortcut.shortcut().toString() == "Ctrl+1"
    shortcut.trigger()
    assert tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=5000)
    assert page.empty.text() == "Nichts zu tun." and not page.table.isVisible()

    menu.services.account.login(fixed_demo.url, MEMBER, MEMBER_PASSWORD)
    menu.sync.sync_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(EXPECTED), timeout=15000)
    qtmodeltester.check(page.model)
    rows = [
        (page.model.index(r, 0).data(), page.model.index(r, 1).data())
        for r in range(page.model.rowCount())
    ]
    assert rows == [
        (
            "Plakat und Flyer Jazzfestival",
            "Angebot läuft morgen ab – Kund*in hat noch nicht bestätigt",
        ),
        (
            "Bühnenbild „Der Sturm“ – Sommerfestival",
            "Rechnungsentwurf: Änderungen noch 3 Tage möglich (Rechnung am 28.11.2026)",
        ),
        (
            "Theaterpädagogischer Workshop Herbstferien",
            "Seit 92 Std. bei Smart (Ziel: 24 Std. an Werktagen)",
        ),
        ("Übersetzung Ausstellungskatalog NL–DE", "Storno wird geprüft"),
    ]
    assert page.table.isVisible() and not page.empty.isVisible()
    # one single-shot timer for the next change by time (the waiting order's next full
    # hour, 40 min away), capped so a suspend or clock jump is caught soon
    controller = page.findChild(CockpitController)
    assert controller is not None and controller.timer.isActive()
    assert controller.timer.isSingleShot() and controller.timer.interval() == MAX_WAIT_MS

    plakat = uuid.UUID(page.model.items[0].order_id)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert tabs.currentIndex() == navigation.orders_index
    qtbot.waitUntil(
        lambda: (
            context.window.editor.order is not None and context.window.editor.order.id == plakat
        ),
        timeout=5000,
    )
