"""The one-line summary above the editor: how far the draft is from submission."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.validation import Problem, Severity


def completeness_text(problems: list[Problem], editable: bool) -> str:
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    if not editable:
        text = QCoreApplication.translate(
            "DraftEditor", "Dieser Auftrag ist übermittelt und kann nicht mehr bearbeitet werden."
        )
    elif errors == 1:
        text = QCoreApplication.translate(
            "DraftEditor", "Entwurf – für die Übermittlung fehlt noch 1 Angabe."
        )
    elif errors:
        text = QCoreApplication.translate(
            "DraftEditor", "Entwurf – für die Übermittlung fehlen noch %1 Angaben."
        ).replace("%1", str(errors))
    else:
        text = QCoreApplication.translate(
            "DraftEditor", "Entwurf – vollständig, bereit zur Übermittlung."
        )
    if warnings == 1:
        text += " " + QCoreApplication.translate("DraftEditor", "1 Hinweis beachten.")
    elif warnings:
        text += " " + QCoreApplication.translate("DraftEditor", "%1 Hinweise beachten.").replace(
            "%1", str(warnings)
        )
    return text
