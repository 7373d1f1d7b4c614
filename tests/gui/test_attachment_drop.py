"""Dropping files on the attachments list attaches them like the file dialog does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.app import AppContext
from desktop_app.domain.status import OrderStatus

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _drag_and_drop(widget, paths: list[Path]) -> bool:  # type: ignore[no-untyped-def]
    """A drag entering the widget, then the drop (as Qt delivers them); whether the widget
    accepted the drag."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    if enter.isAccepted():
        drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, buttons, keys)
        QApplication.sendEvent(widget, drop)
    return enter.isAccepted()


def test_dropped_files_are_attached(
    qtbot, start_app: Callable[[], AppContext], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    context = start_app()
    qtbot.waitUntil(lambda: getattr(context, "attachment_drop", None) is not None, timeout=10000)
    context.window.controller.new_draft()
    editor = context.window.editor
    qtbot.waitUntil(lambda: editor.order is not None, timeout=5000)
    offer = tmp_path / "Angebot.pdf"
    offer.write_bytes(PDF)
    assert _drag_and_drop(editor.ui.attachmentsList.viewport(), [offer])
    qtbot.waitUntil(lambda: editor.order is not None and len(editor.order.attachments) == 1)
    assert editor.order.attachments[0].filename == "Angebot.pdf"
    assert editor.ui.attachmentsList.count() == 1

    editor.set_order(replace(editor.order, status=OrderStatus.SMART_REVIEW))
    assert not _drag_and_drop(editor.ui.attachmentsList.viewport(), [offer])  # not editable
