"""What the person sees when the database cannot be used: never overwritten silently."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def describe(state: str, revision: str | None) -> str:
    """``state``: newer | foreign | corrupt (storage.migrate.DbState values)."""
    if state == "newer":
        return QCoreApplication.translate(
            "DatabaseProblemDialog",
            "Die Datenbank wurde von einer neueren Version von Smart Aufträge angelegt "
            "(Schema %1). Bitte installiere die neue Version.",
        ).replace("%1", revision or "?")
    if state == "foreign":
        return QCoreApplication.translate(
            "DatabaseProblemDialog", "Die Datei ist keine Datenbank von Smart Aufträge."
        )
    return QCoreApplication.translate(
        "DatabaseProblemDialog", "Die Datenbank ist beschädigt und kann nicht gelesen werden."
    )


def ask_move_aside(state: str, revision: str | None, path: Path) -> bool:
    """True when the person wants the file moved aside and a new, empty database."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("DatabaseProblemDialog", "Datenbank nicht nutzbar"),
        describe(state, revision),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DatabaseProblemDialog",
            "Datei: %1\n\nDie Datei wird nicht verändert. Du kannst sie beiseitelegen "
            "(sie bleibt daneben erhalten) und mit einer leeren Datenbank beginnen, "
            "oder das Programm beenden.",
        ).replace("%1", str(path))
    )
    move = box.addButton(
        QCoreApplication.translate("DatabaseProblemDialog", "Beiseitelegen und neu beginnen"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("DatabaseProblemDialog", "Beenden"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    return box.clickedButton() is move
