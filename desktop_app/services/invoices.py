"""The member's invoices as Smart reported them, with what the list needs: the order's
title and client, and the days left to review a draft (Europe/Berlin calendar days)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain.invoice import Invoice
from ..domain.invoice_review import LineComparison, compare_lines, invoice_lines
from ..domain.status import InvoiceStatus
from ..domain.vat import AmountsPreview, VatRate, preview_amounts
from ..platform.clock import Clock
from ..storage.order_store import OrderStore
from ..storage.sync_repository import SyncRepository
from .server_time import server_today


@dataclass(frozen=True)
class InvoiceRow:
    invoice: Invoice
    order_title: str
    client_name: str
    days_left: int | None  # while a draft: calendar days until the invoice date

    @property
    def order_id(self) -> uuid.UUID:
        return uuid.UUID(self.invoice.order_id)


@dataclass(frozen=True)
class InvoiceReview:
    """An invoice's lines beside its order's, with both sets of totals."""

    row: InvoiceRow
    lines: list[LineComparison]
    instalments: int  # invoices the order makes; 0 when the order is not stored here
    order_totals: AmountsPreview | None  # the whole order, as the app previews it

    @property
    def vat_rate_differs(self) -> bool:
        if self.order_totals is None:
            return False
        return self.row.invoice.vat_rate != self.order_totals.vat_rate.value

    @property
    def invoice_vat_rate(self) -> VatRate | None:
        try:
            return VatRate(self.row.invoice.vat_rate)
        except ValueError:
            return None


class InvoiceQueries:
    def __init__(self, synced: SyncRepository, orders: OrderStore, clock: Clock) -> None:
        self._synced = synced
        self._orders = orders
        self._clock = clock

    def today(self) -> date:
        return server_today(self._clock, self._synced)

    def rows(self, order_id: uuid.UUID | None = None) -> list[InvoiceRow]:
        today = self.today()  # in the server's time, like the Übersicht
        invoices = self._synced.invoices(str(order_id) if order_id else None)
        titles: dict[str, tuple[str, str]] = {}
        for summary in self._orders.summaries(None, today):
            titles[str(summary.id)] = (summary.title, summary.client_name)
        return [
            InvoiceRow(
                invoice,
                *titles.get(invoice.order_id, ("", "")),
                days_left=(invoice.invoice_date - today).days
                if invoice.status is InvoiceStatus.DRAFT
                else None,
            )
            for invoice in invoices
        ]

    def review(self, row: InvoiceRow, contribution_percent: Decimal) -> InvoiceReview:
        """``row``'s invoice beside its order; without the order (not synced) the invoice's
        lines alone, each marked as only on the invoice."""
        order = self._orders.get(row.order_id)
        lines = invoice_lines(row.invoice.lines)
        if order is None:
            return InvoiceReview(row, compare_lines((), lines, 0), 0, None)
        instalments = len(order.invoice_dates)
        return InvoiceReview(
            row,
            compare_lines(order.line_items, lines, instalments),
            instalments,
            preview_amounts(order, contribution_percent),
        )
