"""Hilfe → Diagnosepaket erstellen …: asks where to save, builds the zip off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from .. import __version__
from ..platform.paths import AppPaths
from ..services.diagnostics import create_bundle
from .ops import OpsRunner

log = logging.getLogger(__name__)


class DiagnosticsAction(QObject):
    def __init__(
        self,
        window: QMainWindow,
        paths: AppPaths,
        ops: OpsRunner,
        show_error: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._paths = paths
        self._ops = ops
        self._show_error = show_error
        self.busy = False
        self.action = QAction(self.tr("&Diagnosepaket erstellen …"), window)
        self.action.setObjectName("diagnosticsAction")
        self.action.triggered.connect(self.create)
        help_menu = window.menuBar().findChild(QMenu, "helpMenu")
        if help_menu is not None:
            existing = help_menu.actions()
            if existing:  # first, above "Über …"
                help_menu.insertAction(existing[0], self.action)
                help_menu.insertSeparator(existing[0])
            else:
                help_menu.addAction(self.action)

    def default_target(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        return Path.home() / f"smart-orders-diagnose-{stamp}.zip"

    def create(self) -> None:
        if self.busy:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Diagnosepaket speichern"),
            str(self.default_target()),
            self.tr("ZIP-Archive (*.zip)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        self.busy = True
        self.action.setEnabled(False)
        self._window.statusBar().showMessage(self.tr("Diagnosepaket wird erstellt …"))
        paths, version, qt = self._paths, __version__, qVersion()
        self._ops.run_db(
            lambda: create_bundle(paths, target, version, qt), self._on_done, self._on_failed
        )

    def _on_done(self, path: Path) -> None:
        self._finish()
        text = self.tr("Diagnosepaket gespeichert: %1").replace("%1", str(path))
        self._window.statusBar().showMessage(text, 10000)

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        self._window.statusBar().clearMessage()
        log.error("diagnostics bundle failed: %r", exc)
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self._show_error(
            self.tr("Das Diagnosepaket konnte nicht erstellt werden:\n%1").replace("%1", detail)
        )

    def _finish(self) -> None:
        self.busy = False
        self.action.setEnabled(True)
