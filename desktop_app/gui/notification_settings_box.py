"""Einstellungen → Benachrichtigungen: "Nicht stören" and the two lead times."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from ..platform.settings import INVOICE_DAYS, OFFER_DAYS, Settings


class NotificationSettingsBox(QGroupBox):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Benachrichtigungen"), parent)
        self.setObjectName("notificationSettings")
        self.quiet_box = QCheckBox(self.tr("Nicht stö&ren"), self)
        self.quiet_box.setObjectName("doNotDisturbBox")
        self.quiet_box.setChecked(settings.do_not_disturb)
        self.quiet_box.setToolTip(
            self.tr("Keine Meldungen des Systems; die Liste der Benachrichtigungen bleibt.")
        )
        self.offer_spin = QSpinBox(self)
        self.offer_spin.setObjectName("offerLeadSpin")
        self.offer_spin.setRange(*OFFER_DAYS)
        self.offer_spin.setSpecialValueText(self.tr("am letzten Tag"))
        self.offer_spin.valueChanged.connect(self._offer_suffix)
        self.offer_spin.setValue(settings.notify_offer_days)
        self._offer_suffix(self.offer_spin.value())
        self.invoice_spin = QSpinBox(self)
        self.invoice_spin.setObjectName("invoiceLeadSpin")
        self.invoice_spin.setRange(*INVOICE_DAYS)
        self.invoice_spin.valueChanged.connect(self._invoice_suffix)
        self.invoice_spin.setValue(settings.notify_invoice_days)
        self._invoice_suffix(self.invoice_spin.value())
        note = QLabel(
            self.tr(
                "Ein Angebot ist bis zum Ende seines Gültigkeitstags gültig; Änderungen an "
                "einem Rechnungsentwurf sind bis zum Tag vor dem Rechnungsdatum möglich."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.quiet_box)
        form.addRow(self.tr("Ablaufende Angebote &melden:"), self.offer_spin)
        form.addRow(self.tr("Änderungsfrist für Rechn&ungen melden:"), self.invoice_spin)
        form.addRow(note)

    def _offer_suffix(self, days: int) -> None:
        one = days == 1
        self.offer_spin.setSuffix(self.tr(" Tag vorher") if one else self.tr(" Tage vorher"))

    def _invoice_suffix(self, days: int) -> None:
        if days == 1:
            suffix = self.tr(" Tag vor dem Rechnungsdatum (letzter Änderungstag)")
        else:
            suffix = self.tr(" Tage vor dem Rechnungsdatum")
        self.invoice_spin.setSuffix(suffix)

    def values(self) -> dict[str, object]:
        return {
            "do_not_disturb": self.quiet_box.isChecked(),
            "notify_offer_days": self.offer_spin.value(),
            "notify_invoice_days": self.invoice_spin.value(),
        }
