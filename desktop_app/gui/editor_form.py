"""Copying an order onto the editor's widgets and reading it back."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain.order import Address, Client, ClientType, Order
from .budget_field import budget_value, show_budget
from .optional_date import get_date, set_date

if TYPE_CHECKING:  # imported for real only once the form is built (start-up time)
    from .forms.ui_draft_editor import Ui_DraftEditorForm
    from .line_items_model import LineItemsModel


def collect_order(ui: Ui_DraftEditorForm, line_items: LineItemsModel, base: Order) -> Order:
    """``base`` with every field as the widgets show it now."""
    client = Client(
        type=ClientType(ui.clientTypeCombo.currentData()),
        legal_name=ui.clientNameEdit.text(),
        address=Address(
            street=ui.clientStreetEdit.text(),
            postal_code=ui.clientPostalCodeEdit.text(),
            city=ui.clientCityEdit.text(),
            country=ui.clientCountryCombo.currentData() or "DE",
        ),
        vat_id=ui.clientVatIdEdit.text(),
        invoice_email=ui.clientInvoiceEmailEdit.text(),
        server_id=base.client.server_id,
    )
    return replace(
        base,
        budget=budget_value(ui.budgetCombo),
        client=client,
        contact_name=ui.contactNameEdit.text(),
        contact_email=ui.contactEmailEdit.text(),
        order_description=ui.orderDescriptionEdit.toPlainText(),
        service_description=ui.serviceDescriptionEdit.toPlainText(),
        service_start=get_date(ui.serviceStartEdit),
        service_end=get_date(ui.serviceEndEdit),
        line_items=line_items.items,
        currency=ui.currencyCombo.currentText(),
        reduced_vat=ui.reducedVatCheck.isChecked(),
        offer_valid_until=get_date(ui.offerValidEdit),
        skip_client_confirmation=ui.skipConfirmationCheck.isChecked(),
        special_agreement=ui.specialAgreementEdit.toPlainText(),
    )


def fill_form(ui: Ui_DraftEditorForm, line_items: LineItemsModel, order: Order) -> None:
    """Show ``order`` (the caller blocks the edit handlers meanwhile)."""
    show_budget(ui.budgetCombo, order.budget)
    _set_text(ui.orderDescriptionEdit, order.order_description)
    _set_text(ui.serviceDescriptionEdit, order.service_description)
    set_date(ui.serviceStartEdit, order.service_start)
    set_date(ui.serviceEndEdit, order.service_end)
    client = order.client
    ui.clientTypeCombo.setCurrentIndex(ui.clientTypeCombo.findData(client.type.value))
    _set_text(ui.clientNameEdit, client.legal_name)
    _set_text(ui.clientStreetEdit, client.address.street)
    _set_text(ui.clientPostalCodeEdit, client.address.postal_code)
    _set_text(ui.clientCityEdit, client.address.city)
    country = ui.clientCountryCombo.findData(client.address.country)
    ui.clientCountryCombo.setCurrentIndex(max(country, 0))
    _set_text(ui.clientVatIdEdit, client.vat_id)
    _set_text(ui.clientInvoiceEmailEdit, client.invoice_email)
    _set_text(ui.contactNameEdit, order.contact_name)
    _set_text(ui.contactEmailEdit, order.contact_email)
    if line_items.items != order.line_items:
        line_items.set_items(order.line_items)
    line_items.currency = order.currency
    ui.currencyCombo.setCurrentText(order.currency)
    ui.reducedVatCheck.setChecked(order.reduced_vat)
    set_date(ui.offerValidEdit, order.offer_valid_until)
    ui.skipConfirmationCheck.setChecked(order.skip_client_confirmation)
    _set_text(ui.specialAgreementEdit, order.special_agreement)


def _set_text(widget: object, text: str) -> None:
    """Set text without moving the cursor when nothing changes (keeps typing smooth)."""
    current = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()  # type: ignore[attr-defined]
    if current != text:
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(text)  # type: ignore[attr-defined]
        else:
            widget.setText(text)  # type: ignore[attr-defined]
