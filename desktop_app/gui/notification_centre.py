"""The in-app notification centre: every notification of this session, whatever way it
was shown (or not: "Nicht stören"), behind a bell in the status bar with the unread count.
Clicking an entry opens its order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.review_time import BERLIN
from . import icons

MAX_ENTRIES = 200


@dataclass
class CentreEntry:
    id: int
    title: str
    body: str
    order_id: str | None
    at: datetime
    read: bool = False


class NotificationCentre(QObject):
    changed = Signal()
    order_requested = Signal(object)  # uuid.UUID

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[CentreEntry] = []  # newest first
        self._next_id = 1

    def next_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def add(self, title: str, body: str, order_id: str | None, at: datetime) -> CentreEntry:
        entry = CentreEntry(self.next_id(), title, body, order_id, at)
        self.entries.insert(0, entry)
        del self.entries[MAX_ENTRIES:]
        self.changed.emit()
        return entry

    def unread(self) -> int:
        return sum(not e.read for e in self.entries)

    def find(self, entry_id: int) -> CentreEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def open_entry(self, entry_id: int) -> bool:
        """Mark it read and ask for its order; False when it is not (or no longer) here."""
        entry = self.find(entry_id)
        if entry is None:
            return False
        entry.read = True
        self.changed.emit()
        if entry.order_id:
            self.order_requested.emit(uuid.UUID(entry.order_id))
        return True

    def mark_all_read(self) -> None:
        if self.unread():
            for entry in self.entries:
                entry.read = True
            self.changed.emit()


class NotificationBell(QToolButton):
    """The status bar button: the bell and how many are unread."""

    def __init__(self, centre: NotificationCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBell")
        self._centre = centre
        self.setIcon(icons.icon("bell"))  # recoloured with the scheme, crisp at any scale
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        centre.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        unread = self._centre.unread()
        self.setText(str(unread) if unread else "")
        if unread:
            tip = self.tr("Benachrichtigungen: %1 ungelesen").replace("%1", str(unread))
        else:
            tip = self.tr("Benachrichtigungen")
        self.setToolTip(tip)
        self.setAccessibleName(tip)


class NotificationPanel(QDialog):
    """The list of this session's notifications, newest first; Enter or a click opens the
    order. Closing the panel counts as having read them (the new ones stay marked until)."""

    def __init__(self, centre: NotificationCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationPanel")
        self.setWindowTitle(self.tr("Benachrichtigungen"))
        self._centre = centre
        self.list = QListWidget(self)
        self.list.setObjectName("notificationList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        self.empty = QLabel(self.tr("Keine Benachrichtigungen in dieser Sitzung."), self)
        self.empty.setObjectName("notificationEmpty")
        hint = QLabel(self.tr("Klicken Sie auf eine Benachrichtigung, um den Auftrag zu öffnen."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(520, 420)
        centre.changed.connect(self.refresh)
        self.finished.connect(lambda _r: centre.mark_all_read())  # seen once closed
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for entry in self._centre.entries:
            when = entry.at.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")
            marker = "● " if not entry.read else ""
            item = QListWidgetItem(f"{marker}{entry.title} – {when}\n{entry.body}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            font = item.font()
            font.setBold(not entry.read)
            item.setFont(font)
            self.list.addItem(item)
        self.empty.setVisible(not self._centre.entries)
        self.list.setVisible(bool(self._centre.entries))

    def _on_item(self, item: QListWidgetItem) -> None:
        entry_id = int(item.data(Qt.ItemDataRole.UserRole))
        entry = self._centre.find(entry_id)
        if entry is not None and entry.order_id:
            self.accept()
        self._centre.open_entry(entry_id)
