"""The order's "Rechnungen" tab beside "Verlauf": the invoices of the order shown in the
editor, as on the Rechnungen page; a double click reviews one there."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from ..services.changes import Changes
from ..services.invoices import InvoiceQueries, InvoiceRow
from .draft_editor import DraftEditor
from .invoice_page import InvoicePage
from .invoice_table_model import InvoiceTableModel
from .ops import OpsRunner

_ORDER_COLUMNS = (2, 3)  # order title and client: the tab belongs to one order


class OrderInvoicesTab(QObject):
    invoice_requested = Signal(str)  # invoice id: review it on the Rechnungen page

    def __init__(
        self, tabs: QTabWidget, editor: DraftEditor, invoices: InvoiceQueries, ops: OpsRunner
    ) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._editor = editor
        self._invoices = invoices
        self._ops = ops
        self._shown: uuid.UUID | None = None
        self.widget = QWidget()
        self.widget.setObjectName("orderInvoicesTab")
        self.model = InvoiceTableModel(self)
        self.view = QTableView(self.widget)
        self.view.setObjectName("orderInvoiceTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for column in _ORDER_COLUMNS:
            self.view.setColumnHidden(column, True)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.empty_label = QLabel(self.tr("Zu diesem Auftrag gibt es noch keine Rechnung."))
        self.empty_label.setWordWrap(True)
        hint = QLabel(self.tr("Doppelklick: die Rechnung mit dem Auftrag vergleichen."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self.widget)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_label)
        layout.addWidget(hint)
        tabs.addTab(self.widget, self.tr("&Rechnungen"))
        tabs.currentChanged.connect(lambda _i: self.refresh())
        editor.order_shown.connect(lambda _o: self.refresh())

    def order_changed(self, changes: Changes | None = None) -> None:
        current = self._editor.order
        if changes is None or (current is not None and current.id in changes.orders_saved):
            self.refresh()

    def refresh(self) -> None:
        order = self._editor.order
        self._shown = order.id if order is not None else None
        if order is None or self._tabs.currentWidget() is not self.widget:
            return
        order_id = order.id
        self._ops.run_db(
            lambda: self._invoices.rows(order_id), lambda rows: self._show(order_id, rows)
        )

    def _show(self, order_id: uuid.UUID, rows: list[InvoiceRow]) -> None:
        if self._shown != order_id:
            return  # another order was selected meanwhile
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.invoice_requested.emit(self.model.rows[index.row()].invoice.id)


def attach_order_invoices(
    tabs: QTabWidget,
    editor: DraftEditor,
    invoices: InvoiceQueries,
    ops: OpsRunner,
    pages: QTabWidget,
    invoice_page: InvoicePage,
) -> OrderInvoicesTab:
    """The tab, with a double click that switches to the Rechnungen page and selects the
    invoice there (its review loads with the selection)."""
    tab = OrderInvoicesTab(tabs, editor, invoices, ops)

    def reveal(invoice_id: str) -> None:
        pages.setCurrentWidget(invoice_page)
        invoice_page.select_invoice(invoice_id)

    tab.invoice_requested.connect(reveal)
    return tab
