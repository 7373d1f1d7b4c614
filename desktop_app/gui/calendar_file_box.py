"""The settings' "Kalender" group: keep the deadlines in an .ics file that calendar apps
subscribe to (on/off and where)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from . import theme

DEFAULT_NAME = "smart-fristen.ics"


class CalendarFileBox(QGroupBox):
    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kalender"))
        self.enabled_box = QCheckBox(self.tr("Kalenderdatei &aktuell halten"), self)
        self.enabled_box.setObjectName("calendarFileCheck")
        self.enabled_box.setChecked(bool(path))
        self.path_edit = QLineEdit(path, self)
        self.path_edit.setObjectName("calendarFileEdit")
        self.path_edit.setPlaceholderText(str(Path.home() / DEFAULT_NAME))
        self.browse_button = QPushButton(self.tr("Speicherort &wählen …"), self)
        self.browse_button.clicked.connect(self._on_browse)
        self.error = QLabel(self)
        self.error.setObjectName("calendarFileError")
        self.error.setWordWrap(True)
        theme.apply_style(self.error, "error_text")
        self.error.hide()
        hint = QLabel(
            self.tr(
                "Die App schreibt die Fristen nach jeder Änderung in diese Datei. "
                "Abonnieren Sie sie in Ihrer Kalender-App, dann bleibt der Kalender aktuell."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QGridLayout(self)
        layout.addWidget(self.enabled_box, 0, 0, 1, 2)
        layout.addWidget(self.path_edit, 1, 0)
        layout.addWidget(self.browse_button, 1, 1)
        layout.addWidget(self.error, 2, 0, 1, 2)
        layout.addWidget(hint, 3, 0, 1, 2)
        self.enabled_box.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        on = self.enabled_box.isChecked()
        self.path_edit.setEnabled(on)
        self.browse_button.setEnabled(on)
        if not on:
            self.error.hide()

    def _on_browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Kalenderdatei"),
            self.path_edit.text() or str(Path.home() / DEFAULT_NAME),
            self.tr("Kalender (*.ics)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def value(self) -> str | None:
        """The file to keep ("" when off), or None with the problem shown beside the field."""
        if not self.enabled_box.isChecked():
            return ""
        text = self.path_edit.text().strip()
        if not text or not Path(text).expanduser().is_absolute():
            self.error.setText(
                self.tr("Bitte einen vollständigen Pfad für die Kalenderdatei angeben.")
            )
            self.error.show()
            self.path_edit.setFocus()
            return None
        self.error.hide()
        return text
