"""Translated column titles for the table models."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt


def column_title(
    context: str, columns: Sequence[object], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """The title of ``section`` for headerData, or None for what a header does not show.
    The tooltip repeats the title: a narrow column shows it shortened with "…"."""
    if (
        role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        and orientation == Qt.Orientation.Horizontal
        and 0 <= section < len(columns)
    ):
        return QCoreApplication.translate(context, str(columns[section]))
    return None
