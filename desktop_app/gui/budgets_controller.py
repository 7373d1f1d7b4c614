"""Keeps the editor's Budget field in step with the member's budgets: the cached ones at
start (offline too), the server's after the first successful sync of each login."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from ..domain.budgets import Budget
from ..services.budgets import BudgetDirectory
from ..services.sync import Outcome
from .draft_editor import DraftEditor
from .ops import OpsRunner
from .sync_controller import SyncController, SyncStatus

log = logging.getLogger(__name__)


class BudgetsController(QObject):
    def __init__(
        self,
        budgets: BudgetDirectory,
        ops: OpsRunner,
        editor: DraftEditor,
        sync: SyncController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or editor)
        self._budgets = budgets
        self._ops = ops
        self._editor = editor
        self._fresh_for = ""  # the account whose budgets were fetched in this session
        self.cache_read = False  # the cached budgets were read (and shown unless stale)
        sync.status_changed.connect(self._on_sync_status_changed)

    def load_cached(self) -> None:
        self._ops.run_db(self._budgets.cached, self._on_cached, self._on_failed)

    def refresh(self) -> None:
        self._ops.run_net(self._budgets.refresh, self._show, self._on_failed)

    def _on_sync_status_changed(self, status: SyncStatus) -> None:
        account = self._budgets.account
        if not status.logged_in and self._fresh_for:
            # Logged out: the cache is cleared, and the editor must not go on offering (or
            # flagging against) the old account's budgets.
            self._fresh_for = ""
            self._editor.set_budgets(None)
            return
        if not status.logged_in or status.running or status.outcome != Outcome.OK:
            return
        if account and account != self._fresh_for:  # once per account and session
            self._fresh_for = account
            self.refresh()

    def _on_cached(self, budgets: tuple[Budget, ...] | None) -> None:
        self.cache_read = True
        if not self._fresh_for:  # the server's answer, when already there, is newer
            self._editor.set_budgets(budgets)

    def _show(self, budgets: tuple[Budget, ...]) -> None:
        self._editor.set_budgets(budgets)

    def _on_failed(self, exc: Exception) -> None:
        # The cached budgets stay; the next successful sync round asks again.
        log.warning("budgets not refreshed: %r", exc)
        self._fresh_for = ""
