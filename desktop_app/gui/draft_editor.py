"""The draft editor: every field of the order form, inline messages, undo and autosave.

The editor holds the current Order as an immutable snapshot. Every edit builds a new
snapshot from the widgets and pushes it onto an undo stack; undo applies an older snapshot
back onto the widgets. Saving is the caller's job: ``save_requested`` carries the snapshot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ..domain.budgets import Budget, single_budget
from ..domain.countries import COUNTRIES
from ..domain.money import CURRENCIES
from ..domain.order import AttachmentRef, Client, ClientType, Order
from ..domain.validation import Problem, validate_order
from .amounts_preview import preview_text
from .completeness import completeness_text
from .editor_form import collect_order, fill_form
from .editor_lists import commit_open_cell, fill_lists
from .editor_undo import SnapshotCommand, UndoKeyFilter
from .i18n import language
from .optional_date import DATE_FORMAT, from_qdate, make_optional

if TYPE_CHECKING:
    from .budget_field import BudgetField
    from .field_messages import FieldMessages
    from .forms.ui_draft_editor import Ui_DraftEditorForm
    from .line_items_model import LineItemsModel


def _content(order: Order) -> Order:
    return replace(order, created_at=None, updated_at=None)


class DraftEditor(QWidget):
    save_requested = Signal(object)  # Order
    attach_requested = Signal(object, bool)  # Path, is_confirmation_proof
    dirty_changed = Signal(bool)
    order_shown = Signal(object)  # the Order now shown (or None)

    def __init__(
        self,
        today: Callable[[], date],
        contribution_percent: Decimal,
        autosave_ms: int = 3000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._contribution = contribution_percent
        self._order: Order | None = None
        self._saved: Order | None = None
        self._touched: set[str] = set()
        self._show_all_required = False
        self._loading = False
        self._undo_generation = 0
        self.problems: list[Problem] = []

        self.undo_stack = QUndoStack(self)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(autosave_ms)
        self._autosave.timeout.connect(self.save_now)

        self._ui: Ui_DraftEditorForm | None = None
        self._form: QWidget | None = None
        self.line_items: LineItemsModel
        self.messages: FieldMessages
        self.budget: BudgetField
        self._build_frame()

    # -- construction -------------------------------------------------------------------
    def _build_frame(self) -> None:
        self.summary_label = QLabel(self.tr("Kein Auftrag ausgewählt."), self)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self._scroll)
        self.setMinimumWidth(480)

    def ensure_built(self) -> None:
        """Build the form. Deferred so that start-up paints the list without waiting for it;
        the app calls this right after the first paint, set_order at the latest."""
        if self._ui is not None:
            return
        from .budget_field import BudgetField
        from .editor_bindings import FIELD_WIDGETS, client_type_label
        from .field_messages import FieldMessages
        from .forms.ui_draft_editor import Ui_DraftEditorForm
        from .line_items_columns import size_line_item_columns
        from .line_items_model import LineItemsModel

        self._form = QWidget()
        self._ui = ui = Ui_DraftEditorForm()
        ui.setupUi(self._form)
        self._scroll.setWidget(self.form)
        # Never narrower than the form itself: no sideways scrolling, no clipped messages.
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.form.minimumSizeHint().width() + bar + 4)

        for kind in ClientType:
            ui.clientTypeCombo.addItem(client_type_label(kind), kind.value)
        lang = language()
        names = sorted(COUNTRIES, key=lambda c: (c != "DE", COUNTRIES[c][1 if lang == "en" else 0]))
        for code in names:
            ui.clientCountryCombo.addItem(COUNTRIES[code][1 if lang == "en" else 0], code)
        ui.currencyCombo.addItems(list(CURRENCIES))
        self.budget = BudgetField(ui.budgetCombo, self)
        for edit in (ui.serviceStartEdit, ui.serviceEndEdit, ui.offerValidEdit):
            make_optional(edit)
        ui.newInvoiceDateEdit.setDisplayFormat(DATE_FORMAT)

        self.line_items = LineItemsModel(self)
        ui.lineItemsView.setModel(self.line_items)
        size_line_item_columns(ui.lineItemsView)

        self.messages = FieldMessages()
        for field, (name, form_name) in FIELD_WIDGETS.items():
            self.messages.register(field, getattr(ui, name), getattr(ui, form_name))

        key_filter = UndoKeyFilter(self.undo_stack, self)
        for widget in self.form.findChildren(QWidget):
            widget.installEventFilter(key_filter)
        self._connect()
        self.form.setEnabled(False)

    def _connect(self) -> None:
        ui = self.ui
        text_fields = {
            ui.clientNameEdit: "client.legal_name",
            ui.clientStreetEdit: "client.address.street",
            ui.clientPostalCodeEdit: "client.address.postal_code",
            ui.clientCityEdit: "client.address.city",
            ui.clientVatIdEdit: "client.vat_id",
            ui.clientInvoiceEmailEdit: "client.invoice_email",
            ui.contactNameEdit: "contact_name",
            ui.contactEmailEdit: "contact_email",
        }
        for widget, field in text_fields.items():
            widget.textChanged.connect(lambda _t, f=field: self._on_edited(f))
        for text_edit, field in (
            (ui.orderDescriptionEdit, "order_description"),
            (ui.serviceDescriptionEdit, "service_description"),
            (ui.specialAgreementEdit, "special_agreement"),
        ):
            text_edit.textChanged.connect(lambda f=field: self._on_edited(f))
        self.budget.edited.connect(lambda: self._on_edited("budget"))
        ui.clientTypeCombo.currentIndexChanged.connect(lambda _i: self._on_edited("client.type"))
        ui.clientCountryCombo.currentIndexChanged.connect(
            lambda _i: self._on_edited("client.address.country")
        )
        ui.currencyCombo.currentIndexChanged.connect(lambda _i: self._on_edited("currency"))
        ui.serviceStartEdit.dateChanged.connect(lambda _d: self._on_edited("service_start"))
        ui.serviceEndEdit.dateChanged.connect(lambda _d: self._on_edited("service_end"))
        ui.offerValidEdit.dateChanged.connect(lambda _d: self._on_edited("offer_valid_until"))
        ui.reducedVatCheck.toggled.connect(lambda _b: self._on_edited("reduced_vat"))
        ui.skipConfirmationCheck.toggled.connect(
            lambda _b: self._on_edited("skip_client_confirmation")
        )
        self.line_items.items_edited.connect(lambda: self._on_edited("line_items"))
        self.line_items.rows_changed.connect(lambda: self._on_edited("line_items:rows"))
        self.line_items.input_rejected.connect(self._show_input_error)
        ui.addLineItemButton.clicked.connect(self._on_add_line_item)
        ui.removeLineItemButton.clicked.connect(self._on_remove_line_item)
        ui.addInvoiceDateButton.clicked.connect(self._on_add_invoice_date)
        ui.removeInvoiceDateButton.clicked.connect(self._on_remove_invoice_date)
        ui.addAttachmentButton.clicked.connect(lambda: self._choose_attachment(False))
        ui.addProofButton.clicked.connect(lambda: self._choose_attachment(True))
        ui.removeAttachmentButton.clicked.connect(self._on_remove_attachment)

    # -- public API ---------------------------------------------------------------------
    @property
    def ui(self) -> Ui_DraftEditorForm:
        """The form's widgets (builds the form on first use)."""
        self.ensure_built()
        assert self._ui is not None
        return self._ui

    @property
    def form(self) -> QWidget:
        self.ensure_built()
        assert self._form is not None
        return self._form

    @property
    def order(self) -> Order | None:
        return self._order

    @property
    def is_dirty(self) -> bool:
        if self._order is None or self._saved is None:
            return False
        return _content(self._order) != _content(self._saved)

    def set_order(self, order: Order | None) -> None:
        """Show ``order`` (a stored one); clears the undo history."""
        self._autosave.stop()
        self.undo_stack.clear()
        self._touched.clear()
        self._show_all_required = False
        self._order = order
        self._saved = order
        if order is not None:
            self.ensure_built()
            self._apply(order, schedule_save=False)
            self._preselect_budget()
        if self._form is not None:
            self._form.setEnabled(order is not None and order.is_editable)
        else:
            self.summary_label.setText(self.tr("Kein Auftrag ausgewählt."))
        self.dirty_changed.emit(False)
        self.order_shown.emit(order)

    def mark_saved(self, stored: Order) -> None:
        """The snapshot ``stored`` reached the database (ignored once another order shows)."""
        if self._order is None or self._order.id != stored.id:
            return
        self._saved = stored
        self._order = replace(
            self._order, created_at=stored.created_at, updated_at=stored.updated_at
        )
        self._undo_generation += 1  # edits after a save start a new undo step
        self.dirty_changed.emit(self.is_dirty)

    def save_now(self) -> None:
        self._autosave.stop()
        if self._ui is not None:
            commit_open_cell(self._ui.lineItemsView)
        if self._order is not None and self.is_dirty:
            self.save_requested.emit(self._order)

    def show_all_problems(self) -> None:
        """Also flag every missing required field (the completeness check)."""
        self._show_all_required = True
        self._refresh_problems()

    def set_budgets(self, budgets: tuple[Budget, ...] | None) -> None:
        """The member's budgets (from the cache or GET /me): the Budget field offers them."""
        self.ensure_built()
        self.budget.set_budgets(budgets)
        self._preselect_budget()
        self._refresh_problems()

    def _preselect_budget(self) -> None:
        only, order = single_budget(self.budget.budgets), self._order
        if only is not None and order is not None and order.is_editable and not order.budget:
            self._push_shown(replace(order, budget=only.id), "budget")

    def add_attachment(self, ref: AttachmentRef) -> None:
        if self._order is None:
            return
        kept = tuple(a for a in self._order.attachments if a.sha256 != ref.sha256)
        self._push(replace(self._order, attachments=(*kept, ref)), "attachments")

    def set_client(self, client: Client) -> None:
        """A client chosen from Smart's database fills the client fields (one undo step)."""
        if self._order is None or not self._order.is_editable:
            return
        self._push_shown(replace(self._order, client=client), "client")

    def _push_shown(self, new: Order, field: str) -> None:
        """A change made for the person: the widgets show it, then it is one undo step."""
        before = self._order
        self._apply(new, schedule_save=False)  # the widgets show it before the step is made
        self._order = before
        self._push(new, field)

    # -- editing ------------------------------------------------------------------------
    def _on_edited(self, field: str) -> None:
        if self._loading or self._order is None:
            return
        self._touched.add(field.split(":")[0])
        self._push(self._collect(), field)

    def _push(self, new: Order, field: str) -> None:
        assert self._order is not None
        if new == self._order:
            return
        before = self._order
        self._order = new
        if field in ("invoice_dates", "attachments"):
            self._fill_lists(new)
        self.undo_stack.push(
            SnapshotCommand(self._apply, before, new, field, self._undo_generation)
        )
        self._after_change()

    def _apply(self, order: Order, schedule_save: bool = True) -> None:
        self._loading = True
        try:
            self._order = order
            self._fill(order)
        finally:
            self._loading = False
        if schedule_save:
            self._after_change()
        else:
            self._refresh_problems()

    def _after_change(self) -> None:
        self._refresh_problems()
        self._autosave.start()
        self.dirty_changed.emit(self.is_dirty)

    def _collect(self) -> Order:
        assert self._order is not None
        return collect_order(self.ui, self.line_items, self._order)

    def _fill(self, order: Order) -> None:
        fill_form(self.ui, self.line_items, order)
        self._fill_lists(order)

    def _fill_lists(self, order: Order) -> None:
        proof = self.tr("(Nachweis der Bestätigung)")
        fill_lists(self.ui, order, proof, self._today() + timedelta(days=30))

    # -- problems and preview -----------------------------------------------------------
    def _refresh_problems(self) -> None:
        if self._order is None or self._ui is None:
            return
        self.problems = validate_order(self._order, self._today(), self.budget.ids)
        self.messages.show(self.problems, None if self._show_all_required else self._touched)
        text = completeness_text(self.problems, self._order.is_editable)
        self.summary_label.setText(text)
        self._refresh_preview()

    def configure(self, contribution_percent: Decimal, autosave_ms: int) -> None:
        """New settings: the preview's contribution rate and the autosave delay."""
        self._contribution = contribution_percent
        self._autosave.setInterval(autosave_ms)
        if self._order is not None and self._ui is not None:
            self._refresh_preview()

    def _refresh_preview(self) -> None:
        assert self._order is not None
        self.ui.previewLabel.setText(preview_text(self._order, self._contribution))

    def _show_input_error(self, message: str) -> None:
        self.summary_label.setText(message)

    # -- list buttons -------------------------------------------------------------------
    def _on_add_line_item(self) -> None:
        row = self.line_items.append()
        index = self.line_items.index(row, 0)
        self.ui.lineItemsView.setCurrentIndex(index)
        self.ui.lineItemsView.edit(index)

    def _on_remove_line_item(self) -> None:
        index = self.ui.lineItemsView.currentIndex()
        if index.isValid():
            self.line_items.remove(index.row())

    def _on_add_invoice_date(self) -> None:
        if self._order is None:
            return
        day = from_qdate(self.ui.newInvoiceDateEdit.date())
        days = tuple(sorted({*self._order.invoice_dates, day}))
        self._touched.add("invoice_dates")
        self._push(replace(self._order, invoice_dates=days), "invoice_dates")

    def _on_remove_invoice_date(self) -> None:
        item = self.ui.invoiceDatesList.currentItem()
        if self._order is None or item is None:
            return
        day = item.data(Qt.ItemDataRole.UserRole)
        days = tuple(d for d in self._order.invoice_dates if d != day)
        self._touched.add("invoice_dates")
        self._push(replace(self._order, invoice_dates=days), "invoice_dates")

    def _choose_attachment(self, proof: bool) -> None:
        from .attachment_chooser import choose_attachment

        path = choose_attachment(self, proof)
        if path is not None:
            self.attach_requested.emit(path, proof)

    def _on_remove_attachment(self) -> None:
        item = self.ui.attachmentsList.currentItem()
        if self._order is None or item is None:
            return
        sha = item.data(Qt.ItemDataRole.UserRole)
        kept = tuple(a for a in self._order.attachments if a.sha256 != sha)
        self._push(replace(self._order, attachments=kept), "attachments")
