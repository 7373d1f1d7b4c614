"""Which widget of the editor form shows which order field (for inline messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.order import ClientType

# field path → (widget attribute of Ui_DraftEditorForm, its QFormLayout attribute)
FIELD_WIDGETS: dict[str, tuple[str, str]] = {
    "budget": ("budgetCombo", "orderGroupForm"),
    "order_description": ("orderDescriptionEdit", "orderGroupForm"),
    "service_description": ("serviceDescriptionEdit", "orderGroupForm"),
    "service_start": ("serviceStartEdit", "orderGroupForm"),
    "service_end": ("serviceEndEdit", "orderGroupForm"),
    "client.legal_name": ("clientNameEdit", "clientGroupForm"),
    "client.address.street": ("clientStreetEdit", "clientGroupForm"),
    "client.address.postal_code": ("clientPostalCodeEdit", "clientGroupForm"),
    "client.address.city": ("clientCityEdit", "clientGroupForm"),
    "client.address.country": ("clientCountryCombo", "clientGroupForm"),
    "client.vat_id": ("clientVatIdEdit", "clientGroupForm"),
    "client.invoice_email": ("clientInvoiceEmailEdit", "clientGroupForm"),
    "contact_name": ("contactNameEdit", "contactGroupForm"),
    "contact_email": ("contactEmailEdit", "contactGroupForm"),
    "line_items": ("lineItemsView", "feesGroupForm"),
    "currency": ("currencyCombo", "feesGroupForm"),
    "invoice_dates": ("invoiceDatesList", "datesGroupForm"),
    "offer_valid_until": ("offerValidEdit", "datesGroupForm"),
    "skip_client_confirmation": ("skipConfirmationCheck", "datesGroupForm"),
}


def client_type_label(kind: ClientType) -> str:
    labels = {
        ClientType.BUSINESS_EU_VAT: QCoreApplication.translate(
            "ClientType", "Unternehmen mit EU-USt-IdNr."
        ),
        ClientType.BUSINESS_NO_VAT: QCoreApplication.translate(
            "ClientType", "Unternehmen ohne USt-IdNr."
        ),
        ClientType.PRIVATE: QCoreApplication.translate("ClientType", "Privatperson"),
    }
    return labels[kind]
