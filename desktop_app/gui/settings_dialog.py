"""Einstellungen: account (where the session is kept), sync interval, language, the Smart
contribution rate and autosave. Written to settings.json off the GUI thread."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..platform.settings import Settings, load_settings, save_settings
from ..services.account import AccountState
from . import theme
from .calendar_file_box import CalendarFileBox
from .notification_settings_box import NotificationSettingsBox
from .ops import OpsRunner


class SettingsDialog(QDialog):
    saved = Signal(object)  # Settings

    def __init__(
        self,
        settings: Settings,
        account: AccountState,
        settings_file: Path,
        ops: OpsRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Einstellungen"))
        self._settings = settings
        self._file = settings_file
        self._ops = ops

        account_box = QGroupBox(self.tr("Konto"), self)
        account_form = QFormLayout(account_box)
        account_form.addRow(self.tr("Server:"), QLabel(account.server_url or "–"))
        account_form.addRow(self.tr("E-Mail:"), QLabel(account.email or "–"))
        if account.secret_store_problem:
            where = self.tr("nur im Arbeitsspeicher (kein Schlüsselbund verfügbar)")
        elif account.secret_store:
            where = self.tr("im Schlüsselbund des Systems (%1)").replace("%1", account.secret_store)
        elif account.logged_in:
            where = self.tr("nur im Arbeitsspeicher, bis die App endet")
        else:
            where = self.tr("nicht angemeldet")
        self.secret_label = QLabel(where)
        self.secret_label.setObjectName("secretStoreLabel")
        account_form.addRow(self.tr("Anmeldung gespeichert:"), self.secret_label)

        self.sync_spin = QSpinBox(self)
        self.sync_spin.setObjectName("syncMinutesSpin")
        self.sync_spin.setRange(1, 120)
        self.sync_spin.setSuffix(self.tr(" Min."))
        self.sync_spin.setValue(settings.sync_minutes)
        self.autosave_spin = QSpinBox(self)
        self.autosave_spin.setRange(1, 60)
        self.autosave_spin.setSuffix(self.tr(" Sek."))
        self.autosave_spin.setValue(settings.autosave_seconds)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if settings.language == "de" else 1)
        self.appearance_combo = QComboBox(self)
        self.appearance_combo.setObjectName("appearanceCombo")
        self.appearance_combo.addItem(self.tr("System"), "system")
        self.appearance_combo.addItem(self.tr("Hell"), "light")
        self.appearance_combo.addItem(self.tr("Dunkel"), "dark")
        self.appearance_combo.setCurrentIndex(
            max(0, self.appearance_combo.findData(settings.appearance))
        )
        self.contribution_edit = QLineEdit(settings.contribution_percent, self)
        self.contribution_edit.setObjectName("contributionEdit")
        self.contribution_error = QLabel(self)
        self.contribution_error.setObjectName("contributionError")
        theme.apply_style(self.contribution_error, "error_text")
        self.contribution_error.hide()
        general = QGroupBox(self.tr("Allgemein"), self)
        form = QFormLayout(general)
        form.addRow(self.tr("&Synchronisieren alle:"), self.sync_spin)
        form.addRow(self.tr("Entwürfe automatisch speichern &nach:"), self.autosave_spin)
        form.addRow(self.tr("S&prache (ab dem nächsten Start):"), self.language_combo)
        form.addRow(self.tr("&Erscheinungsbild:"), self.appearance_combo)
        form.addRow(self.tr("Smart-&Beitrag in % (Vorschau):"), self.contribution_edit)
        form.addRow("", self.contribution_error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(account_box)
        layout.addWidget(general)
        self.calendar_box = CalendarFileBox(settings.calendar_file, self)
        layout.addWidget(self.calendar_box)
        self.notification_box = NotificationSettingsBox(settings, self)
        layout.addWidget(self.notification_box)
        layout.addWidget(buttons)

    def edited(self) -> dict[str, object] | None:
        """The fields as entered, or None with the error shown beside the field."""
        text = self.contribution_edit.text().strip().replace(",", ".")
        try:
            rate = Decimal(text)
        except InvalidOperation:
            rate = Decimal(-1)
        if not Decimal(0) <= rate <= Decimal(100):
            self.contribution_error.setText(self.tr("Bitte eine Zahl von 0 bis 100 angeben."))
            self.contribution_error.show()
            self.contribution_edit.setFocus()
            return None
        self.contribution_error.hide()
        calendar_file = self.calendar_box.value()
        if calendar_file is None:
            return None
        return {
            "calendar_file": calendar_file,
            "sync_minutes": self.sync_spin.value(),
            "autosave_seconds": self.autosave_spin.value(),
            "language": str(self.language_combo.currentData()),
            "appearance": str(self.appearance_combo.currentData()),
            "contribution_percent": format(rate.normalize(), "f"),
            **self.notification_box.values(),
        }

    def _on_save(self) -> None:
        fields = self.edited()
        if fields is None:
            return

        def write() -> Settings:
            # Re-read first: a login meanwhile stored the server and e-mail in the same file.
            updated = replace(load_settings(self._file), **fields)  # type: ignore[arg-type]
            save_settings(self._file, updated)
            return updated

        self._ops.run_db(write, self._done)

    def _done(self, settings: Settings) -> None:
        self.saved.emit(settings)
        self.accept()
