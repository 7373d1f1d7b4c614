"""The member's invoices as Smart reported them, with what the list needs: the order's
title and client, and the days left to review a draft (Europe/Berlin calendar days)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from ..domain.invoice import Invoice
from ..domain.status import InvoiceStatus
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
