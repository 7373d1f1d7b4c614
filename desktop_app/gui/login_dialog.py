"""Log in to the Smart server: address, e-mail, password; the error beside the form, the
network call off the GUI thread. Only the refresh token is kept (OS keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.account import AccountService, AccountState, LoginError
from . import theme
from .ops import OpsRunner
from .sync_texts import login_error_text


class LoginDialog(QDialog):
    def __init__(
        self, account: AccountService, ops: OpsRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Bei Smart anmelden"))
        self.setMinimumWidth(460)
        self._account = account
        self._ops = ops
        self.result_state: AccountState | None = None
        state = account.state
        self.server_edit = QLineEdit(state.server_url or "https://", self)
        self.server_edit.setObjectName("serverEdit")
        self.email_edit = QLineEdit(state.email, self)
        self.email_edit.setObjectName("emailEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setWordWrap(True)
        theme.apply_style(self.error_label, "error_badge")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server-&Adresse:"), self.server_edit)
        form.addRow(self.tr("&E-Mail:"), self.email_edit)
        form.addRow(self.tr("&Passwort:"), self.password_edit)
        hint = QLabel(
            self.tr(
                "Das Passwort wird nicht gespeichert. Die Anmeldung bleibt im Schlüsselbund "
                "des Betriebssystems erhalten."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("&Anmelden"))
        self.buttons.accepted.connect(self._on_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        (self.password_edit if state.email else self.email_edit).setFocus()

    def _on_login(self) -> None:
        server = self.server_edit.text().strip()
        email = self.email_edit.text().strip()
        password = self.password_edit.text()
        if not email or not password or server in ("", "https://"):
            self._show_error(self.tr("Bitte Server-Adresse, E-Mail und Passwort angeben."))
            return
        self._set_busy(True)
        self._ops.run_net(
            lambda: self._account.login(server, email, password),
            self._on_logged_in,
            self._on_failed,
        )

    def _on_logged_in(self, state: AccountState) -> None:
        self._set_busy(False)
        self.result_state = state
        self.password_edit.clear()
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        code = exc.code if isinstance(exc, LoginError) else "server_error"
        self._show_error(login_error_text(code))
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)
        self.login_button.setText(self.tr("Anmelden …") if busy else self.tr("&Anmelden"))
        for edit in (self.server_edit, self.email_edit, self.password_edit):
            edit.setEnabled(not busy)
