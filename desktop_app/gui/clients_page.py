"""Kund*innen: the clients of the member's orders with their number of orders and net total;
a double click shows that client's orders in the order list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..domain.money import format_cents
from ..services.client_overview import ClientOverview, ClientRow
from .i18n import language
from .navigation import Navigation
from .ops import OpsRunner
from .order_list_page import OrderListPage

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("ClientTableModel", "Kund*in"),
    QT_TRANSLATE_NOOP("ClientTableModel", "Ort"),
    QT_TRANSLATE_NOOP("ClientTableModel", "USt-IdNr."),
    QT_TRANSLATE_NOOP("ClientTableModel", "Aufträge"),
    QT_TRANSLATE_NOOP("ClientTableModel", "Netto gesamt"),
    QT_TRANSLATE_NOOP("ClientTableModel", "In Smarts Datenbank"),
)


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ClientRow] = []
        self._cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[ClientRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        yes = QCoreApplication.translate("ClientTableModel", "ja")
        no = QCoreApplication.translate("ClientTableModel", "noch nicht")
        self._cells = [
            (
                r.legal_name,
                " ".join(p for p in (r.city, r.country) if p),
                r.vat_id,
                str(r.orders),
                format_cents(r.net_cents, r.currency, language()),
                yes if r.server_id else no,
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
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ClientTableModel", str(COLUMNS[section]))
        return None


class ClientsPage(QWidget):
    client_requested = Signal(str)  # a client's name: show its orders

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientsPage")
        self.model = ClientTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._on_activated)  # double click or Enter
        hint = QLabel(
            self.tr(
                "Die Kund*innen Ihrer Aufträge. Doppelklick zeigt ihre Aufträge. Neue "
                "Kund*innen entstehen mit dem ersten Auftrag an Smart."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(hint)

    def title(self) -> str:
        return self.tr("Kund*innen")

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_requested.emit(self.model.rows[index.row()].legal_name)


class ClientsController(QObject):
    """Loads the clients page off the GUI thread; a chosen client filters the order list."""

    def __init__(
        self,
        page: ClientsPage,
        overview: ClientOverview,
        ops: OpsRunner,
        navigation: Navigation,
        orders: OrderListPage,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._overview = overview
        self._ops = ops
        page.client_requested.connect(lambda name: self._show_orders(navigation, orders, name))

    def reload(self, _changes: object = None) -> None:
        self._ops.run_db(self._overview.rows, self._page.model.set_rows)

    @staticmethod
    def _show_orders(navigation: Navigation, orders: OrderListPage, name: str) -> None:
        navigation.tabs.setCurrentIndex(navigation.orders_index)
        orders.search.setText(name)
        orders.table.setFocus()
