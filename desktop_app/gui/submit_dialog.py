"""The pre-submit check: every error (blocking) and warning in plain German, each one a
way back to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.validation import Problem, Severity
from . import theme
from .problem_texts import field_label, problem_text


class SubmitDialog(QDialog):
    field_requested = Signal(str)  # a problem's field path: the editor shows it

    def __init__(self, problems: list[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submitDialog")
        self.setWindowTitle(self.tr("Auftrag an Smart senden"))
        self.resize(620, 360)
        errors = [p for p in problems if p.severity is Severity.ERROR]
        warnings = [p for p in problems if p.severity is Severity.WARNING]
        if errors:
            intro = self.tr(
                "Der Auftrag kann so nicht gesendet werden. Bitte beheben Sie die Fehler "
                "(Doppelklick führt zum Feld)."
            )
        elif warnings:
            intro = self.tr(
                "Bitte prüfen Sie die Hinweise. Nach dem Senden kann der Auftrag nicht mehr "
                "geändert werden."
            )
        else:
            intro = self.tr(
                "Der Auftrag ist vollständig. Nach dem Senden prüft Smart ihn (Ziel: 24 Stunden "
                "an Werktagen); ändern können Sie ihn dann nicht mehr."
            )
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("problemList")
        # Long texts wrap inside the dialog instead of hiding behind a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when resized
        self.list.setSpacing(2)
        for problem in errors + warnings:
            prefix = self.tr("Fehler") if problem.severity is Severity.ERROR else self.tr("Hinweis")
            item = QListWidgetItem(
                f"{prefix} – {field_label(problem.field)}: {problem_text(problem)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            if problem.severity is Severity.ERROR:
                item.setForeground(theme.color("error_text"))
            self.list.addItem(item)
        self.list.setVisible(bool(problems))
        self.list.itemActivated.connect(self._on_item_activated)
        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton(
            self.tr("&Senden"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setEnabled(not errors)
        self.buttons.addButton(
            self.tr("Zurück zum &Formular"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.field_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        self.reject()
