"""Editable table of an order's line items (Positionen)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..domain.money import (
    AmountParseError,
    format_cents,
    format_decimal,
    parse_cents,
    parse_decimal,
)
from ..domain.order import LineItem
from .i18n import language
from .table_header import column_title

COLUMNS = (
    QT_TRANSLATE_NOOP("LineItemsModel", "Beschreibung"),
    QT_TRANSLATE_NOOP("LineItemsModel", "Menge"),
    QT_TRANSLATE_NOOP("LineItemsModel", "Einheit"),
    QT_TRANSLATE_NOOP("LineItemsModel", "Einzelpreis"),
    QT_TRANSLATE_NOOP("LineItemsModel", "Netto"),
)
COL_DESCRIPTION, COL_QUANTITY, COL_UNIT, COL_PRICE, COL_NET = range(5)

Index = QModelIndex | QPersistentModelIndex


class LineItemsModel(QAbstractTableModel):
    items_edited = Signal()  # a person changed a cell (not set_items)
    rows_changed = Signal()  # a person added or removed a row
    input_rejected = Signal(str)  # German message for input that is not a number

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[LineItem] = []
        self.currency = "EUR"

    @property
    def items(self) -> tuple[LineItem, ...]:
        return tuple(self._items)

    def set_items(self, items: tuple[LineItem, ...]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def append(self) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(LineItem(quantity=Decimal(1), unit=self._default_unit()))
        self.endInsertRows()
        self.rows_changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
            self.rows_changed.emit()

    @staticmethod
    def _default_unit() -> str:
        return QCoreApplication.translate("LineItemsModel", "Stunden")

    # -- Qt interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title("LineItemsModel", COLUMNS, section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != COL_NET:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (COL_QUANTITY, COL_PRICE, COL_NET):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        item = self._items[index.row()]
        lang = language()
        if column == COL_DESCRIPTION:
            return item.description
        if column == COL_QUANTITY:
            return format_decimal(item.quantity.normalize(), lang)
        if column == COL_UNIT:
            return item.unit
        if column == COL_PRICE:
            if role == Qt.ItemDataRole.EditRole:
                return format_decimal(Decimal(item.unit_price_cents).scaleb(-2), lang, places=2)
            return format_cents(item.unit_price_cents, self.currency, lang)
        return format_cents(item.net_cents, self.currency, lang)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        item = self._items[row]
        text = str(value)
        try:
            if column == COL_DESCRIPTION:
                new = replace(item, description=text)
            elif column == COL_QUANTITY:
                new = replace(item, quantity=parse_decimal(text, language()))
            elif column == COL_UNIT:
                new = replace(item, unit=text.strip())
            elif column == COL_PRICE:
                new = replace(item, unit_price_cents=parse_cents(text, language()))
            else:
                return False
        except AmountParseError:
            self.input_rejected.emit(
                QCoreApplication.translate(
                    "LineItemsModel", "„%1“ ist keine Zahl. Beispiel: 1.234,50"
                ).replace("%1", text)
            )
            return False
        if new == item:
            return True
        self._items[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_NET))
        self.items_edited.emit()
        return True
