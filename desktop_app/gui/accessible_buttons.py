"""Names for the icon-only buttons Qt adds by itself (the » overflow of the menu bar and the
toolbar, a table's corner button, a line edit's clear button, the tab scroll arrows):
screen readers announce them and a tooltip explains them. Our own icon buttons are named
where they are made; this walk fills in the rest once the window is complete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget


def _name_for(button: QAbstractButton) -> str:
    known = {
        "qt_menubar_ext_button": QCoreApplication.translate("AccessibleButtons", "Weitere Menüs"),
        "qt_toolbar_ext_button": QCoreApplication.translate(
            "AccessibleButtons", "Weitere Werkzeuge"
        ),
        "qt_tableview_cornerbutton": QCoreApplication.translate(
            "AccessibleButtons", "Alle Zeilen auswählen"
        ),
    }
    name = known.get(button.objectName())
    if name:
        return name
    if isinstance(button.parent(), QLineEdit):
        return QCoreApplication.translate(
            "AccessibleButtons", "Eingabe löschen"
        )  # the only button Qt puts into a line edit
    return button.accessibleName() or button.toolTip() or button.text().replace("&", "")


def name_icon_buttons(root: QWidget) -> list[QAbstractButton]:
    """Give every button under ``root`` without a visible text an accessible name and a
    tooltip (keeping any it has); returns the buttons still without one."""
    nameless = []
    for button in root.findChildren(QAbstractButton):
        if button.text().strip() and button.accessibleName().strip():
            continue
        name = _name_for(button)
        if not name:
            nameless.append(button)
            continue
        if not button.accessibleName().strip():
            button.setAccessibleName(name)
        if not button.toolTip().strip() and not button.text().strip():
            button.setToolTip(name)
    return nameless
