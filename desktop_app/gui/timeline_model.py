"""The status timeline of one order as a table model: when, what, who, reason or comment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..domain.status import OrderStatus
from ..domain.timeline import TimelineEvent
from . import theme
from .i18n import status_text
from .table_header import column_title
from .timeline_texts import actor_text, event_text, pending_text

_Index = QModelIndex | QPersistentModelIndex
_HEADERS = (
    QT_TRANSLATE_NOOP("TimelineModel", "Zeit"),
    QT_TRANSLATE_NOOP("TimelineModel", "Ereignis"),
    QT_TRANSLATE_NOOP("TimelineModel", "Status"),
    QT_TRANSLATE_NOOP("TimelineModel", "Wer"),
    QT_TRANSLATE_NOOP("TimelineModel", "Grund / Kommentar"),
)


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._pending: list[bool] = []

    def set_events(self, events: list[TimelineEvent]) -> None:
        self.beginResetModel()
        self._rows = [self._cells(e) for e in events]
        self._pending = [e.pending for e in events]
        self.endResetModel()

    @staticmethod
    def _cells(event: TimelineEvent) -> tuple[str, ...]:
        moment = QDateTime.fromSecsSinceEpoch(int(event.at.timestamp())).toLocalTime()
        what = event_text(event.type)
        if event.pending:
            what = f"{what} – {pending_text()}"
        status = ""
        if event.status_to and event.status_to != event.status_from:
            try:
                status = status_text(OrderStatus(event.status_to))
            except ValueError:
                status = event.status_to
        return (
            moment.toString("dd.MM.yyyy HH:mm"),
            what,
            status,
            actor_text(event.actor),
            event.reason,
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self._pending[index.row()]:
            return theme.color("pending_text")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title("TimelineModel", _HEADERS, section, orientation, role)
