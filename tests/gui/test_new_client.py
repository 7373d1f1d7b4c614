"""Creating a client in the editor as a member would: typing, field errors, the duplicate
warning (offline from the cache, online from the server), and what ends up in the draft."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.app import AppContext
from desktop_app.domain.client_duplicates import DuplicateCandidate, DuplicateMatch
from desktop_app.domain.order import Address, Client, ClientType
from desktop_app.gui.client_duplicates_model import CANDIDATE_ROLE, DuplicatesModel
from desktop_app.gui.new_client_dialog import NewClientDialog
from desktop_app.platform.clock import FixedClock
from desktop_app.platform.paths import AppPaths
from desktop_app.storage.client_cache import ClientCache
from tests.gui.dialogs import answer_submit_dialog, when_dialog_opens
from tests.gui.test_read_only_gui import profile, start_read_only  # noqa: F401
from tests.integration.conftest import PASSWORD, LiveServer, live_server, valid_order  # noqa: F401

CACHED = {
    "id": "c-4711",
    "type": "business_eu_vat",
    "legal_name": "Grüner Löwe Theater e.V.",
    "address": {
        "street": "Hofgarten 3",
        "postal_code": "97070",
        "city": "Würzburg",
        "country": "DE",
    },
    "vat_id": "DE811222333",
    "invoice_email": "rechnung@gruener-loewe.example",
}


def _editor_ready(qtbot, context: AppContext):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: context.client_search is not None, timeout=10000)
    search = context.client_search
    assert search is not None
    context.window.controller.new_draft()
    qtbot.waitUntil(lambda: context.window.editor.order is not None, timeout=5000)
    return search


def _open_form(qtbot, search) -> NewClientDialog:  # type: ignore[no-untyped-def]
    button = search.new_client.button
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = search.new_client.dialog
    assert isinstance(dialog, NewClientDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # as the window manager does for a new dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Key presses as from a keyboard; QTest knows only ASCII, so "ü" comes as a key event
    that carries its text (as from a German layout)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _fill_theater(qtbot, dialog: NewClientDialog, vat: str = "DE 811 222 333") -> None:  # type: ignore[no-untyped-def]
    form = dialog.form
    form.type_combo.setFocus()
    # The first type is "Unternehmen mit EU-USt-IdNr."; the keyboard picks it from another.
    qtbot.keyClick(form.type_combo, Qt.Key.Key_Down)
    qtbot.keyClick(form.type_combo, Qt.Key.Key_Up)
    assert form.type_combo.currentData() == ClientType.BUSINESS_EU_VAT.value
    if not vat:
        qtbot.keyClick(form.type_combo, Qt.Key.Key_Down)
        assert form.type_combo.currentData() == ClientType.BUSINESS_NO_VAT.value
    _type(qtbot, form.name_edit, "Gruener Loewe Theater e. V.")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Tab)
    _type(qtbot, dialog.focusWidget(), "Hofgarten 3")  # Tab led to the street
    assert form.street_edit.text() == "Hofgarten 3"
    _type(qtbot, form.postal_edit, "97070")
    _type(qtbot, form.city_edit, "Würzburg")
    _type(qtbot, form.vat_edit, vat)


def test_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = DuplicatesModel()
    client = Client(legal_name="Atelier Nord", address=Address("", "24103", "Kiel", "DE"))
    model.set_candidates(
        [
            DuplicateCandidate(client, DuplicateMatch.EXACT),
            DuplicateCandidate(Client(legal_name="Atelier Süd"), DuplicateMatch.NAME),
        ]
    )
    qtmodeltester.check(model)
    first = model.index(0)
    assert first.data() == "Atelier Nord · 24103 Kiel (gleiche Kund*in)"
    assert first.data(CANDIDATE_ROLE).client == client
    assert "Deutschland" in first.data(Qt.ItemDataRole.ToolTipRole)


def test_offline_errors_then_duplicate_from_cache_and_use_existing(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    clock: FixedClock,
) -> None:
    context = start_app()
    ClientCache(context.store.database).remember([dict(CACHED)], clock.now())
    search = _editor_ready(qtbot, context)
    editor = context.window.editor
    dialog = _open_form(qtbot, search)
    form = dialog.form

    # Create with nothing typed: every required field says so, beside the field.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    messages = form.messages.visible_messages()
    for field in ("client.legal_name", "client.address.street", "client.address.city"):
        assert messages[field] == "Pflichtangabe für die Übermittlung."
    assert form.name_edit.hasFocus()  # the first field with an error

    # A VAT ID that is no EU format, and a Swiss address: error and guarantee hint.
    _type(qtbot, form.vat_edit, "DE12")
    assert "Format eines EU-Landes" in form.messages.visible_messages()["client.vat_id"]
    combo_line = form.country_combo.lineEdit()
    combo_line.selectAll()
    _type(qtbot, combo_line, "Schweiz")
    qtbot.keyClick(combo_line, Qt.Key.Key_Return)
    assert form.country_combo.currentData() == "CH"
    assert (
        "außerhalb der EU erhalten keine Zahlungsgarantie"
        in (form.messages.visible_messages()["client.address.country"])
    )
    combo_line.selectAll()
    _type(qtbot, combo_line, "Deutschland")
    qtbot.keyClick(combo_line, Qt.Key.Key_Return)
    assert form.country_combo.currentData() == "DE"
    form.vat_edit.clear()

    _fill_theater(qtbot, dialog)
    assert "client.vat_id" not in form.messages.visible_messages()
    qtbot.waitUntil(dialog.panel.isVisible, timeout=5000)
    # Same name and VAT ID: the record Smart would link the order to anyway.
    assert dialog.panel_title.text().startswith("Diese Kund*in gibt es schon – Smart würde")
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0).data().startswith("Grüner Löwe Theater e.V. · 97070 Würzburg")
    assert "Offline geprüft" in dialog.check_label.text()

    # Pressing "Kund*in anlegen" does not go past the warning.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.list.hasFocus()

    before = editor.order
    assert before is not None
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert editor.order is not None
    chosen = editor.order.client
    assert (chosen.server_id, chosen.legal_name) == ("c-4711", "Grüner Löwe Theater e.V.")
    assert chosen.invoice_email == "rechnung@gruener-loewe.example"
    assert editor.ui.clientNameEdit.text() == "Grüner Löwe Theater e.V."
    assert "Übernommen: Grüner Löwe Theater e.V." in search.hint.text()

    # Undo in the editor takes the whole client back in one step.
    editor.ui.contactNameEdit.setFocus()
    qtbot.keyClick(editor.ui.contactNameEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.order.client == before.client
    assert editor.ui.clientNameEdit.text() == ""


def test_create_anyway_keeps_a_new_client_and_the_pre_submit_check_warns(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    clock: FixedClock,
) -> None:
    context = start_app()
    ClientCache(context.store.database).remember([dict(CACHED)], clock.now())
    search = _editor_ready(qtbot, context)
    editor = context.window.editor
    dialog = _open_form(qtbot, search)
    _fill_theater(qtbot, dialog, vat="")
    qtbot.waitUntil(dialog.panel.isVisible, timeout=5000)
    assert "gleicher Name" in dialog.model.index(0).data()
    assert dialog.panel_title.text() == "Diese Kund*in gibt es vielleicht schon:"
    # As a business with EU VAT ID it needs the VAT ID: creating it anyway is refused.
    qtbot.keyClick(dialog.form.type_combo, Qt.Key.Key_Up)
    qtbot.mouseClick(dialog.anyway_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.messages.visible_messages()["client.vat_id"] == (
        "Pflichtangabe für die Übermittlung."
    )
    qtbot.keyClick(dialog.form.type_combo, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.anyway_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert editor.order is not None
    client = editor.order.client
    assert client == Client(
        ClientType.BUSINESS_NO_VAT,
        "Gruener Loewe Theater e. V.",
        Address("Hofgarten 3", "97070", "Würzburg", "DE"),
    )
    assert client.server_id is None  # created on submit by the server
    assert "wird beim Senden in Smarts Datenbank angelegt" in search.hint.text()

    # Saved with the draft: the stored draft carries the new client.
    editor.save_now()
    order_id = editor.order.id
    qtbot.waitUntil(lambda: context.drafts.load(order_id).client == client, timeout=5000)

    # The pre-submit check names the cached client it probably duplicates.
    assert context.sync_menu is not None
    seen = answer_submit_dialog(send=False)
    context.sync_menu.submit_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    warnings = [t for t in seen[0] if "gibt es vielleicht schon" in t]
    assert warnings and "Grüner Löwe Theater e.V. · 97070 Würzburg" in warnings[0]
    assert warnings[0].startswith("Hinweis – Name / Firma der Kund*in")


def test_online_duplicate_from_the_server_after_a_search_found_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    live_server: LiveServer,  # noqa: F811
) -> None:
    ben = live_server.login("ben@example.org")
    body = valid_order(live_server.context.clock.today(), budget="B-2")
    body["client"] = {k: v for k, v in CACHED.items() if k != "id"}
    posted = ben.post(
        live_server.api("/orders"),
        json=body,
        headers={"Idempotency-Key": str(uuid.uuid4())},
        timeout=10,
    )
    assert posted.status_code == 201
    context = start_app()
    search = _editor_ready(qtbot, context)
    assert context.sync_menu is not None
    context.sync_menu.services.account.login(live_server.url, "anna@example.org", PASSWORD)

    _type(qtbot, search.edit, "Theater am Hofgarten")
    qtbot.waitUntil(lambda: "Keine Kund*in gefunden" in search.hint.text(), timeout=5000)
    search.hint.linkActivated.emit("new")  # the link in the hint
    dialog = search.new_client.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.form.name_edit.text() == "Theater am Hofgarten"  # the search is kept
    _type(qtbot, dialog.form.vat_edit, "DE811222333")
    qtbot.waitUntil(dialog.panel.isVisible, timeout=5000)
    assert "gleiche USt-IdNr." in dialog.model.index(0).data()
    assert "Offline" not in dialog.check_label.text()
    server_id = dialog.model.index(0).data(CANDIDATE_ROLE).client.server_id
    assert server_id  # Smart's record
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on the candidate uses it
    order = context.window.editor.order
    assert order is not None and order.client.server_id == server_id
    assert json.dumps(order.client.legal_name, ensure_ascii=False) == '"Grüner Löwe Theater e.V."'


def test_cancel_asks_before_dropping_what_was_typed(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
) -> None:
    context = start_app()
    search = _editor_ready(qtbot, context)
    editor = context.window.editor
    dialog = _open_form(qtbot, search)
    _type(qtbot, dialog.form.name_edit, "Atelier Nord")

    when_dialog_opens(
        QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click()
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.form.name_edit.text() == "Atelier Nord"

    when_dialog_opens(
        QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Discard).click()
    )
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert editor.order is not None and editor.order.client == Client()

    # Nothing typed: cancel closes at once.
    dialog = _open_form(qtbot, search)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_read_only_mode_offers_no_new_client(
    qtbot,  # type: ignore[no-untyped-def]
    profile: AppPaths,  # noqa: F811
    start_read_only,  # noqa: F811
) -> None:
    from tests.unit.test_read_only import DRAFT

    context = start_read_only(profile)
    window = context.window
    with qtbot.waitSignal(window.editor.order_shown, timeout=5000):
        window.page.select(DRAFT)
    search = context.client_search
    assert search is not None
    action = search.new_client.action
    assert not action.isVisible() and not action.isEnabled()
    assert search.new_client.button.isHidden()
    assert search.new_client.open_form("Atelier") is None
