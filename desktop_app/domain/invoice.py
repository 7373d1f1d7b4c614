"""An invoice as Smart reports it (the server computes it; the app only shows and acts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .status import InvoiceStatus


@dataclass(frozen=True)
class Invoice:
    id: str
    order_id: str
    number: int
    status: InvoiceStatus
    invoice_date: date
    currency: str
    net_cents: int
    vat_cents: int
    gross_cents: int
    contribution_cents: int
    vat_rate: str
    updated_at: datetime
    change_request: str = ""
    lines: tuple[dict[str, Any], ...] = field(default_factory=tuple)
