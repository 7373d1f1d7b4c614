"""The fields of a client record as a form: type, name, address, country (searchable), VAT ID
and invoice e-mail, each with its German message beside it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLineEdit, QWidget

from ..domain.client_duplicates import client_problems
from ..domain.countries import COUNTRIES
from ..domain.order import Address, Client, ClientType
from ..domain.validation import Problem
from .editor_bindings import client_type_label
from .field_messages import FieldMessages
from .i18n import language


class NewClientForm(QObject):
    edited = Signal(str)  # the field path the person changed

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = QWidget(parent)
        self.form_layout = form = QFormLayout(self.widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.type_combo = QComboBox(self.widget)
        self.type_combo.setObjectName("newClientTypeCombo")
        for kind in ClientType:
            self.type_combo.addItem(client_type_label(kind), kind.value)
        self.name_edit = self._line("newClientNameEdit")
        self.street_edit = self._line("newClientStreetEdit")
        self.postal_edit = self._line("newClientPostalCodeEdit")
        self.city_edit = self._line("newClientCityEdit")
        self.country_combo = self._countries()
        self.vat_edit = self._line("newClientVatIdEdit")
        self.vat_edit.setPlaceholderText(
            self.tr("z. B. DE123456789 – immer angeben, wenn vorhanden")
        )
        self.email_edit = self._line("newClientInvoiceEmailEdit")
        self.email_edit.setPlaceholderText(self.tr("optional, für Rechnungen"))
        rows = (
            (self.tr("A&rt:"), self.type_combo, "client.type"),
            (self.tr("&Name / Firma:"), self.name_edit, "client.legal_name"),
            (self.tr("&Straße und Nr.:"), self.street_edit, "client.address.street"),
            (self.tr("&PLZ:"), self.postal_edit, "client.address.postal_code"),
            (self.tr("&Ort:"), self.city_edit, "client.address.city"),
            (self.tr("&Land:"), self.country_combo, "client.address.country"),
            (self.tr("&USt-IdNr.:"), self.vat_edit, "client.vat_id"),
            (self.tr("Rechnungs-&E-Mail:"), self.email_edit, "client.invoice_email"),
        )
        self.messages = FieldMessages()
        for label, widget, field in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            if field != "client.type":
                self.messages.register(field, widget, form)
        self._connect()

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self.widget)
        edit.setObjectName(name)
        return edit

    def _countries(self) -> QComboBox:
        combo = QComboBox(self.widget)
        combo.setObjectName("newClientCountryCombo")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = 1 if language() == "en" else 0
        for code in sorted(COUNTRIES, key=lambda c: (c != "DE", COUNTRIES[c][names])):
            combo.addItem(COUNTRIES[code][names], code)
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        line = combo.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(self.tr("Land suchen …"))
        # Text that names no country goes back to the country chosen.
        line.editingFinished.connect(self._settle_country)
        return combo

    def _settle_country(self) -> None:
        combo = self.country_combo
        found = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            combo.setCurrentIndex(found)
        combo.setEditText(combo.itemText(combo.currentIndex()))

    def _connect(self) -> None:
        for edit, field in (
            (self.name_edit, "client.legal_name"),
            (self.street_edit, "client.address.street"),
            (self.postal_edit, "client.address.postal_code"),
            (self.city_edit, "client.address.city"),
            (self.vat_edit, "client.vat_id"),
            (self.email_edit, "client.invoice_email"),
        ):
            edit.textEdited.connect(lambda _t, f=field: self.edited.emit(f))
        self.type_combo.currentIndexChanged.connect(lambda _i: self.edited.emit("client.type"))
        self.country_combo.currentIndexChanged.connect(
            lambda _i: self.edited.emit("client.address.country")
        )

    # -- values ---------------------------------------------------------------------------
    def client(self) -> Client:
        """The client as typed (never linked: a new record of Smart's database)."""
        return Client(
            type=ClientType(self.type_combo.currentData()),
            legal_name=self.name_edit.text().strip(),
            address=Address(
                street=self.street_edit.text().strip(),
                postal_code=self.postal_edit.text().strip(),
                city=self.city_edit.text().strip(),
                country=self.country_combo.currentData() or "DE",
            ),
            vat_id=self.vat_edit.text().strip(),
            invoice_email=self.email_edit.text().strip(),
        )

    def fill(self, client: Client) -> None:
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(client.type.value), 0))
        self.name_edit.setText(client.legal_name)
        self.street_edit.setText(client.address.street)
        self.postal_edit.setText(client.address.postal_code)
        self.city_edit.setText(client.address.city)
        country = self.country_combo.findData(client.address.country.upper())
        self.country_combo.setCurrentIndex(max(country, 0))
        self.vat_edit.setText(client.vat_id)
        self.email_edit.setText(client.invoice_email)

    def problems(self) -> list[Problem]:
        return client_problems(self.client())

    def show_problems(self, touched: set[str] | None) -> list[Problem]:
        """Show the problems (missing fields only once touched, all with None)."""
        problems = self.problems()
        self.messages.show(problems, touched)
        return problems
