"""Drag files from the file manager onto the attachments list to attach them (each is
checked like a file chosen in the dialog: PDF, JPEG or PNG, at most 25 MB)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from .draft_editor import DraftEditor


class AttachmentDrop(QObject):
    def __init__(self, editor: DraftEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        target = editor.ui.attachmentsList
        target.setAcceptDrops(True)
        target.viewport().setAcceptDrops(True)
        target.viewport().installEventFilter(self)
        target.setToolTip(self.tr("Dateien hierher ziehen, um sie anzuhängen"))

    def _files(self, event: QDropEvent | QDragEnterEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        order = self._editor.order
        editable = order is not None and order.is_editable
        if isinstance(event, QDragEnterEvent | QDropEvent) and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
        ):
            if editable and self._files(event):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            if editable:
                for path in self._files(event):
                    self._editor.attach_requested.emit(path, False)
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)
