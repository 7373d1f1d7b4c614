"""The status bar's sync corner: online/offline, waiting and refused commands, last sync,
a busy bar while a round runs and a button to cancel it."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from ..services.sync import Outcome
from .sync_controller import SyncStatus
from .sync_texts import outcome_text


class SyncStatusWidget(QWidget):
    cancel_requested = Signal()
    attention_requested = Signal()
    login_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("syncStateLabel")
        self.state_label.linkActivated.connect(self._on_link)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the number of pages is not known up front
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Synchronisation läuft"))
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Abbrechen"))
        self.cancel_button.setAccessibleName(self.tr("Synchronisation abbrechen"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.state_label)
        self.show_status(SyncStatus())

    def show_status(self, status: SyncStatus) -> None:
        self.progress.setVisible(status.running)
        self.cancel_button.setVisible(status.running)
        self.state_label.setText(self.describe(status))
        self.state_label.setToolTip(status.detail)

    def describe(self, status: SyncStatus) -> str:
        if not status.logged_in and status.outcome != Outcome.LOGIN_REQUIRED:
            parts = [self.tr("Nicht angemeldet – <a href='login'>Anmelden …</a>")]
        elif status.outcome == Outcome.LOGIN_REQUIRED:
            parts = [self.tr("Anmeldung abgelaufen – <a href='login'>erneut anmelden …</a>")]
        elif status.running:
            parts = [self.tr("Synchronisiere … %1 Änderungen").replace("%1", str(status.events))]
        else:
            parts = [outcome_text(status.outcome)]
        if status.pending:
            parts.append(self.tr("%1 warten auf Übertragung").replace("%1", str(status.pending)))
        if status.failed:
            parts.append(
                self.tr("<a href='attention'>%1 abgelehnt</a>").replace("%1", str(status.failed))
            )
        if status.last_success is not None and not status.running:
            moment = QDateTime.fromSecsSinceEpoch(int(status.last_success.timestamp()))
            parts.append(
                self.tr("zuletzt %1").replace("%1", moment.toLocalTime().toString("dd.MM. HH:mm"))
            )
        return " · ".join(parts)

    def _on_link(self, link: str) -> None:
        if link == "login":
            self.login_requested.emit()
        elif link == "attention":
            self.attention_requested.emit()
