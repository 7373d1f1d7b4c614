"""The editor's list widgets: invoice dates and attachments shown from an order, and a
line-item cell still being typed in committed before a save."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QListWidgetItem,
)

from ..domain.order import Order
from .optional_date import to_qdate
from .problem_texts import format_date

if TYPE_CHECKING:  # the form is built lazily, after the first paint
    from .forms.ui_draft_editor import Ui_DraftEditorForm


def fill_lists(ui: Ui_DraftEditorForm, order: Order, proof_label: str, next_date: date) -> None:
    ui.invoiceDatesList.clear()
    for day in order.invoice_dates:
        item = QListWidgetItem(format_date(day))
        item.setData(Qt.ItemDataRole.UserRole, day)
        ui.invoiceDatesList.addItem(item)
    ui.attachmentsList.clear()
    for ref in order.attachments:
        label = ref.filename + (" " + proof_label if ref.is_confirmation_proof else "")
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, ref.sha256)
        ui.attachmentsList.addItem(item)
    ui.newInvoiceDateEdit.setDate(to_qdate(next_date))


def commit_open_cell(view: QAbstractItemView) -> None:
    """A line-item cell still being typed in is part of the draft: commit it first."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    focus = QApplication.focusWidget()
    if focus is not None and view.isAncestorOf(focus):
        view.commitData(focus)
        view.closeEditor(focus, QAbstractItemDelegate.EndEditHint.NoHint)
