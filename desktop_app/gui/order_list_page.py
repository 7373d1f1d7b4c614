"""The order list: search field, status filter and the table."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import format_cents
from ..domain.summary import OrderSummary
from .column_widths import elide_titles, fit_column, status_labels, stretch
from .i18n import language
from .order_table_model import (
    COL_CLIENT,
    COL_DATE,
    COL_NET,
    COL_STATUS,
    COL_TITLE,
    OrderTableModel,
    PreparedRows,
)
from .problem_texts import format_date
from .status_chips import StatusChips


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
        self.status_chips = StatusChips(self)
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
        # Defaults (a saved layout is restored over them, main_window.py): the status and
        # the figures as wide as their longest text; client and title share the rest.
        fit_column(self.table, header, COL_STATUS, status_labels())
        fit_column(self.table, header, COL_NET, [format_cents(99_999_999, "EUR", language())])
        fit_column(self.table, header, COL_DATE, [format_date(date(2026, 12, 28))])
        stretch(header, (COL_CLIENT, COL_TITLE))
        elide_titles(header)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        # The chips wrap onto more lines on a narrow list (status_chips.py): never clipped.
        layout.addWidget(self.status_chips)
        layout.addWidget(self.table, 1)

        self._search_delay = QTimer(self)
        self._search_delay.setSingleShot(True)
        self._search_delay.setInterval(150)
        self._search_delay.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_delay.start())
        self.status_chips.chosen.connect(self.model.set_status_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.counts_changed.connect(self._refresh_filter_counts)
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

    def show_everything(self) -> None:
        """No search, no status filter: every order is in the list."""
        self.search.clear()
        self._apply_search()
        self.status_chips.buttons[None].setChecked(True)
        self.model.set_status_filter(None)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- slots --------------------------------------------------------------------------
    def _apply_search(self) -> None:
        self.model.set_text_filter(self.search.text())

    def _on_current_row_changed(self, current, _previous) -> None:
        self.order_selected.emit(self.model.order_id(current.row()) if current.isValid() else None)

    def _refresh_filter_counts(self) -> None:
        self.status_chips.set_counts(self.model.counts_by_status(), self.model.total)
