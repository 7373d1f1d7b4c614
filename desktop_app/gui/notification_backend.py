"""One way to pop a notification up (desktop D-Bus, tray): the controller tries them in
order and skips one that failed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Backend(QObject):
    clicked = Signal(int)  # the popup's id, when the person clicked it
    failed = Signal(int)  # the popup's id, when it could not be shown (try the next way)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.broken = False

    def notify(self, entry: int, title: str, body: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Release what the backend holds (connections, threads)."""
