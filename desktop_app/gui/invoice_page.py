"""Rechnungen: every invoice with its status and amounts; the selected one is reviewed
beside its order underneath. A draft can get a change request (comment required) or be sent
now (asks first), both through the outbox."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.status import InvoiceStatus, OrderStatus
from ..services.invoices import InvoiceReview, InvoiceRow
from .invoice_review_pane import InvoiceReviewPane
from .invoice_table_model import InvoiceTableModel
from .problem_texts import format_date


class InvoicePage(QWidget):
    send_now_requested = Signal(str)  # invoice id
    order_requested = Signal(object)  # uuid.UUID: show this order
    change_dialog_requested = Signal(str, bool)  # invoice id, "cancel this invoice" wording
    review_requested = Signal(object)  # InvoiceRow: load its review

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicePage")
        self.model = InvoiceTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("invoiceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._open_order())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Änderungen &beantragen …"), self)
        self.send_button = QPushButton(self.tr("Jetzt &senden …"), self)
        self.cancel_button = QPushButton(self.tr("Rechnung &stornieren lassen …"), self)
        self.open_button = QPushButton(self.tr("Auftrag ö&ffnen"), self)
        self.change_button.clicked.connect(lambda: self._ask_change(cancel=False))
        self.cancel_button.clicked.connect(lambda: self._ask_change(cancel=True))
        self.send_button.clicked.connect(self._on_send_now)
        self.open_button.clicked.connect(self._open_order)
        buttons = QHBoxLayout()
        for button in (self.change_button, self.send_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        self.review = InvoiceReviewPane(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("invoiceSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.review)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._on_selected())
        self.order_statuses: dict[uuid.UUID, OrderStatus] = {}
        self.read_only = False
        self._update()

    def set_read_only(self) -> None:
        """Inspection: the invoices are shown, no request can be made."""
        self.read_only = True
        self._update()

    def title(self) -> str:
        return self.tr("Rechnungen")

    def set_rows(self, rows: list[InvoiceRow], statuses: dict[uuid.UUID, OrderStatus]) -> None:
        selected = self.selected()
        self.order_statuses = statuses
        self.model.set_rows(rows)
        if selected is None or not self.select_invoice(selected.invoice.id):
            self.review.clear()  # a reset clears the selection without a signal
        self._update()

    def show_review(self, review: InvoiceReview) -> None:
        """A loaded review, unless another invoice was selected meanwhile."""
        row = self.selected()
        if row is not None and row.invoice.id == review.row.invoice.id:
            self.review.show_review(review)

    def select_invoice(self, invoice_id: str) -> bool:
        for number, row in enumerate(self.model.rows):
            if row.invoice.id == invoice_id:
                self.table.selectRow(number)
                return True
        return False

    def _on_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.review.clear()
        else:
            self.review_requested.emit(row)
        self._update()

    def selected(self) -> InvoiceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update(self) -> None:
        row = self.selected()
        draft = row is not None and row.invoice.status is InvoiceStatus.DRAFT
        open_for_change = draft and (row.days_left or 0) > 0 if row else False
        rejected = row is not None and self.order_statuses.get(row.order_id) is OrderStatus.REJECTED
        self.change_button.setEnabled(bool(open_for_change) and not rejected)
        self.send_button.setEnabled(draft and not rejected)
        self.cancel_button.setVisible(rejected)
        self.cancel_button.setEnabled(bool(open_for_change) and rejected)
        if self.read_only:
            for button in (self.change_button, self.send_button, self.cancel_button):
                button.setVisible(False)
                button.setEnabled(False)
        self.open_button.setEnabled(row is not None)
        if row is None:
            self.hint.setText(self.tr("Rechnungsentwürfe entstehen sieben Tage vor dem Datum."))
        elif rejected and draft:
            self.hint.setText(
                self.tr(
                    "Der Auftrag wurde abgelehnt, die Rechnung würde trotzdem gestellt. "
                    "„Rechnung stornieren lassen“ beantragt bei Smart, sie nicht zu stellen."
                )
            )
        elif draft:
            self.hint.setText(
                self.tr(
                    "Ohne Änderungsantrag stellt Smart die Rechnung am Rechnungsdatum. "
                    "Änderungen sind bis zum Vortag möglich."
                )
            )
        else:
            self.hint.setText("")

    def _ask_change(self, cancel: bool) -> None:
        row = self.selected()
        if row is not None:
            self.change_dialog_requested.emit(row.invoice.id, cancel)

    def _on_send_now(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Rechnung jetzt senden"),
            self.tr(
                "Smart stellt die Rechnung sofort statt am %1 und schickt sie an die Kund*in. "
                "Danach sind keine Änderungen mehr möglich. Jetzt senden?"
            ).replace("%1", format_date(row.invoice.invoice_date)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.send_now_requested.emit(row.invoice.id)

    def _open_order(self) -> None:
        row = self.selected()
        if row is not None:
            self.order_requested.emit(row.order_id)
