"""The order list as a real table model: display strings precomputed, sort and filter here.

Sorting and filtering 100,000 rows happen on plain Python lists of precomputed keys
(architecture.md: never a QSortFilterProxyModel that calls back into Python per compare).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
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

from ..domain.money import format_cents
from ..domain.status import OrderStatus
from ..domain.summary import OrderSummary
from .i18n import language, status_text
from .problem_texts import format_date
from .table_header import column_title

COLUMNS = (
    QT_TRANSLATE_NOOP("OrderTableModel", "Status"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Kund*in"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Titel"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Netto"),
    QT_TRANSLATE_NOOP("OrderTableModel", "Nächstes Datum"),
)
COL_STATUS, COL_CLIENT, COL_TITLE, COL_NET, COL_DATE = range(5)
_STATUS_ORDER = {status: i for i, status in enumerate(OrderStatus)}
_NO_DATE = date.max

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _Row:
    summary: OrderSummary
    display: tuple[str, str, str, str, str]
    keys: tuple[int, str, str, int, date]
    haystack: str


# What a new, still empty draft shows instead of blank cells (display only: sorting and
# search use the real, empty values).
_NO_CLIENT = QT_TRANSLATE_NOOP("OrderTableModel", "(ohne Kund*in)")
_NO_TITLE = QT_TRANSLATE_NOOP("OrderTableModel", "Neuer Auftrag")


def _placeholder(text: object) -> str:
    return QCoreApplication.translate("OrderTableModel", str(text))


@lru_cache(maxsize=8192)
def _date_text(day: date, _language: str) -> str:
    # Few distinct dates among many orders: format each once (the language is the cache key).
    return format_date(day)


def _row(summary: OrderSummary, today: date) -> _Row:
    lang = language()
    next_day = summary.next_date(today)
    net = format_cents(summary.net_cents, summary.currency, lang)
    display = (
        status_text(summary.status),
        summary.client_name or _placeholder(_NO_CLIENT),
        summary.title or _placeholder(_NO_TITLE),
        net,
        _date_text(next_day, lang) if next_day else "",
    )
    keys = (
        _STATUS_ORDER[summary.status],
        summary.client_name.casefold(),
        summary.title.casefold(),
        summary.net_cents,
        next_day or _NO_DATE,
    )
    haystack = "\n".join((summary.client_name, summary.title, net, str(summary.net_cents)))
    return _Row(summary, display, keys, haystack.casefold())


@dataclass(frozen=True)
class PreparedRows:
    rows: list[_Row]


def prepare_rows(summaries: list[OrderSummary], today: date) -> PreparedRows:
    """Display strings and sort keys for every order: pure, so it runs off the GUI thread."""
    return PreparedRows([_row(s, today) for s in summaries])


class OrderTableModel(QAbstractTableModel):
    counts_changed = Signal()  # the numbers per status may differ (any row added, changed, gone)

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._all: list[_Row] = []
        self._visible: list[_Row] = []
        self._sort_column = COL_DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._status_filter: OrderStatus | None = None
        self._text_filter = ""

    # -- Qt interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if not index.isValid():
                return None
            return self._visible[index.row()].display[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_NET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole and index.isValid():
            return self._visible[index.row()].summary.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title("OrderTableModel", COLUMNS, section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._visible[i.row()] for i in persistent]
        self._apply_sort(self._visible)
        if persistent:
            position = {id(row): n for n, row in enumerate(self._visible)}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(position[id(r)], i.column())
                    for r, i in zip(held, persistent, strict=True)
                ],
            )
        self.layoutChanged.emit()

    # -- content ------------------------------------------------------------------------
    def set_summaries(self, summaries: list[OrderSummary]) -> None:
        self.set_rows(prepare_rows(summaries, self._today))

    def set_rows(self, rows: PreparedRows) -> None:
        """Show rows made by ``prepare_rows`` (which may run on a worker thread)."""
        self.beginResetModel()
        self._all = list(rows.rows)
        self._visible = self._filtered()
        self.endResetModel()
        self.counts_changed.emit()

    def upsert(self, summary: OrderSummary) -> None:
        self._upsert(summary)
        self.counts_changed.emit()

    def _upsert(self, summary: OrderSummary) -> None:
        """Insert or replace one order (after a save) without rebuilding the others.

        A changed row stays where it is (re-sorting under the person's hands while they type
        would make it jump); a new row goes on top. Both are O(rows) list scans at worst,
        never a reset, so an autosave costs nothing noticeable even with 100,000 orders.
        """
        new = _row(summary, self._today)
        for index, row in enumerate(self._all):
            if row.summary.id == summary.id:
                self._all[index] = new
                break
        else:
            self._all.append(new)
            if self._accepts(new):
                self.beginInsertRows(QModelIndex(), 0, 0)
                self._visible.insert(0, new)
                self.endInsertRows()
            return
        for index, row in enumerate(self._visible):
            if row.summary.id == summary.id:
                if self._accepts(new):
                    self._visible[index] = new
                    self.dataChanged.emit(self.index(index, 0), self.index(index, len(COLUMNS) - 1))
                else:
                    self.beginRemoveRows(QModelIndex(), index, index)
                    del self._visible[index]
                    self.endRemoveRows()
                return

    def remove(self, order_id: uuid.UUID) -> None:
        self._all = [r for r in self._all if r.summary.id != order_id]
        for index, row in enumerate(self._visible):
            if row.summary.id == order_id:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._visible[index]
                self.endRemoveRows()
                break
        self.counts_changed.emit()

    def set_status_filter(self, status: OrderStatus | None) -> None:
        self._status_filter = status
        self._refilter()

    def set_text_filter(self, text: str) -> None:
        self._text_filter = text.strip().casefold()
        self._refilter()

    def order_id(self, row: int) -> uuid.UUID:
        return self._visible[row].summary.id

    def row_of(self, order_id: uuid.UUID) -> int | None:
        for i, row in enumerate(self._visible):
            if row.summary.id == order_id:
                return i
        return None

    def counts_by_status(self) -> dict[OrderStatus, int]:
        counts = dict.fromkeys(OrderStatus, 0)
        for row in self._all:
            counts[row.summary.status] += 1
        return counts

    @property
    def total(self) -> int:
        return len(self._all)

    # -- internals ----------------------------------------------------------------------
    def _accepts(self, row: _Row) -> bool:
        if self._status_filter is not None and row.summary.status is not self._status_filter:
            return False
        return not self._text_filter or self._text_filter in row.haystack

    def _filtered(self) -> list[_Row]:
        rows = self._all
        if self._status_filter is not None:
            wanted = self._status_filter
            rows = [r for r in rows if r.summary.status is wanted]
        if self._text_filter:
            needle = self._text_filter
            rows = [r for r in rows if needle in r.haystack]
        elif rows is self._all:
            rows = list(rows)
        self._apply_sort(rows)
        return rows

    def _apply_sort(self, rows: list[_Row]) -> None:
        column = self._sort_column
        rows.sort(
            key=lambda r: r.keys[column],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()
