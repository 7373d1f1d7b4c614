"""Answering a modal dialog the app is about to open (exec() blocks the test otherwise)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui.submit_dialog import SubmitDialog
from desktop_app.gui.text_request_dialog import TextRequestDialog

D = TypeVar("D", bound=QWidget)


def when_dialog_opens(kind: type[D], act: Callable[[D], None]) -> None:
    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind)), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        act(dialog)

    QTimer.singleShot(20, answer)


def answer_text_dialog(text: str) -> None:
    def act(dialog: TextRequestDialog) -> None:
        dialog.edit.setPlainText(text)
        dialog.ok_button.click()

    when_dialog_opens(TextRequestDialog, act)


def answer_submit_dialog(send: bool) -> list[list[str]]:
    """Sends (when the dialog allows it) or goes back; returns the problems it listed."""
    seen: list[list[str]] = []

    def act(dialog: SubmitDialog) -> None:
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        if send and dialog.submit_button.isEnabled():
            dialog.submit_button.click()
        else:
            dialog.reject()

    when_dialog_opens(SubmitDialog, act)
    return seen
