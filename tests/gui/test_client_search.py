"""Choosing a client from Smart's database fills the client fields in one undo step."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from desktop_app.app import AppContext
from tests.integration.conftest import PASSWORD, LiveServer, live_server, valid_order  # noqa: F401


def test_search_pick_and_undo(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    live_server: LiveServer,  # noqa: F811
) -> None:
    ben = live_server.login("ben@example.org")
    body = valid_order(live_server.context.clock.today(), budget="B-2")
    body["client"]["legal_name"] = "Grüner Löwe Theater e.V."
    body["client"]["address"]["city"] = "Würzburg"
    created = ben.post(
        live_server.api("/orders"),
        json=body,
        headers={"Idempotency-Key": str(uuid.uuid4())},
        timeout=10,
    )
    assert created.status_code == 201

    context = start_app()
    qtbot.waitUntil(lambda: context.client_search is not None, timeout=10000)
    search = context.client_search
    assert search is not None and context.sync_menu is not None
    context.sync_menu.services.account.login(live_server.url, "anna@example.org", PASSWORD)
    context.window.controller.new_draft()
    editor = context.window.editor
    qtbot.waitUntil(lambda: editor.order is not None, timeout=5000)
    assert search.box.isEnabled()

    search.edit.setText("gruener loewe")
    search._search()
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=5000)
    line = search.model.index(0).data()
    assert line.startswith("Grüner Löwe Theater e.V.") and "Würzburg" in line
    search._on_chosen(line)
    assert editor.order is not None
    chosen = editor.order.client
    assert (chosen.legal_name, chosen.address.city) == ("Grüner Löwe Theater e.V.", "Würzburg")
    assert chosen.server_id
    assert editor.ui.clientNameEdit.text() == "Grüner Löwe Theater e.V."
    editor.undo_stack.undo()
    assert editor.order.client.legal_name == ""
    assert editor.ui.clientNameEdit.text() == ""
