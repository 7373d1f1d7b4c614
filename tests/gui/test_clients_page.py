"""Kund*innen: the clients of the member's orders with counts and totals; choosing one shows
its orders in the list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from desktop_app.app import AppContext
from desktop_app.gui.clients_page import ClientsPage
from desktop_app.services.changes import Changes
from tests.unit.storage_fixtures import sample_order


def test_clients_page_lists_and_opens(qtbot, start_app: Callable[[], AppContext]) -> None:  # type: ignore[no-untyped-def]
    context = start_app()
    first = sample_order()
    other_client = replace(first.client, legal_name="Zirkus Roncalli GmbH", server_id=None)
    context.store.save(first)
    context.store.save(replace(sample_order(), client=first.client))
    context.store.save(replace(sample_order(), client=other_client))
    context.window.controller.load_all()
    qtbot.waitUntil(lambda: context.navigation is not None, timeout=10000)
    page = context.window.findChild(ClientsPage, "clientsPage")
    assert page is not None
    page_index = context.navigation.tabs.indexOf(page)
    assert context.navigation.tabs.tabText(page_index) == "Kund*innen"
    page.model.set_rows([])
    context.navigation.tabs.setCurrentIndex(page_index)
    context.window.controller.changed.emit(Changes())  # any change reloads the page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    rows = [[page.model.index(r, c).data() for c in range(6)] for r in range(2)]
    assert rows[0][0] == "Müller & Söhne GmbH" and rows[0][3] == "2" and rows[0][5] == "ja"
    assert rows[1][0] == "Zirkus Roncalli GmbH" and rows[1][3] == "1"
    assert rows[1][5] == "noch nicht"

    page.table.activated.emit(page.model.index(1, 0))
    assert context.navigation.tabs.currentIndex() == context.navigation.orders_index
    qtbot.waitUntil(lambda: context.window.page.model.rowCount() == 1, timeout=5000)
