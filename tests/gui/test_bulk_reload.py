"""Many orders changed at once (a first pull): the list is rebuilt off the GUI thread and
swapped in with one reset, not updated row by row; a few changes still update their rows."""

from __future__ import annotations

import gc
import uuid
from dataclasses import replace

from desktop_app.app import AppContext
from desktop_app.domain.status import OrderStatus
from desktop_app.gui.drafts_controller import BULK_RELOAD
from desktop_app.services.changes import Changes
from tests.unit.storage_fixtures import sample_order


class _ModelEvents:
    def __init__(self, context: AppContext) -> None:
        model = context.window.page.model
        self.resets = self.inserts = 0
        model.modelReset.connect(self._reset)
        model.rowsInserted.connect(self._insert)

    def _reset(self) -> None:
        self.resets += 1

    def _insert(self, *_args: object) -> None:
        self.inserts += 1


def _shown_draft(qtbot, context: AppContext) -> uuid.UUID:  # type: ignore[no-untyped-def]
    draft = sample_order(attachments=())
    context.drafts.save(draft)
    context.window.controller.load_all()
    qtbot.waitUntil(lambda: context.window.page.model.total == 1, timeout=5000)
    context.window.page.select(draft.id)
    editor = context.window.editor
    qtbot.waitUntil(lambda: editor.order is not None and editor.order.id == draft.id)
    return draft.id


def _pulled(context: AppContext, shown: uuid.UUID, count: int) -> Changes:
    """What a pull does to the profile: the shown draft was submitted, ``count`` new orders."""
    store = context.store
    submitted = store.get(shown)
    assert submitted is not None
    store.save(replace(submitted, status=OrderStatus.SMART_REVIEW))
    new = [sample_order(status=OrderStatus.ACTIVE, attachments=()) for _ in range(count)]
    store.save_many(new)
    return Changes(orders_saved=frozenset({shown, *(o.id for o in new)}))


def test_a_large_change_set_reloads_the_list_at_once(qtbot, start_app) -> None:  # type: ignore[no-untyped-def]
    context = start_app()
    shown = _shown_draft(qtbot, context)
    changes = _pulled(context, shown, BULK_RELOAD + 10)
    events = _ModelEvents(context)
    controller = context.window.controller
    with qtbot.waitSignal(controller.loaded, timeout=5000) as loaded:
        controller.reload(changes)
    assert loaded.args == [BULK_RELOAD + 11]
    assert context.window.page.model.total == BULK_RELOAD + 11
    assert (events.resets, events.inserts) == (1, 0)
    editor = context.window.editor
    qtbot.waitUntil(
        lambda: editor.order is not None and editor.order.status is OrderStatus.SMART_REVIEW,
        timeout=5000,
    )
    assert context.window.page.current_order_id() == shown  # the selection survives
    assert context.window.count_label.text() == f"{BULK_RELOAD + 11} Aufträge"


def test_a_few_changes_update_their_rows(qtbot, start_app) -> None:  # type: ignore[no-untyped-def]
    context = start_app()
    shown = _shown_draft(qtbot, context)
    changes = _pulled(context, shown, 3)
    events = _ModelEvents(context)
    context.window.controller.reload(changes)
    qtbot.waitUntil(lambda: context.window.page.model.total == 4, timeout=5000)
    qtbot.waitUntil(lambda: context.ops.pending == 0, timeout=5000)
    assert (events.resets, events.inserts) == (0, 3)
    editor = context.window.editor
    assert editor.order is not None and editor.order.status is OrderStatus.SMART_REVIEW


def test_the_settled_app_is_out_of_the_garbage_collectors_full_passes(
    qtbot,  # type: ignore[no-untyped-def]
    start_app,  # type: ignore[no-untyped-def]
) -> None:
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    context = start_app()  # returns once the whole list is loaded
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    assert context.window.isVisible()
