"""The order list: search field, status filter and the table."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.status import OrderStatus
from ..domain.summary import OrderSummary
from .i18n import status_text
from .order_table_model import (
    COL_CLIENT,
    COL_DATE,
    COL_NET,
    COL_STATUS,
    COL_TITLE,
    OrderTableModel,
    PreparedRows,
)


class OrderListPage(QWidget):
    order_selected = Signal(object)  # uuid.UUID | None

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OrderTableModel(today, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Suchen: Kund*in, Titel, Betrag … (Strg+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Aufträge durchsuchen"))
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Nach Status filtern"))
        self.table = QTableView(self)
        self.table.setObjectName("orderTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(26)
        rows.hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(COL_STATUS, 150)
        header.resizeSection(COL_CLIENT, 170)
        header.resizeSection(COL_TITLE, 180)
        header.resizeSection(COL_NET, 100)
        header.resizeSection(COL_DATE, 120)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

        self._search_delay = QTimer(self)
        self._search_delay.setSingleShot(True)
        self._search_delay.setInterval(150)
        self._search_delay.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_delay.start())
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._refresh_filter_counts)
        self.model.rowsInserted.connect(self._refresh_filter_counts)
        self.model.rowsRemoved.connect(self._refresh_filter_counts)
        self._refresh_filter_counts()

    # -- content ------------------------------------------------------------------------
    def set_rows(self, rows: PreparedRows) -> None:
        selected = self.current_order_id()
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected, notify=False)

    def upsert(self, summary: OrderSummary) -> None:
        selected = self.current_order_id()
        self.model.upsert(summary)
        if selected is not None:
            self.select(selected, notify=False)

    def remove(self, order_id: uuid.UUID) -> None:
        self.model.remove(order_id)

    def current_order_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.order_id(index.row()) if index.isValid() else None

    def select(self, order_id: uuid.UUID, notify: bool = True) -> bool:
        row = self.model.row_of(order_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        if not notify:
            selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- slots --------------------------------------------------------------------------
    def _apply_search(self) -> None:
        self.model.set_text_filter(self.search.text())

    def _on_status_filter_changed(self, _index: int) -> None:
        value = self.status_filter.currentData()
        self.model.set_status_filter(OrderStatus(value) if value else None)

    def _on_current_row_changed(self, current, _previous) -> None:
        self.order_selected.emit(self.model.order_id(current.row()) if current.isValid() else None)

    def _refresh_filter_counts(self) -> None:
        counts = self.model.counts_by_status()
        chosen = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(
            self.tr("Alle Status (%1)").replace("%1", str(self.model.total)), None
        )
        for status in OrderStatus:
            self.status_filter.addItem(f"{status_text(status)} ({counts[status]})", status.value)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(chosen), 0))
        self.status_filter.blockSignals(False)
