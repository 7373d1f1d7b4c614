"""A new draft's row in the list: labelled while empty, and following the editor while
the person types (long before the autosave)."""

from __future__ import annotations

from desktop_app.app import AppContext
from desktop_app.gui.order_table_model import COL_CLIENT, COL_NET, COL_TITLE


def _row_text(context: AppContext, column: int) -> str:
    page = context.window.page
    row = page.model.row_of(context.window.editor.order.id)
    assert row is not None
    return page.model.index(row, column).data()


def test_a_new_draft_is_labelled_in_the_list(qtbot, start_app) -> None:
    context = start_app()
    with qtbot.waitSignal(context.window.controller.changed, timeout=5000):
        context.window.new_action.trigger()
    qtbot.waitUntil(lambda: context.window.editor.order is not None, timeout=5000)
    assert _row_text(context, COL_CLIENT) == "(ohne Kund*in)"
    assert _row_text(context, COL_TITLE) == "Neuer Auftrag"
    # Search and sort use the real (empty) values: the label is not searchable text.
    context.window.page.model.set_text_filter("Neuer Auftrag")
    assert context.window.page.model.rowCount() == 0


def test_the_row_follows_typing_before_the_autosave(qtbot, start_app) -> None:
    context = start_app()
    editor = context.window.editor
    with qtbot.waitSignal(context.window.controller.changed, timeout=5000):
        context.window.new_action.trigger()
    qtbot.waitUntil(lambda: editor.order is not None and editor.form.isEnabled(), timeout=5000)
    editor._autosave.setInterval(60_000)  # no save during this test: only the editor's state
    saved: list[object] = []
    context.window.controller.saved.connect(saved.append)

    qtbot.keyClicks(editor.ui.clientNameEdit, "Jazzclub Blauer Mond e.V.")
    qtbot.keyClicks(editor.ui.orderDescriptionEdit, "Plakat Jazzfestival")
    qtbot.waitUntil(lambda: _row_text(context, COL_CLIENT) == "Jazzclub Blauer Mond e.V.")
    qtbot.waitUntil(lambda: _row_text(context, COL_TITLE) == "Plakat Jazzfestival")
    assert _row_text(context, COL_NET) == "0,00\u00a0€"
    assert saved == []  # it came from the editor, not from a save
    assert editor.is_dirty
