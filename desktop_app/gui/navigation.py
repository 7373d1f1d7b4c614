"""The main window's pages: Aufträge (list and editor) and Rechnungen, switched with tabs or
Ctrl+1 / Ctrl+2."""

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
            self.orders_index = self.tabs.addTab(content, self.tr("Aufträge"))
        window.setCentralWidget(self.tabs)
        self._window = window

    def add_page(self, page: QWidget, title: str) -> int:
        index = self.tabs.addTab(page, title)
        self._shortcuts()
        return index

    def show_order(self, order_id: uuid.UUID) -> None:
        self.tabs.setCurrentIndex(self.orders_index)
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
