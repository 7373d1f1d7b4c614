"""Feeds the Übersicht: recomputes the deadlines off the GUI thread after every change the
sync or an action brings, and arms one single-shot timer for the next moment the list
changes by time alone (next_due, in the server's time)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from ..services.changes import Changes
from ..services.cockpit import Cockpit
from ..services.composition import Services
from .cockpit_page import CockpitPage
from .ops import OpsRunner

# A timer counts elapsed time: after a suspend or a wall-clock jump its due moment is off.
# Capping the wait makes the list re-check itself soon after either; coming back to the
# app (a resume usually ends that way) re-checks at once.
MAX_WAIT_MS = 15 * 60 * 1000
MARGIN_MS = 1000  # land just after the boundary, not a hair before it


class CockpitController(QObject):
    def __init__(self, services: Services, ops: OpsRunner, page: CockpitPage) -> None:
        super().__init__(page)
        self._services = services
        self._ops = ops
        self._page = page
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.reload)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state_changed)

    def reload(self, _changes: Changes | None = None) -> None:
        self._ops.run_db(self._services.cockpit.cockpit, self._show, self._failed)

    def _show(self, cockpit: Cockpit) -> None:
        self._page.set_items(list(cockpit.items))
        self.timer.stop()
        if cockpit.next_due is not None:
            wait = (cockpit.next_due - cockpit.now).total_seconds() * 1000 + MARGIN_MS
            self.timer.start(int(min(max(wait, 0), MAX_WAIT_MS)))
        else:
            self.timer.start(MAX_WAIT_MS)

    def _failed(self, _exc: Exception) -> None:
        self.timer.start(MAX_WAIT_MS)  # logged by the runner; try again later

    def _on_app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.reload()
