"""The editor's Budget field: a choice of the member's budgets, preselected when there is
only one, free text only while none are known, and an error beside the field for a value
that is none of them (the server would refuse it with ``unknown_budget``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.app import AppContext
from desktop_app.domain.budgets import Budget
from desktop_app.gui.budgets_controller import BudgetsController
from tests.integration.conftest import PASSWORD, LiveServer, live_server  # noqa: F401

PERSONAL = Budget("B-10001-1", "Persönliches Budget")
COLLECTIVE = Budget("B-10001-2", "Kollektiv Lindenhof")


def _started(qtbot, start_app) -> AppContext:
    """The app with its sync part attached and the (empty) budget cache read: from then
    on the budgets a test gives the editor are not replaced by the cache's."""
    context = start_app()
    qtbot.waitUntil(lambda: context.sync_menu is not None, timeout=5000)
    controller = context.window.editor.findChild(BudgetsController)
    assert controller is not None
    qtbot.waitUntil(lambda: controller.cache_read, timeout=5000)
    return context


def _new_draft(qtbot, context: AppContext) -> None:
    editor = context.window.editor
    with qtbot.waitSignal(context.window.controller.changed, timeout=5000):
        context.window.new_action.trigger()
    qtbot.waitUntil(lambda: editor.order is not None and editor.form.isEnabled(), timeout=5000)


def _budget_message(context: AppContext) -> QLabel:
    label = context.window.editor.form.findChild(QLabel, "message_budget")
    assert label is not None
    return label


def test_the_member_picks_one_of_the_budgets_and_it_is_saved(qtbot, start_app) -> None:
    context = _started(qtbot, start_app)
    editor = context.window.editor
    editor.set_budgets((PERSONAL, COLLECTIVE))
    _new_draft(qtbot, context)
    combo = editor.ui.budgetCombo
    assert not combo.isEditable()  # nothing to type that the server would refuse
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Persönliches Budget (B-10001-1)",
        "Kollektiv Lindenhof (B-10001-2)",
    ]
    assert combo.currentIndex() == -1  # two budgets: the member chooses
    assert editor.order.budget == ""

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Kollektiv Lindenhof (B-10001-2)"
    assert editor.order.budget == "B-10001-2"  # the order carries the id
    with qtbot.waitSignal(context.window.controller.saved, timeout=5000):
        qtbot.keySequence(context.window, "Ctrl+S")
    assert context.drafts.load(editor.order.id).budget == "B-10001-2"
    assert not _budget_message(context).isVisibleTo(editor.form)


def test_a_single_budget_is_preselected_and_saved(qtbot, start_app) -> None:
    context = _started(qtbot, start_app)
    editor = context.window.editor
    editor.set_budgets((PERSONAL,))
    with qtbot.waitSignal(context.window.controller.saved, timeout=5000):
        _new_draft(qtbot, context)  # the preselection is an edit: autosaved
    assert editor.ui.budgetCombo.currentText() == "Persönliches Budget (B-10001-1)"
    assert context.drafts.load(editor.order.id).budget == "B-10001-1"


def test_budgets_arriving_later_preselect_the_open_draft(qtbot, start_app) -> None:
    context = _started(qtbot, start_app)
    editor = context.window.editor
    _new_draft(qtbot, context)
    assert editor.ui.budgetCombo.isEditable()  # nothing known yet: free text as before
    editor.set_budgets((PERSONAL,))
    assert editor.order.budget == "B-10001-1"
    assert not editor.ui.budgetCombo.isEditable()


def test_an_old_free_text_budget_is_kept_and_flagged(qtbot, start_app) -> None:
    context = _started(qtbot, start_app)
    old = context.drafts.create(budget="Persönliches Budget").order
    context.window.close()  # a restart: the list then loads the old draft
    context.shutdown()
    context = _started(qtbot, start_app)
    editor = context.window.editor
    editor.set_budgets((PERSONAL, COLLECTIVE))
    context.window.page.select(old.id)
    qtbot.waitUntil(lambda: editor.order is not None and editor.order.id == old.id)

    combo = editor.ui.budgetCombo
    assert combo.currentText() == "Persönliches Budget (unbekannt)"
    assert editor.order.budget == "Persönliches Budget"  # kept as it was
    assert not editor.is_dirty
    message = _budget_message(context)
    assert message.isVisibleTo(editor.form)
    assert "gibt es in Ihrem Konto nicht" in message.text()
    assert any(p.code == "unknown_budget" for p in editor.problems)

    combo.setCurrentIndex(combo.findData("B-10001-1"))  # the member fixes it
    assert editor.order.budget == "B-10001-1"
    assert not message.isVisibleTo(editor.form)
    editor.undo_stack.undo()  # and changes their mind: the old value is back, flagged
    assert editor.order.budget == "Persönliches Budget"
    assert combo.currentText() == "Persönliches Budget (unbekannt)"
    assert message.isVisibleTo(editor.form)


def test_without_known_budgets_the_field_takes_text(qtbot, start_app) -> None:
    context = _started(qtbot, start_app)
    editor = context.window.editor
    _new_draft(qtbot, context)
    qtbot.keyClicks(editor.ui.budgetCombo, "B-7")
    assert editor.order.budget == "B-7"
    assert not any(p.code == "unknown_budget" for p in editor.problems)
    editor.set_budgets((PERSONAL, COLLECTIVE))  # now it can be checked
    assert editor.order.budget == "B-7"
    assert editor.ui.budgetCombo.currentText() == "B-7 (unbekannt)"
    assert any(p.code == "unknown_budget" for p in editor.problems)


def test_budgets_come_from_the_server_and_stay_after_a_restart(
    qtbot,  # type: ignore[no-untyped-def]
    start_app,  # type: ignore[no-untyped-def]
    live_server: LiveServer,  # noqa: F811
    memory_keyring,  # type: ignore[no-untyped-def]
) -> None:
    context = _started(qtbot, start_app)
    editor = context.window.editor
    assert editor.budget.budgets is None  # never logged in: nothing known
    menu = context.sync_menu
    assert menu is not None
    menu.services.account.login(live_server.url, "anna@example.org", PASSWORD)
    menu.sync.sync_now()
    anna = (Budget("B-1", "Persönliches Budget"),)
    qtbot.waitUntil(lambda: editor.budget.budgets == anna, timeout=10000)
    _new_draft(qtbot, context)
    assert editor.order.budget == "B-1"  # her only budget: preselected

    # Logging out forgets them in the editor too (not only in the cache).
    menu.logout_action.trigger()
    qtbot.waitUntil(lambda: editor.budget.budgets is None, timeout=10000)
    menu.services.account.login(live_server.url, "anna@example.org", PASSWORD)
    menu.sync.sync_now()
    qtbot.waitUntil(lambda: editor.budget.budgets == anna, timeout=10000)

    context.window.close()
    context.shutdown()
    # Without the session (as offline: no sync round, no GET /me) only the cache can tell.
    memory_keyring.secrets.clear()
    context = _started(qtbot, start_app)
    assert context.window.editor.budget.budgets == anna
    assert not context.sync_menu.services.account.state.logged_in
