"""Connects the list and the editor to the DraftService through the ops runner.

Every service call runs off the GUI thread; every write's Changes value is broadcast on
``changed`` so each view updates what it shows.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.attachments import AttachmentError
from ..domain.errors import NotEditableError
from ..domain.order import Order
from ..domain.summary import OrderSummary, summarize
from ..services.changes import Changes
from ..services.drafts import DraftService, OrderNotFoundError, SavedOrder
from .draft_editor import DraftEditor
from .ops import OpsRunner
from .order_list_page import OrderListPage
from .order_table_model import PreparedRows, prepare_rows

log = logging.getLogger(__name__)

# More changed orders than this and the list is rebuilt as a whole (see ``reload``).
BULK_RELOAD = 50
# The list row follows the editor this soon after an edit, long before the autosave.
ROW_FOLLOWS_MS = 250


class DraftsController(QObject):
    changed = Signal(object)  # Changes
    first_page_shown = Signal()  # the start of the list is on screen
    loaded = Signal(int)  # number of orders once the whole list is loaded
    saved = Signal(object)  # Order as stored
    message = Signal(str)  # for the status bar
    error = Signal(str)  # for a message box

    def __init__(
        self,
        drafts: DraftService,
        ops: OpsRunner,
        page: OrderListPage,
        editor: DraftEditor,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._drafts = drafts
        self._ops = ops
        self._page = page
        self._editor = editor
        self._loading_id: uuid.UUID | None = None
        page.order_selected.connect(self._on_page_order_selected)
        editor.save_requested.connect(self.save)
        # The row of the draft being edited shows what is typed (client, title, amount)
        # at once, not only after the autosave: no I/O, the editor's snapshot is summarised.
        self._row_follows = QTimer(self)
        self._row_follows.setSingleShot(True)
        self._row_follows.setInterval(ROW_FOLLOWS_MS)
        self._row_follows.timeout.connect(self._on_row_follows_timeout)
        editor.dirty_changed.connect(self._on_editor_dirty_changed)
        editor.attach_requested.connect(self._on_editor_attach_requested)
        self.changed.connect(self._on_changed)

    # -- commands -----------------------------------------------------------------------
    def load_all(self, prefetched: Callable[[], list[OrderSummary] | None] | None = None) -> None:
        """Show the first screenful at once, then the whole list (built off the GUI thread).

        ``prefetched`` may supply the first page read while the app was starting.
        """
        today = self._drafts.today()

        def first_summaries() -> list[OrderSummary]:
            early = prefetched() if prefetched is not None else None
            return early if early is not None else self._drafts.first_page()

        def first_page(rows: PreparedRows) -> None:
            # On a reload the full list already shown stays until the new one is ready.
            if self._page.model.total == 0:
                self._page.set_rows(rows)
            self.first_page_shown.emit()

        self._ops.run_db(
            lambda: prepare_rows(first_summaries(), today),
            first_page,
            self._on_failure,
        )
        self._ops.run_db(
            lambda: prepare_rows(self._drafts.summaries(), today),
            self._on_everything_loaded,
            self._on_failure,
        )

    def new_draft(self) -> None:
        self._editor.save_now()
        self._ops.run_db(self._drafts.create, self._on_created, self._on_failure)

    def save(self, order: Order) -> None:
        self._ops.run_db(lambda: self._drafts.save(order), self._on_saved, self._on_failure)

    def duplicate(self, order_id: uuid.UUID) -> None:
        self._editor.save_now()
        self._ops.run_db(
            lambda: self._drafts.duplicate(order_id), self._on_created, self._on_failure
        )

    def delete(self, order_id: uuid.UUID) -> None:
        if self._editor.order is not None and self._editor.order.id == order_id:
            self._editor.set_order(None)
        self._ops.run_db(lambda: self._drafts.delete(order_id), self.changed.emit, self._on_failure)

    def reload(self, changes: Changes) -> None:
        """Orders changed elsewhere (sync, submit): refresh their rows, and the editor when
        it shows one of them and holds no unsaved edits.

        A large change set (a first pull, a long time offline) rebuilds the whole list on
        the database thread and swaps it in at once: a row update per order would post
        thousands of results to the GUI thread, each scanning the list (measured: a 22 s
        stall for 10,000 orders, benchmarks/README.md).
        """
        if len(changes.orders_saved) > BULK_RELOAD:
            self._reload_everything(changes)
            return
        for order_id in changes.orders_saved:
            self._ops.run_db(
                partial(self._drafts.load, order_id), self._on_reloaded, self._on_reload_failure
            )
        for order_id in changes.orders_deleted:
            self._page.remove(order_id)

    def _reload_everything(self, changes: Changes) -> None:
        today = self._drafts.today()
        self._ops.run_db(
            lambda: prepare_rows(self._drafts.summaries(), today),
            self._on_everything_loaded,
            self._on_failure,
        )
        current = self._editor.order
        if current is not None and current.id in changes.orders_saved:
            self._ops.run_db(
                partial(self._drafts.load, current.id),
                self._on_reloaded_in_editor,
                self._on_reload_failure,
            )

    def _on_everything_loaded(self, rows: PreparedRows) -> None:
        self._page.set_rows(rows)
        self.loaded.emit(len(rows.rows))

    def _on_reloaded(self, order: Order) -> None:
        self._page.upsert(summarize(order))
        self._on_reloaded_in_editor(order)

    def _on_reloaded_in_editor(self, order: Order) -> None:
        current = self._editor.order
        if current is not None and current.id == order.id and not self._editor.is_dirty:
            self._editor.set_order(order)

    def _on_reload_failure(self, exc: Exception) -> None:
        if not isinstance(exc, OrderNotFoundError):
            self._on_failure(exc)

    def flush(self) -> bool:
        """Save pending edits and wait for every queued write (on quit): nothing is lost."""
        self._editor.save_now()
        return self._ops.wait_for_done()

    # -- results ------------------------------------------------------------------------
    def _on_created(self, result: SavedOrder) -> None:
        self._editor.set_order(result.order)
        self.changed.emit(result.changes)
        self._page.select(result.order.id, notify=False)
        self._editor.ui.orderDescriptionEdit.setFocus()

    def _on_saved(self, result: SavedOrder) -> None:
        self._editor.mark_saved(result.order)
        self.changed.emit(result.changes)
        self.saved.emit(result.order)
        self.message.emit(self.tr("Entwurf gespeichert."))

    def _on_changed(self, changes: Changes) -> None:
        for order_id in changes.orders_deleted:
            self._page.remove(order_id)
        for order_id in changes.orders_saved:
            current = self._editor.order
            if current is not None and current.id == order_id:
                self._page.upsert(summarize(current))
            else:
                self._ops.run_db(
                    partial(self._load_summary, order_id), self._on_summary_loaded, self._on_failure
                )

    def _on_editor_dirty_changed(self, dirty: bool) -> None:
        if dirty:
            self._row_follows.start()

    def _on_row_follows_timeout(self) -> None:
        current = self._editor.order
        if current is not None and current.is_editable and self._editor.is_dirty:
            self._page.upsert(summarize(current))

    def _load_summary(self, order_id: uuid.UUID) -> OrderSummary | None:
        try:
            return summarize(self._drafts.load(order_id))
        except OrderNotFoundError:  # deleted meanwhile: nothing to show
            return None

    def _on_summary_loaded(self, summary: OrderSummary | None) -> None:
        if summary is not None:
            self._page.upsert(summary)

    def _on_page_order_selected(self, order_id: uuid.UUID | None) -> None:
        self._loading_id = order_id  # whatever is still loading is no longer wanted
        current = self._editor.order
        if current is not None and current.id == order_id:
            return
        self._editor.save_now()
        if order_id is None:
            self._editor.set_order(None)
            return

        def show(order: Order) -> None:
            if self._loading_id != order.id:  # the person has moved on meanwhile
                return
            self._editor.save_now()  # edits made while this order was loading
            self._editor.set_order(order)

        self._ops.run_db(lambda: self._drafts.load(order_id), show, self._on_failure)

    def _on_editor_attach_requested(self, path: Path, proof: bool) -> None:
        self._ops.run_db(
            lambda: self._drafts.import_attachment(path, is_confirmation_proof=proof),
            self._editor.add_attachment,
            self._on_failure,
        )

    def _on_failure(self, exc: Exception) -> None:
        if isinstance(exc, AttachmentError):
            texts = {
                "attachment_type": self.tr(
                    "Nur PDF-, JPEG- und PNG-Dateien können angehängt werden."
                ),
                "attachment_too_large": self.tr("Die Datei ist größer als 25 MB."),
                "attachment_unreadable": self.tr("Die Datei konnte nicht gelesen werden."),
            }
            self.error.emit(texts.get(exc.code, str(exc)))
        elif isinstance(exc, NotEditableError):
            self.error.emit(self.tr("Nur Entwürfe können geändert oder gelöscht werden."))
        else:
            log.error("operation failed: %r", exc)
            self.error.emit(self.tr("Das hat nicht geklappt: %1").replace("%1", str(exc)))
