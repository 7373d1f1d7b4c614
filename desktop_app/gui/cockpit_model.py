"""The Übersicht's rows: one deadline each, with its order and a German sentence saying what
is due; texts are made once per refresh (precomputed display strings)."""

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

from ..domain.deadlines import Deadline, DeadlineKind
from ..domain.review_time import REVIEW_TARGET_HOURS
from . import theme
from .problem_texts import format_date
from .sync_texts import command_kind_text

COLUMNS = (
    QT_TRANSLATE_NOOP("CockpitModel", "Auftrag"),
    QT_TRANSLATE_NOOP("CockpitModel", "Was ansteht"),
)
_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("CockpitModel", text)


def _offer_text(days: int) -> str:
    if days < 0:
        return QCoreApplication.translate(
            "CockpitModel", "Angebot ist abgelaufen – Kund*in hat nicht bestätigt"
        )
    if days == 0:
        return QCoreApplication.translate(
            "CockpitModel", "Angebot läuft heute ab – Kund*in hat noch nicht bestätigt"
        )
    if days == 1:
        return QCoreApplication.translate(
            "CockpitModel", "Angebot läuft morgen ab – Kund*in hat noch nicht bestätigt"
        )
    return QCoreApplication.translate(
        "CockpitModel", "Angebot läuft in %1 Tagen ab – Kund*in hat noch nicht bestätigt"
    ).replace("%1", str(days))


def _invoice_text(days: int, day: str) -> str:
    if days <= 1:
        text = QCoreApplication.translate(
            "CockpitModel", "Rechnungsentwurf: Änderungen nur noch heute möglich (Rechnung am %1)"
        )
        return text.replace("%1", day)
    text = QCoreApplication.translate(
        "CockpitModel", "Rechnungsentwurf: Änderungen noch %1 Tage möglich (Rechnung am %2)"
    )
    return text.replace("%1", str(days)).replace("%2", day)


def deadline_text(item: Deadline) -> str:
    if item.kind is DeadlineKind.OFFER_EXPIRING:
        return _offer_text(item.days_left or 0)
    if item.kind is DeadlineKind.INVOICE_REVIEW:
        assert item.day is not None
        return _invoice_text(item.days_left or 0, format_date(item.day))
    if item.kind is DeadlineKind.WAITING_FOR_SMART:
        text = QCoreApplication.translate(
            "CockpitModel", "Seit %1 Std. bei Smart (Ziel: %2 Std. an Werktagen)"
        )
        return text.replace("%1", str(int(item.hours or 0))).replace("%2", str(REVIEW_TARGET_HOURS))
    if item.kind is DeadlineKind.CANCELLATION_PENDING:
        return QCoreApplication.translate("CockpitModel", "Storno wird geprüft")
    kind, _, reason = item.detail.partition(": ")
    text = QCoreApplication.translate("CockpitModel", "Von Smart abgelehnt: %1").replace(
        "%1", command_kind_text(kind)
    )
    return f"{text} – {reason}" if reason else text


def _urgent(item: Deadline) -> bool:
    if item.kind is DeadlineKind.NEEDS_ATTENTION:
        return True
    return item.days_left is not None and item.days_left <= 1


class CockpitModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Deadline] = []
        self._cells: list[tuple[str, str]] = []
        self._urgent: list[bool] = []

    def set_items(self, items: list[Deadline]) -> None:
        self.beginResetModel()
        self.items = items
        untitled = QCoreApplication.translate("CockpitModel", "(ohne Titel)")
        self._cells = [(i.title or untitled, deadline_text(i)) for i in items]
        self._urgent = [_urgent(i) for i in items]
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
        column, urgent = index.column(), self._urgent[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and urgent:
            return theme.color("error_text")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(str(COLUMNS[section]))
        return None
