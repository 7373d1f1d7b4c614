"""Bearbeiten → Einstellungen (Ctrl+,): opens the dialog and applies what changed at once
(the language from the next start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ..platform.settings import Settings
from ..services.account import AccountService
from . import icons
from .draft_editor import DraftEditor
from .ops import OpsRunner
from .settings_dialog import SettingsDialog
from .sync_controller import SyncController


class SettingsAction(QObject):
    applied = Signal(object)  # Settings, after saving (e.g. the appearance follows it)

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        settings_file: Path,
        account: AccountService,
        editor: DraftEditor,
        sync: SyncController,
        ops: OpsRunner,
    ) -> None:
        super().__init__(window)
        self.settings = settings
        self._window = window
        self._file = settings_file
        self._account = account
        self._editor = editor
        self._sync = sync
        self._ops = ops
        self.action = QAction(self.tr("&Einstellungen …"), window)
        self.action.setObjectName("settingsAction")
        self.action.setShortcuts(
            [
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences),
                QKeySequence("Ctrl+,"),
            ]
        )
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.setIcon(icons.icon("settings"))
        self.action.triggered.connect(self.open)
        window.addAction(self.action)
        edit_menu = window.menuBar().findChild(QMenu, "editMenu")
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.action)
        self.dialog: SettingsDialog | None = None

    def open(self) -> None:
        self.dialog = SettingsDialog(
            self.settings, self._account.state, self._file, self._ops, self._window
        )
        self.dialog.saved.connect(self._apply)
        self.dialog.open()

    def _apply(self, settings: Settings) -> None:
        self.settings = settings
        self._editor.configure(settings.contribution, settings.autosave_seconds * 1000)
        self._sync.set_interval(settings.sync_minutes)
        self.applied.emit(settings)
