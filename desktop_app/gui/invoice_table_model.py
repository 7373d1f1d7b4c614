"""Invoices as a table: status, order, client, invoice date with the days left while a draft,
and the amounts Smart computed (net, VAT, gross, Smart contribution)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..domain.money import format_cents
from ..domain.status import InvoiceStatus
from ..services.invoices import InvoiceRow
from . import theme
from .i18n import language, status_text
from .problem_texts import format_date

COLUMNS = (
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Status"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Rechnungsdatum"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Auftrag"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Kund*in"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Netto"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "USt."),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Brutto"),
    QT_TRANSLATE_NOOP("InvoiceTableModel", "Smart-Beitrag"),
)
_AMOUNT_COLUMNS = range(4, 8)
_Index = QModelIndex | QPersistentModelIndex


def _date_cell(row: InvoiceRow) -> str:
    text = format_date(row.invoice.invoice_date)
    if row.days_left is None:
        return text
    if row.days_left > 1:
        left = QCoreApplication.translate("InvoiceTableModel", "noch %1 Tage").replace(
            "%1", str(row.days_left)
        )
    elif row.days_left == 1:
        left = QCoreApplication.translate("InvoiceTableModel", "morgen")
    elif row.days_left == 0:
        left = QCoreApplication.translate("InvoiceTableModel", "heute")
    else:
        left = QCoreApplication.translate("InvoiceTableModel", "überfällig")
    return f"{text} ({left})"


class InvoiceTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[InvoiceRow] = []
        self._cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[InvoiceRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        lang = language()
        self._cells = [
            (
                status_text(r.invoice.status),
                _date_cell(r),
                r.order_title or QCoreApplication.translate("InvoiceTableModel", "(ohne Titel)"),
                r.client_name,
                format_cents(r.invoice.net_cents, r.invoice.currency, lang),
                format_cents(r.invoice.vat_cents, r.invoice.currency, lang),
                format_cents(r.invoice.gross_cents, r.invoice.currency, lang),
                format_cents(r.invoice.contribution_cents, r.invoice.currency, lang),
            )
            for r in rows
        ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _AMOUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            row = self.rows[index.row()]
            if row.invoice.status is InvoiceStatus.DRAFT and (row.days_left or 0) <= 2:
                return theme.color("error_text")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("InvoiceTableModel", str(COLUMNS[section]))
        return None
