"""Übersicht (deadline cockpit): what needs the member now and soon, most urgent first.
Double-click or Enter on an entry opens its order (invoice entries too: the order shows its
invoices and timeline; the Rechnungen page is one shortcut away)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.deadlines import Deadline
from .cockpit_model import CockpitModel


class CockpitPage(QWidget):
    order_requested = Signal(object)  # uuid.UUID: show this order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cockpitPage")
        self.model = CockpitModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("cockpitTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # activated: a double-click, or Enter/Return on the current row
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.empty = QLabel(self.tr("Nichts zu tun."), self)
        self.empty.setObjectName("cockpitEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("Auftrag ö&ffnen"), self)
        self.open_button.clicked.connect(self._open_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self._update()

    def title(self) -> str:
        return self.tr("Übersicht")

    def set_items(self, items: list[Deadline]) -> None:
        selected = self.selected()
        self.model.set_items(items)
        if selected is not None:
            for number, item in enumerate(items):
                if (item.kind, item.order_id) == (selected.kind, selected.order_id):
                    self.table.selectRow(number)
                    break
        self._update()

    def selected(self) -> Deadline | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _update(self) -> None:
        has_items = self.model.rowCount() > 0
        self.table.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self.open_button.setEnabled(self.selected() is not None)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(rows[0].row())

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.model.items):
            self.order_requested.emit(uuid.UUID(self.model.items[row].order_id))
