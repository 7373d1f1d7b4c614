"""The review under the Rechnungen list: the selected invoice's lines beside its order's,
both sets of totals, the invoice date and, while a draft, how long changes are possible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import format_cents, format_decimal
from ..domain.status import InvoiceStatus
from ..services.invoices import InvoiceReview
from . import theme
from .i18n import language
from .invoice_review_model import InvoiceReviewModel
from .problem_texts import format_date


class InvoiceReviewPane(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceReviewPane")
        self.review: InvoiceReview | None = None
        self.placeholder = QLabel(
            self.tr("Eine Rechnung auswählen, um sie mit ihrem Auftrag zu vergleichen."), self
        )
        self.placeholder.setWordWrap(True)
        self.addWidget(self.placeholder)

        content = QWidget(self)
        self.title_label = QLabel(content)
        self.title_label.setObjectName("reviewTitle")
        self.title_label.setStyleSheet("font-weight: bold;")
        self.date_label = QLabel(content)
        self.date_label.setObjectName("reviewDate")
        self.date_label.setWordWrap(True)
        self.model = InvoiceReviewModel(self)
        self.table = QTableView(content)
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)  # the full text is in the tooltip
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The legend: one label per mark, styled like the cells in either scheme.
        self.legend = QWidget(content)
        legend_row = QHBoxLayout(self.legend)
        legend_row.setContentsMargins(0, 0, 0, 0)
        for kind, text in (
            ("mark_share", self.tr("Anteil einer Teilrechnung")),
            ("mark_changed", self.tr("geändert")),
            ("mark_one_side", self.tr("nur auf einer Seite")),
        ):
            sample = QLabel(text, self.legend)
            theme.apply_style(sample, kind)
            legend_row.addWidget(sample)
        legend_row.addStretch(1)
        totals = QGroupBox(self.tr("Summen"), content)
        totals.setLayout(self._totals_grid())
        side_by_side = QHBoxLayout()
        side_by_side.addWidget(self.table, 1)
        side_by_side.addWidget(totals, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.date_label)
        layout.addLayout(side_by_side, 1)
        layout.addWidget(self.legend)
        self.content = content
        self.addWidget(content)

    def _totals_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        grid.addWidget(QLabel(self.tr("Auftrag gesamt (Vorschau)")), 0, 1, right)
        grid.addWidget(QLabel(self.tr("Diese Rechnung")), 0, 2, right)
        self.total_cells: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, text) in enumerate(
            (
                ("net", self.tr("Netto")),
                ("vat", self.tr("USt.")),
                ("gross", self.tr("Brutto")),
                ("contribution", self.tr("Smart-Beitrag")),
            ),
            start=1,
        ):
            grid.addWidget(QLabel(text), row, 0)
            cells = (QLabel(), QLabel())
            for column, cell in enumerate(cells, start=1):
                cell.setObjectName(f"total_{key}_{'order' if column == 1 else 'invoice'}")
                cell.setAlignment(right)
                grid.addWidget(cell, row, column)
            self.total_cells[key] = cells
        return grid

    def clear(self) -> None:
        self.review = None
        self.setCurrentWidget(self.placeholder)

    def show_review(self, review: InvoiceReview) -> None:
        self.review = review
        invoice = review.row.invoice
        title = review.row.order_title or self.tr("(ohne Titel)")
        if review.instalments > 1:
            text = self.tr("Rechnung %1 von %2 zu „%3“").replace("%2", str(review.instalments))
        else:
            text = self.tr("Rechnung %1 zu „%3“")
        self.title_label.setText(text.replace("%1", str(invoice.number)).replace("%3", title))
        self.date_label.setText(self._date_text(review))
        draft = invoice.status is InvoiceStatus.DRAFT
        urgent = draft and (review.row.days_left or 0) <= 2
        theme.apply_style(self.date_label, "error_text" if urgent else None)
        self.model.set_lines(review.lines, invoice.currency)
        self._show_totals(review)
        self.setCurrentWidget(self.content)

    def _date_text(self, review: InvoiceReview) -> str:
        invoice, days = review.row.invoice, review.row.days_left
        text = self.tr("Rechnungsdatum: %1").replace("%1", format_date(invoice.invoice_date))
        if invoice.status is InvoiceStatus.DRAFT and days is not None:
            if days > 1:
                left = self.tr("Entwurf: Änderungen noch %1 Tage möglich").replace("%1", str(days))
            elif days == 1:
                left = self.tr("Entwurf: Änderungen nur noch heute möglich")
            elif days == 0:
                left = self.tr("Entwurf: Smart stellt die Rechnung heute")
            else:
                left = self.tr("Entwurf: das Rechnungsdatum ist überschritten")
            text += " · " + left
        elif invoice.status is InvoiceStatus.AWAITING_UPDATE and invoice.change_request:
            text += " · " + self.tr("Ihr Änderungsantrag: %1").replace("%1", invoice.change_request)
        return text

    def _show_totals(self, review: InvoiceReview) -> None:
        invoice, order = review.row.invoice, review.order_totals
        lang = language()

        def money(cents: int) -> str:
            return format_cents(cents, invoice.currency, lang)

        rate = review.invoice_vat_rate
        invoice_vat = money(invoice.vat_cents)
        if rate is not None:
            invoice_vat += f" ({format_decimal(rate.percent, lang)}\u00a0%)"
        values = {
            "net": (order and money(order.net_cents), money(invoice.net_cents)),
            "vat": (
                order
                and f"{money(order.vat_cents)} ({format_decimal(order.vat_rate.percent, lang)}"
                "\u00a0%)",
                invoice_vat,
            ),
            "gross": (order and money(order.gross_cents), money(invoice.gross_cents)),
            "contribution": (
                order and money(order.contribution_cents),
                money(invoice.contribution_cents),
            ),
        }
        for key, (order_text, invoice_text) in values.items():
            order_cell, invoice_cell = self.total_cells[key]
            order_cell.setText(order_text or "–")
            invoice_cell.setText(invoice_text)
            marked = key == "vat" and review.vat_rate_differs
            theme.apply_style(invoice_cell, "mark_changed" if marked else None)
            invoice_cell.setToolTip(
                self.tr("Smart wendet einen anderen Steuersatz an als die Vorschau.")
                if marked
                else ""
            )
