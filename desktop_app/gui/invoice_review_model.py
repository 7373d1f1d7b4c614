"""The comparison table of the invoice review: each order line beside the invoice's line.

Where the invoice says something else than the order, the cell shows "order → invoice" on
a coloured background; the last column names the difference (an instalment's share, a
change, a line only on one side)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..domain.invoice_review import Difference, LineComparison
from ..domain.money import format_cents, format_decimal
from . import theme
from .i18n import language

COLUMNS = (
    QT_TRANSLATE_NOOP("InvoiceReviewModel", "Beschreibung"),
    QT_TRANSLATE_NOOP("InvoiceReviewModel", "Menge"),
    QT_TRANSLATE_NOOP("InvoiceReviewModel", "Einzelpreis"),
    QT_TRANSLATE_NOOP("InvoiceReviewModel", "Netto laut Auftrag"),
    QT_TRANSLATE_NOOP("InvoiceReviewModel", "Netto in der Rechnung"),
    QT_TRANSLATE_NOOP("InvoiceReviewModel", "Unterschied"),
)
_RIGHT = (1, 2, 3, 4)
# Which fields each column shows: a changed one colours the cell.
_FIELDS = {0: {"description"}, 1: {"quantity", "unit"}, 2: {"unit_price"}, 4: {"net"}}
# Theme colour names (gui.theme) of the difference marks, readable in both schemes.
CHANGED_COLOUR = "mark_changed_bg"
SHARE_COLOUR = "mark_share_bg"
ONE_SIDE_COLOUR = "mark_one_side_bg"
_Index = QModelIndex | QPersistentModelIndex


def _both(before: str, after: str | None) -> str:
    return before if after is None or after == before else f"{before} → {after}"


def _percent(share: Decimal) -> str:
    return (
        format_decimal(share * 100, language(), places=1).removesuffix(",0").removesuffix(".0")
        + "\u00a0%"
    )


class InvoiceReviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[LineComparison] = []
        self._cells: list[tuple[str, ...]] = []

    def set_lines(self, lines: list[LineComparison], currency: str) -> None:
        self.beginResetModel()
        self.lines = lines
        self._cells = [self._row(line, currency) for line in lines]
        self.endResetModel()

    def _row(self, line: LineComparison, currency: str) -> tuple[str, ...]:
        lang = language()

        def money(cents: int | None) -> str | None:
            return None if cents is None else format_cents(cents, currency, lang)

        def amount(quantity: Decimal | None, unit: str) -> str | None:
            if quantity is None:
                return None
            return f"{format_decimal(quantity.normalize(), lang)} {unit}".strip()

        item, invoice = line.order, line.invoice
        if item is not None and invoice is not None:
            cells = (
                _both(item.description, invoice.description),
                _both(
                    amount(item.quantity, item.unit) or "", amount(invoice.quantity, invoice.unit)
                ),
                _both(money(item.unit_price_cents) or "", money(invoice.unit_price_cents)),
                money(item.net_cents) or "",
                money(invoice.net_cents) or "",
            )
        elif item is not None:
            cells = (
                item.description,
                amount(item.quantity, item.unit) or "",
                money(item.unit_price_cents) or "",
                money(item.net_cents) or "",
                "–",
            )
        else:
            assert invoice is not None
            cells = (
                invoice.description,
                amount(invoice.quantity, invoice.unit) or "",
                money(invoice.unit_price_cents) or "",
                "–",
                money(invoice.net_cents) or "",
            )
        return (*cells, self._difference(line))

    def _difference(self, line: LineComparison) -> str:
        if line.difference is Difference.SAME:
            return QCoreApplication.translate("InvoiceReviewModel", "gleich")
        if line.difference is Difference.SHARE and line.share is not None:
            return QCoreApplication.translate(
                "InvoiceReviewModel", "Teilrechnung: %1 der Position"
            ).replace("%1", _percent(line.share))
        if line.difference is Difference.ADDED:
            return QCoreApplication.translate("InvoiceReviewModel", "nur in der Rechnung")
        if line.difference is Difference.MISSING:
            return QCoreApplication.translate("InvoiceReviewModel", "fehlt in der Rechnung")
        return QCoreApplication.translate("InvoiceReviewModel", "geändert")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            mark = self.highlight(index.row(), index.column())
            return theme.color(mark) if mark else None
        if role == Qt.ItemDataRole.ForegroundRole and self.highlight(index.row(), index.column()):
            return theme.color("mark_fg")  # contrast-tested against each mark, both schemes
        return None

    def highlight(self, row: int, column: int) -> str | None:
        """The theme colour name that marks a difference in this cell, or None."""
        line = self.lines[row]
        if line.difference in (Difference.ADDED, Difference.MISSING):
            return ONE_SIDE_COLOUR
        if line.difference is Difference.SHARE and column in (4, 5):
            return SHARE_COLOUR
        changed_here = column == 5 or bool(line.changed & _FIELDS.get(column, set()))
        if line.difference is Difference.CHANGED and changed_here:
            return CHANGED_COLOUR
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("InvoiceReviewModel", str(COLUMNS[section]))
        return None
