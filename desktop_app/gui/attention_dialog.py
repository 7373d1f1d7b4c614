"""Commands the server refused for good, with its reason: send again or discard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.commands import Command
from .sync_texts import command_error_text, command_kind_text


class AttentionDialog(QDialog):
    retry_requested = Signal(str)  # op id
    discard_requested = Signal(str)  # op id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionDialog")
        self.setWindowTitle(self.tr("Abgelehnte Übertragungen"))
        self.resize(720, 320)
        self._commands: list[Command] = []
        intro = QLabel(
            self.tr(
                "Smart hat diese Aktionen nicht angenommen. Ein abgelehnter Auftrag ist wieder "
                "ein Entwurf: korrigieren Sie ihn und senden Sie erneut."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("attentionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Aktion"), self.tr("Auftrag"), self.tr("Grund")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.retry_button = QPushButton(self.tr("Erneut &senden"), self)
        self.discard_button = QPushButton(self.tr("&Verwerfen"), self)
        self.retry_button.clicked.connect(lambda: self._emit(self.retry_requested))
        self.discard_button.clicked.connect(lambda: self._emit(self.discard_requested))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_commands(self, commands: list[Command], titles: dict[str, str]) -> None:
        self._commands = commands
        self.table.setRowCount(len(commands))
        for row, command in enumerate(commands):
            cells = (
                command_kind_text(command.kind.value),
                titles.get(command.order_id) or self.tr("(ohne Titel)"),
                command_error_text(command.error_code, command.error_message),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, command.op_id)
                self.table.setItem(row, column, item)
        if commands:
            self.table.selectRow(0)
        self._update_buttons()

    def _selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._commands[rows[0].row()].op_id if rows else None

    def _emit(self, signal: SignalInstance) -> None:
        op_id = self._selected()
        if op_id is not None:
            signal.emit(op_id)

    def _update_buttons(self) -> None:
        selected = self._selected() is not None
        self.retry_button.setEnabled(selected)
        self.discard_button.setEnabled(selected)
