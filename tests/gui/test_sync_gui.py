"""The app against a real reference server: log in, submit through the pre-submit check,
see the order leave the outbox and Smart's decision come back (F5)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from desktop_app.app import AppContext
from desktop_app.domain.status import OrderStatus
from desktop_app.gui.login_dialog import LoginDialog
from desktop_app.services.sync import Outcome
from tests.gui.dialogs import answer_submit_dialog
from tests.integration.conftest import PASSWORD, LiveServer, live_server  # noqa: F401
from tests.integration.sync_fixtures import server_order_ids
from tests.integration.tcp_proxy import TcpProxy
from tests.unit.storage_fixtures import sample_order


def _sync_ready(qtbot, context: AppContext):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: context.sync_menu is not None, timeout=10000)
    assert context.sync_menu is not None
    return context.sync_menu


def _log_in(qtbot, context: AppContext, server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    menu = _sync_ready(qtbot, context)
    assert "Nicht angemeldet" in menu.status.state_label.text()
    menu.show_login()
    dialog = context.window.findChild(LoginDialog, "loginDialog")
    assert dialog is not None
    dialog.server_edit.setText(server.url)
    dialog.email_edit.setText("anna@example.org")
    dialog.password_edit.setText("falsch")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert "Passwort stimmen nicht" in dialog.error_label.text()
    dialog.password_edit.setText(PASSWORD)
    dialog.login_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: menu.sync.status.logged_in, timeout=10000)


def test_log_in_submit_and_follow_the_order(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    live_server: LiveServer,  # noqa: F811
) -> None:
    context = start_app()
    _log_in(qtbot, context, live_server)
    menu = context.sync_menu
    assert menu is not None
    today = context.drafts.today()
    order = sample_order(
        budget="B-1",
        service_start=today + timedelta(days=20),
        service_end=today + timedelta(days=40),
        invoice_dates=(today + timedelta(days=45),),
        offer_valid_until=today + timedelta(days=14),
        attachments=(),
    )
    order = replace(order, client=replace(order.client, server_id=None))
    context.drafts.save(order)
    context.window.controller.load_all()
    qtbot.waitUntil(lambda: context.window.page.model.total == 1, timeout=5000)
    context.window.page.select(order.id)
    qtbot.waitUntil(lambda: context.window.editor.order is not None, timeout=5000)
    assert menu.submit_action.isEnabled() and not menu.comment_action.isEnabled()

    seen = answer_submit_dialog(send=True)
    menu.submit_action.trigger()
    qtbot.waitUntil(lambda: server_order_ids(live_server) == [str(order.id)], timeout=10000)
    assert seen and all(not text.startswith("Fehler") for text in seen[0])
    qtbot.waitUntil(
        lambda: not menu.sync.status.running and menu.sync.status.pending == 0, timeout=10000
    )
    editor_order = context.window.editor.order
    assert editor_order is not None and editor_order.status is OrderStatus.SMART_REVIEW
    assert not menu.submit_action.isEnabled() and menu.comment_action.isEnabled()
    assert "Online" in menu.status.state_label.text()

    staff = live_server.login("staff@example.org")
    approved = staff.post(live_server.api(f"/staff/orders/{order.id}/approve"), timeout=10)
    assert approved.status_code == 200
    menu.sync_action.trigger()  # F5
    qtbot.waitUntil(
        lambda: (
            context.window.editor.order is not None
            and context.window.editor.order.status is OrderStatus.CLIENT_CONFIRMATION
        ),
        timeout=10000,
    )


def test_an_incomplete_draft_is_not_sent(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    live_server: LiveServer,  # noqa: F811
) -> None:
    context = start_app()
    _log_in(qtbot, context, live_server)
    menu = context.sync_menu
    assert menu is not None
    draft = context.drafts.create().order
    context.window.controller.load_all()
    qtbot.waitUntil(lambda: context.window.page.model.total == 1, timeout=5000)
    context.window.page.select(draft.id)
    qtbot.waitUntil(lambda: context.window.editor.order is not None, timeout=5000)
    seen = answer_submit_dialog(send=True)
    menu.submit_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert any(text.startswith("Fehler") for text in seen[0])
    assert context.drafts.load(draft.id).status is OrderStatus.DRAFT
    assert server_order_ids(live_server) == []


def test_offline_then_the_network_comes_back(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    live_server: LiveServer,  # noqa: F811
) -> None:
    proxy = TcpProxy(int(live_server.url.rsplit(":", 1)[1]))
    proxy.start()
    try:
        context = start_app()
        menu = _sync_ready(qtbot, context)
        menu.services.account.login(proxy.url, "anna@example.org", PASSWORD)
        menu.sync.sync_now()
        qtbot.waitUntil(lambda: menu.sync.status.outcome == Outcome.OK, timeout=10000)
        proxy.stop()
        menu.sync.sync_now()
        qtbot.waitUntil(lambda: "Offline" in menu.status.state_label.text(), timeout=10000)
        assert menu.sync.status.outcome == Outcome.OFFLINE
        proxy.start()
        menu.sync.network_available()  # what the system's reachability signal triggers
        qtbot.waitUntil(lambda: "Online" in menu.status.state_label.text(), timeout=10000)
        assert menu.sync.status.outcome == Outcome.OK
    finally:
        proxy.stop()
