"""Asking for a text before an action: a comment, a cancellation reason (at least 20
characters), an invoice change request. The count of missing characters is shown live."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class TextRequestDialog(QDialog):
    def __init__(
        self,
        title: str,
        explanation: str,
        action_text: str,
        min_chars: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("textRequestDialog")
        self.setWindowTitle(title)
        self.resize(520, 300)
        self._min_chars = min_chars
        info = QLabel(explanation, self)
        info.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("requestText")
        self.edit.setAccessibleName(title)
        self.counter = QLabel(self)
        self.counter.setObjectName("requestCounter")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.edit)
        layout.addWidget(self.counter)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()
        self.edit.setFocus()

    @property
    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _update(self) -> None:
        missing = self._min_chars - len(self.text)
        self.ok_button.setEnabled(missing <= 0)
        if missing > 0 and self._min_chars > 1:
            self.counter.setText(self.tr("Noch %1 Zeichen").replace("%1", str(missing)))
        else:
            self.counter.setText("")
