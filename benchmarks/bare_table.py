"""The baseline for the GUI benchmarks: a bare ``QTableView`` over the smallest possible
``QAbstractTableModel`` (a list of string tuples), and the one way every GUI figure is timed:
from the change to the viewport painted (pending events processed, then a synchronous
``repaint()``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

_Index = QModelIndex | QPersistentModelIndex


class BareModel(QAbstractTableModel):
    def __init__(self, columns: int) -> None:
        super().__init__()
        self._columns = columns
        self._rows: Sequence[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._rows[index.row()][index.column()]
        return None


def bare_view(columns: int, width: int, height: int) -> tuple[QTableView, BareModel]:
    """A shown table with fixed row heights, as the app's tables have."""
    model = BareModel(columns)
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(26)
    rows.hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.resize(width, height)
    view.show()
    return view, model


def painted_ms(change: Callable[[], object], view: QTableView) -> float:
    """Milliseconds from ``change()`` to ``view`` painted with its result."""
    app = QApplication.instance()
    assert app is not None
    started = time.perf_counter()
    change()
    app.processEvents()  # the view's delayed layout after a reset, the header's resize
    view.viewport().repaint()
    return (time.perf_counter() - started) * 1000
