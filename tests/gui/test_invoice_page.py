"""The Rechnungen page over a real server: an invoice draft arrives, the member asks for a
change through the outbox, Smart's answer comes back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from desktop_app.app import AppContext
from desktop_app.gui.invoice_page import InvoicePage
from reference_server.simulation import Simulation
from tests.gui.dialogs import answer_text_dialog
from tests.integration.conftest import PASSWORD, LiveServer, live_server  # noqa: F401
from tests.unit.storage_fixtures import sample_order


def test_invoice_draft_change_request_round_trip(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    live_server: LiveServer,  # noqa: F811
) -> None:
    context = start_app()
    qtbot.waitUntil(lambda: context.navigation is not None, timeout=10000)
    menu = context.sync_menu
    assert menu is not None and context.navigation is not None
    menu.services.account.login(live_server.url, "anna@example.org", PASSWORD)
    today = live_server.context.clock.today()
    order = sample_order(
        budget="B-1",
        service_start=today + timedelta(days=1),
        service_end=today + timedelta(days=10),
        invoice_dates=(today + timedelta(days=12),),
        offer_valid_until=today + timedelta(days=5),
        attachments=(),
    )
    order = replace(order, client=replace(order.client, server_id=None))
    context.drafts.save(order)
    menu.services.actions.submit(order.id)
    assert menu.services.sync.sync().sent == 1
    simulation = Simulation(live_server.url, ("staff@example.org", PASSWORD))
    simulation.approve(str(order.id))
    simulation.client_accept(str(order.id))
    simulation.advance(days=6)  # T-7 has come: Smart drafts the invoice

    page = context.window.findChild(InvoicePage, "invoicePage")
    assert page is not None
    menu.sync.sync_now()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.index(0, 0).data() == "Entwurf"
    assert page.model.index(0, 2).data() == order.title
    assert page.model.index(0, 6).data().endswith("€")
    page.table.selectRow(0)
    assert page.change_button.isEnabled() and page.send_button.isEnabled()
    assert not page.cancel_button.isVisible()

    answer_text_dialog("Bitte die Bestellnummer 4711 ergänzen.")
    page.change_button.click()
    qtbot.waitUntil(
        lambda: page.model.index(0, 0).data() == "Warten auf Aktualisierung", timeout=10000
    )
    staff = live_server.login("staff@example.org")
    invoice = staff.get(live_server.api(f"/invoices/{order.id}-1"), timeout=10).json()
    assert invoice["status"] == "awaiting_update"
    assert invoice["change_request"] == "Bitte die Bestellnummer 4711 ergänzen."
    page.table.selectRow(0)
    page.open_button.click()
    assert context.navigation.tabs.currentIndex() == context.navigation.orders_index
    qtbot.waitUntil(
        lambda: (
            context.window.editor.order is not None and context.window.editor.order.id == order.id
        ),
        timeout=5000,
    )
