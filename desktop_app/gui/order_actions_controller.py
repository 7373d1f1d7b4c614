"""Order actions after drafting: submit (with the pre-submit check), comment, request a
cancellation, and the list of refused commands. Each writes the outbox off the GUI thread
and asks the sync controller to send soon."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..domain.commands import MIN_CANCELLATION_REASON, Command
from ..domain.errors import ReadOnlyError
from ..domain.order import Order
from ..domain.validation import Problem
from ..services.changes import Changes
from ..services.composition import Services
from ..services.order_actions import ActionRefusedError, Queued, SubmitBlockedError
from .attention_dialog import AttentionDialog
from .ops import OpsRunner
from .submit_dialog import SubmitDialog
from .sync_controller import SyncController
from .text_request_dialog import TextRequestDialog

log = logging.getLogger(__name__)


class OrderActionsController(QObject):
    changed = Signal(object)  # Changes
    field_requested = Signal(str)  # the editor should show this field
    message = Signal(str)
    error = Signal(str)

    def __init__(
        self,
        services: Services,
        ops: OpsRunner,
        sync: SyncController,
        window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._ops = ops
        self._sync = sync
        self._window = window
        self.attention: AttentionDialog | None = None

    def submit(self, order: Order) -> None:
        """Check the order, show every error and warning, then queue it if confirmed."""
        self._ops.run_db(
            lambda: self._services.actions.check(order),
            lambda problems: self._confirm_submit(order.id, problems),
            self._on_failure,
        )

    def _confirm_submit(self, order_id: uuid.UUID, problems: list[Problem]) -> None:
        dialog = SubmitDialog(problems, self._window)
        dialog.field_requested.connect(self.field_requested)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._ops.run_db(
            lambda: self._services.actions.submit(order_id),
            lambda queued: self._queued(queued, self.tr("Auftrag wird an Smart gesendet.")),
            self._on_failure,
        )

    def comment(self, order_id: uuid.UUID) -> None:
        dialog = TextRequestDialog(
            self.tr("Kommentar an Smart"),
            self.tr(
                "Der Kommentar erscheint im Verlauf des Auftrags. Smart wird über neue "
                "Kommentare nicht benachrichtigt – Dringendes bitte per E-Mail an "
                "members@smartde.coop."
            ),
            self.tr("Kommentar &senden"),
            parent=self._window,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text = dialog.text
            self._ops.run_db(
                lambda: self._services.actions.comment(order_id, text),
                lambda queued: self._queued(queued, self.tr("Kommentar wird gesendet.")),
                self._on_failure,
            )

    def request_cancellation(self, order_id: uuid.UUID) -> None:
        dialog = TextRequestDialog(
            self.tr("Stornierung beantragen"),
            self.tr(
                "Ein aktiver Auftrag kann nur mit ausführlicher Begründung storniert werden "
                "(mindestens %1 Zeichen). Smart prüft den Antrag und storniert geplante oder "
                "bereits gestellte Rechnungen, wo nötig."
            ).replace("%1", str(MIN_CANCELLATION_REASON)),
            self.tr("Stornierung &beantragen"),
            MIN_CANCELLATION_REASON,
            self._window,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reason = dialog.text
            self._ops.run_db(
                lambda: self._services.actions.request_cancellation(order_id, reason),
                lambda queued: self._queued(queued, self.tr("Stornierung wird beantragt.")),
                self._on_failure,
            )

    def show_attention(self) -> None:
        if self.attention is None:
            self.attention = AttentionDialog(self._window)
            self.attention.retry_requested.connect(self._on_retry)
            self.attention.discard_requested.connect(self._on_discard)
        self._reload_attention()
        self.attention.show()
        self.attention.raise_()

    def _reload_attention(self) -> None:
        def read() -> tuple[list[Command], dict[str, str]]:
            commands = self._services.actions.needing_attention()
            titles = {}
            for command in commands:
                order = self._services.store.get(uuid.UUID(command.order_id))
                titles[command.order_id] = order.title if order is not None else ""
            return commands, titles

        def show(result: tuple[list[Command], dict[str, str]]) -> None:
            if self.attention is not None:
                self.attention.set_commands(*result)

        self._ops.run_db(read, show, self._on_failure)

    def _on_retry(self, op_id: str) -> None:
        def done(queued: Queued) -> None:
            self._queued(queued, self.tr("Wird erneut gesendet."))
            self._reload_attention()

        self._ops.run_db(lambda: self._services.actions.retry(op_id), done, self._on_failure)

    def _on_discard(self, op_id: str) -> None:
        def done(changes: Changes) -> None:
            self.changed.emit(changes)
            self._sync.refresh()
            self._reload_attention()

        self._ops.run_db(lambda: self._services.actions.discard(op_id), done, self._on_failure)

    def run(self, command: Callable[[], Queued], done_text: str) -> None:
        """Queue a command off the GUI thread, then let the views and the sync know."""
        self._ops.run_db(command, lambda queued: self._queued(queued, done_text), self.fail)

    def fail(self, exc: Exception) -> None:
        self._on_failure(exc)

    def _queued(self, queued: Queued, text: str) -> None:
        self.changed.emit(queued.changes)
        self.message.emit(text)
        self._sync.refresh()
        self._sync.sync_soon()

    def _on_failure(self, exc: Exception) -> None:
        if isinstance(exc, SubmitBlockedError):
            self.error.emit(self.tr("Der Auftrag hat noch Fehler und wurde nicht gesendet."))
        elif isinstance(exc, ReadOnlyError):
            self.error.emit(self.tr("Nur-Lesen: in der Inspektion kann nichts geändert werden."))
        elif isinstance(exc, ActionRefusedError):
            self.error.emit(
                self.tr("Im aktuellen Status nicht möglich (%1).").replace("%1", exc.code)
            )
        else:
            log.error("order action failed: %r", exc)
            self.error.emit(self.tr("Das hat nicht geklappt: %1").replace("%1", str(exc)))
