"""Type, save, restart, find again: the draft workflow through the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.app import AppContext
from desktop_app.domain.status import OrderStatus

from .conftest import restart


def _new_draft(qtbot, context: AppContext) -> None:
    editor = context.window.editor
    with qtbot.waitSignal(context.window.controller.changed, timeout=5000):
        context.window.new_action.trigger()
    qtbot.waitUntil(lambda: editor.order is not None and editor.form.isEnabled(), timeout=5000)


def test_typed_draft_survives_restart(qtbot, start_app) -> None:
    context = start_app()
    window = context.window
    _new_draft(qtbot, context)
    ui = window.editor.ui
    qtbot.keyClicks(ui.clientNameEdit, "Kulturverein Lindenhof e.V.")
    qtbot.keyClicks(ui.orderDescriptionEdit, "Fotografie Sommerfest")
    assert window.editor.is_dirty
    with qtbot.waitSignal(window.controller.saved, timeout=5000):
        qtbot.keySequence(window, "Ctrl+S")
    assert not window.editor.is_dirty
    order_id = window.editor.order.id

    context = restart(context, start_app)
    page = context.window.page
    assert page.model.total == 1
    assert page.model.data(page.model.index(0, 1)) == "Kulturverein Lindenhof e.V."
    assert page.model.data(page.model.index(0, 2)) == "Fotografie Sommerfest"
    assert page.model.data(page.model.index(0, 0)) == "Entwurf"
    page.table.selectRow(0)
    editor = context.window.editor
    qtbot.waitUntil(lambda: editor.order is not None and editor.order.id == order_id)
    assert editor.ui.clientNameEdit.text() == "Kulturverein Lindenhof e.V."
    assert editor.ui.orderDescriptionEdit.toPlainText() == "Fotografie Sommerfest"


def test_autosave_after_a_pause(qtbot, start_app) -> None:
    context = start_app()
    _new_draft(qtbot, context)
    editor = context.window.editor
    with qtbot.waitSignal(context.window.controller.saved, timeout=5000) as blocker:
        qtbot.keyClicks(editor.ui.contactNameEdit, "Jana Weber")
    assert blocker.args[0].contact_name == "Jana Weber"
    assert context.drafts.load(editor.order.id).contact_name == "Jana Weber"


def test_closing_the_window_saves_pending_edits(qtbot, start_app) -> None:
    context = start_app()
    _new_draft(qtbot, context)
    editor = context.window.editor
    editor._autosave.setInterval(60_000)  # only the close can save it
    qtbot.keyClicks(editor.ui.serviceDescriptionEdit, "Zwei Workshoptage")
    order_id = editor.order.id
    context = restart(context, start_app)
    assert context.drafts.load(order_id).service_description == "Zwei Workshoptage"


def test_undo_and_redo_in_the_editor(qtbot, start_app) -> None:
    context = start_app()
    _new_draft(qtbot, context)
    editor = context.window.editor
    ui = editor.ui
    qtbot.keyClicks(ui.clientCityEdit, "Kassel")
    ui.clientTypeCombo.setCurrentIndex(2)
    assert editor.order.client.address.city == "Kassel"
    assert editor.order.client.type.value == "private"

    editor.undo_stack.undo()
    assert editor.order.client.type.value != "private"
    assert ui.clientCityEdit.text() == "Kassel"
    # Ctrl+Z inside a text field goes to the form's history too.
    ui.clientCityEdit.setFocus()
    qtbot.keySequence(ui.clientCityEdit, "Ctrl+Z")
    assert ui.clientCityEdit.text() == ""
    assert editor.order.client.address.city == ""
    editor.undo_stack.redo()
    assert ui.clientCityEdit.text() == "Kassel"
    assert editor.order.client.address.city == "Kassel"


def test_inline_message_for_an_invalid_email(qtbot, start_app) -> None:
    context = start_app()
    _new_draft(qtbot, context)
    editor = context.window.editor
    qtbot.keyClicks(editor.ui.contactEmailEdit, "jana.weber@")
    messages = editor.messages.visible_messages()
    assert messages["contact_email"] == "Das ist keine gültige E-Mail-Adresse."
    qtbot.keyClicks(editor.ui.contactEmailEdit, "example.org")
    assert "contact_email" not in editor.messages.visible_messages()
    # Untouched required fields stay quiet until the completeness check.
    assert "client.legal_name" not in editor.messages.visible_messages()
    context.window.check_action.trigger()
    assert "Pflichtangabe" in editor.messages.visible_messages()["client.legal_name"]
    assert "fehlen noch" in editor.summary_label.text()


def test_line_items_accept_german_numbers(qtbot, start_app) -> None:
    context = start_app()
    _new_draft(qtbot, context)
    editor = context.window.editor
    model = editor.line_items
    editor.ui.addLineItemButton.click()
    assert model.rowCount() == 1
    assert model.setData(model.index(0, 0), "Fotografie", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, 1), "2,5", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, 3), "1.200,10", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(0, 3), "zwölf", Qt.ItemDataRole.EditRole)
    assert "keine Zahl" in editor.summary_label.text()
    item = editor.order.line_items[0]
    assert item.unit_price_cents == 120010
    assert item.net_cents == 300025
    assert model.data(model.index(0, 4)) == "3.000,25\u00a0€"
    assert "3.000,25" in editor.ui.previewLabel.text()


def test_duplicate_and_delete(qtbot, start_app, monkeypatch) -> None:
    context = start_app()
    window = context.window
    _new_draft(qtbot, context)
    qtbot.keyClicks(window.editor.ui.clientNameEdit, "Atelier Rouge")
    with qtbot.waitSignal(window.controller.saved, timeout=5000):
        window.save_action.trigger()
    original = window.editor.order.id
    with qtbot.waitSignal(window.controller.changed, timeout=5000):
        window.duplicate_action.trigger()
    qtbot.waitUntil(lambda: window.page.model.total == 2)
    copy = window.editor.order
    assert copy.id != original
    assert copy.client.legal_name == "Atelier Rouge"
    assert copy.status is OrderStatus.DRAFT
    assert window.page.current_order_id() == copy.id
    qtbot.waitUntil(window.delete_action.isEnabled)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.delete_action.trigger()
    assert context.drafts.load(copy.id).id == copy.id  # cancelled: still there

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.controller.changed, timeout=5000):
        window.delete_action.trigger()
    qtbot.waitUntil(lambda: window.page.model.total == 1)
    assert [s.id for s in context.drafts.summaries()] == [original]


def test_submitted_orders_are_shown_read_only(qtbot, start_app) -> None:
    context = start_app()
    saved = context.drafts.create(order_description="Bühnenbild")
    from dataclasses import replace

    context.store.save(replace(saved.order, status=OrderStatus.SMART_REVIEW))
    context = restart(context, start_app)
    window = context.window
    window.page.table.selectRow(0)
    qtbot.waitUntil(lambda: window.editor.order is not None)
    assert window.page.model.data(window.page.model.index(0, 0)) == "Smart Bestätigung"
    assert not window.editor.form.isEnabled()
    assert not window.delete_action.isEnabled()
    assert window.duplicate_action.isEnabled()


def test_dates_are_edited_saved_and_kept(qtbot, start_app) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    context = start_app()
    _new_draft(qtbot, context)
    editor = context.window.editor
    ui = editor.ui
    ui.serviceStartEdit.setDate(QDate(2027, 1, 4))
    ui.serviceEndEdit.setDate(QDate(2027, 1, 8))
    ui.offerValidEdit.setDate(QDate(2026, 12, 20))
    ui.newInvoiceDateEdit.setDate(QDate(2027, 1, 15))
    ui.addInvoiceDateButton.click()
    qtbot.keyClicks(ui.clientNameEdit, "Galerie Nord")  # editing after dates still works
    order = editor.order
    assert (order.service_start, order.service_end) == (date(2027, 1, 4), date(2027, 1, 8))
    assert order.offer_valid_until == date(2026, 12, 20)
    assert order.invoice_dates == (date(2027, 1, 15),)
    assert order.client.legal_name == "Galerie Nord"
    assert ui.invoiceDatesList.item(0).text() == "15.01.2027"
    with qtbot.waitSignal(context.window.controller.saved, timeout=5000):
        context.window.save_action.trigger()
    stored = context.drafts.load(order.id)
    assert stored.service_start == date(2027, 1, 4)
    assert stored.invoice_dates == (date(2027, 1, 15),)
    assert stored.client.legal_name == "Galerie Nord"
    editor.undo_stack.undo()  # takes back the name, not the dates
    assert editor.order.client.legal_name == ""
    assert editor.order.invoice_dates == (date(2027, 1, 15),)


def test_text_in_an_open_line_item_cell_is_saved(qtbot, start_app) -> None:
    from PySide6.QtWidgets import QApplication

    context = start_app()
    _new_draft(qtbot, context)
    editor = context.window.editor
    editor.ui.addLineItemButton.click()  # opens the description cell for typing
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    cell = QApplication.focusWidget()
    assert cell is not None and editor.ui.lineItemsView.isAncestorOf(cell)
    qtbot.keyClicks(cell, "Workshop Siebdruck")
    with qtbot.waitSignal(context.window.controller.saved, timeout=5000):
        context.window.save_action.trigger()
    stored = context.drafts.load(editor.order.id)
    assert [item.description for item in stored.line_items] == ["Workshop Siebdruck"]


def test_switching_orders_quickly_keeps_list_and_editor_together(qtbot, start_app) -> None:
    context = start_app()
    first = context.drafts.create(order_description="Erster Auftrag").order
    second = context.drafts.create(order_description="Zweiter Auftrag").order
    context.window.controller.load_all()
    page, editor = context.window.page, context.window.editor
    qtbot.waitUntil(lambda: page.model.total == 2)
    page.select(first.id)
    qtbot.waitUntil(lambda: editor.order is not None and editor.order.id == first.id)
    page.select(second.id)  # and back before the second one has loaded
    page.select(first.id)
    context.ops.wait_for_done()
    qtbot.waitUntil(lambda: context.ops.pending == 0)
    assert page.current_order_id() == first.id
    assert editor.order.id == first.id
