"""The file dialog behind the editor's "Datei anhängen" and "Nachweis hochladen" buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_attachment(parent: QWidget, proof: bool) -> Path | None:
    """The file the person picked (None: cancelled). Only the dialog: no file is read."""
    # Literal contexts, so that lupdate files the strings where the editor's already are.
    title = (
        QCoreApplication.translate("DraftEditor", "Nachweis hochladen")
        if proof
        else QCoreApplication.translate("DraftEditor", "Datei anhängen")
    )
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate("DraftEditor", "Dokumente (*.pdf *.jpg *.jpeg *.png)"),
    )
    return Path(path) if path else None
