"""The main window's pages: Übersicht, Aufträge (list and editor) and Rechnungen, switched
with tabs or Ctrl+1 / Ctrl+2 / Ctrl+3."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from .order_list_page import OrderListPage


class Navigation(QObject):
    def __init__(self, window: QMainWindow, orders_page: OrderListPage) -> None:
        super().__init__(window)
        self._orders_page = orders_page
        # Kept on self: takeCentralWidget hands the widget to Python, and a wrapper that is
        # collected would delete the list and the editor with it.
        self._content = content = window.takeCentralWidget()
        self.tabs = QTabWidget(window)
        self.tabs.setObjectName("pageTabs")
        self.tabs.setDocumentMode(True)
        if content is not None:
            self.tabs.addTab(content, self.tr("Aufträge"))
        window.setCentralWidget(self.tabs)
        self._window = window

    @property
    def orders_index(self) -> int:
        return self.tabs.indexOf(self._content) if self._content is not None else -1

    def add_page(self, page: QWidget, title: str, first: bool = False) -> int:
        """Append a page, or put it before all others (``first``); Ctrl+N follows the order."""
        index = self.tabs.insertTab(0, page, title) if first else self.tabs.addTab(page, title)
        self._shortcuts()
        return index

    def show_order(self, order_id: uuid.UUID) -> None:
        self.tabs.setCurrentIndex(self.orders_index)
        if not self._orders_page.select(order_id):
            self._orders_page.show_everything()  # it was filtered out: show it anyway
            self._orders_page.select(order_id)

    def _shortcuts(self) -> None:
        for index in range(self.tabs.count()):
            name = f"pageShortcut{index}"
            if self._window.findChild(QAction, name) is not None:
                continue
            action = QAction(self._window)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, i=index: self.tabs.setCurrentIndex(i))
            self._window.addAction(action)
