"""Feeds the Rechnungen page from the services and turns its requests into outbox commands:
a change request (comment required), "send now", and the seed's way to stop the invoice of a
rejected order (a change request saying it must be cancelled)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..domain.status import OrderStatus
from ..domain.vat import DEFAULT_CONTRIBUTION_PERCENT
from ..services.changes import Changes
from ..services.composition import Services
from ..services.invoices import InvoiceReview, InvoiceRow
from .invoice_page import InvoicePage
from .ops import OpsRunner
from .order_actions_controller import OrderActionsController
from .text_request_dialog import TextRequestDialog


class InvoicesController(QObject):
    order_requested = Signal(object)  # uuid.UUID

    def __init__(
        self,
        services: Services,
        ops: OpsRunner,
        page: InvoicePage,
        actions: OrderActionsController,
        window: QWidget,
        contribution: Callable[[], Decimal] = lambda: DEFAULT_CONTRIBUTION_PERCENT,
    ) -> None:
        super().__init__(page)
        self._services = services
        self._ops = ops
        self._page = page
        self._actions = actions
        self._window = window
        self._contribution = contribution  # the rate the order's totals are previewed with
        page.review_requested.connect(self._on_review_requested)
        page.change_dialog_requested.connect(self._on_change_dialog)
        page.send_now_requested.connect(self._on_send_now)
        page.order_requested.connect(self.order_requested)

    def reload(self, _changes: Changes | None = None) -> None:
        def read() -> tuple[list[InvoiceRow], dict[uuid.UUID, OrderStatus]]:
            rows = self._services.invoices.rows()
            statuses = {s.id: s.status for s in self._services.drafts.summaries()}
            return rows, statuses

        self._ops.run_db(read, lambda result: self._page.set_rows(*result), self._actions.fail)

    def _on_review_requested(self, row: InvoiceRow) -> None:
        percent = self._contribution()

        def read() -> InvoiceReview:
            return self._services.invoices.review(row, percent)

        self._ops.run_db(read, self._page.show_review, self._actions.fail)

    def _on_change_dialog(self, invoice_id: str, cancel: bool) -> None:
        if cancel:
            dialog = TextRequestDialog(
                self.tr("Rechnung stornieren lassen"),
                self.tr(
                    "Der Auftrag wurde abgelehnt, doch sein Rechnungsentwurf würde am "
                    "Rechnungsdatum gestellt. Smart bietet dafür keinen eigenen Weg: Sie "
                    "beantragen eine Änderung des Entwurfs mit der Bitte, die Rechnung zu "
                    "stornieren. Smart stellt sie dann nicht."
                ),
                self.tr("Stornierung &beantragen"),
                parent=self._window,
            )
            dialog.edit.setPlainText(
                self.tr(
                    "Bitte diese Rechnung nicht stellen, sondern stornieren: der Auftrag wurde "
                    "abgelehnt."
                )
            )
        else:
            dialog = TextRequestDialog(
                self.tr("Änderungen an der Rechnung beantragen"),
                self.tr(
                    "Beschreiben Sie, was Smart am Entwurf ändern soll. Bis Smart ihn "
                    "überarbeitet hat, wird die Rechnung nicht gestellt."
                ),
                self.tr("Änderung &beantragen"),
                parent=self._window,
            )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            comment = dialog.text
            self._actions.run(
                lambda: self._services.actions.request_invoice_change(invoice_id, comment),
                self.tr("Änderungsantrag wird gesendet."),
            )

    def _on_send_now(self, invoice_id: str) -> None:
        self._actions.run(
            lambda: self._services.actions.send_invoice_now(invoice_id),
            self.tr("Die Rechnung wird jetzt gesendet."),
        )
