"""Read models for lists: what a row shows, without loading the whole order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from .order import Order
from .status import OrderStatus


@dataclass(frozen=True)
class OrderSummary:
    id: uuid.UUID
    status: OrderStatus
    client_name: str
    title: str
    net_cents: int
    currency: str
    invoice_dates: tuple[date, ...]
    updated_at: datetime | None

    def next_date(self, today: date) -> date | None:
        if len(self.invoice_dates) == 1:
            return self.invoice_dates[0]
        upcoming = [d for d in self.invoice_dates if d >= today]
        if upcoming:
            return min(upcoming)
        return max(self.invoice_dates) if self.invoice_dates else None


def summarize(order: Order) -> OrderSummary:
    return OrderSummary(
        id=order.id,
        status=order.status,
        client_name=order.client.legal_name,
        title=order.title,
        net_cents=order.net_cents,
        currency=order.currency,
        invoice_dates=order.invoice_dates,
        updated_at=order.updated_at,
    )
