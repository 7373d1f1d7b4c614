"""The clients of Smart's database that a new client likely duplicates, one row each."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..domain.client_duplicates import DuplicateCandidate, DuplicateMatch, describe
from ..domain.countries import country_name
from .i18n import language

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


def match_text(match: DuplicateMatch) -> str:
    texts = {
        DuplicateMatch.EXACT: QCoreApplication.translate("ClientDuplicates", "gleiche Kund*in"),
        DuplicateMatch.VAT_ID: QCoreApplication.translate("ClientDuplicates", "gleiche USt-IdNr."),
        DuplicateMatch.NAME: QCoreApplication.translate("ClientDuplicates", "gleicher Name"),
    }
    return texts[match]


class DuplicatesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DuplicateCandidate] = []

    @property
    def candidates(self) -> list[DuplicateCandidate]:
        return list(self._rows)

    def set_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        self.beginResetModel()
        self._rows = list(candidates)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        candidate = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{describe(candidate.client)} ({match_text(candidate.match)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            client = candidate.client
            lines = [
                client.legal_name,
                client.address.street,
                f"{client.address.postal_code} {client.address.city}".strip(),
                country_name(client.address.country, language()),
                client.vat_id,
            ]
            return "\n".join(line for line in lines if line)
        if role == CANDIDATE_ROLE:
            return candidate
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
