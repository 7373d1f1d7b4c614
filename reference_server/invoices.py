"""What an order's invoices contain: the split into instalments and the amounts. Pure logic
(domain types only) so it can be tested without a database.

Split [assumed; the portal does not say how an order with several planned invoice dates is
divided]: the order's invoice dates, sorted, give invoices number 1..n. Every line item's net
amount is divided into n equal shares by cumulative half-up rounding
(share k = round(net * k / n) - round(net * (k - 1) / n)), so the shares of a line always add
up to the line's net exactly and no cent is lost or made; the rounding difference lands on the
invoices where the cumulative sum crosses a half cent. An invoice's line keeps the order line's
description, quantity, unit and unit price (the whole order line, for reference) and carries
its own share as ``net_cents``. With one invoice date the share is the whole line.

Amounts per invoice: net = sum of its line shares; VAT and Smart's contribution are rounded
half up on the invoice total (domain.md: per line and per invoice total), gross = net + VAT.
The VAT rate is the domain's preview rule (Smart's reference back office applies the same
rule the app previews; staff may override it when resolving a change request).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from desktop_app.domain.money import percent_of, round_half_up_cents
from desktop_app.domain.order import Order
from desktop_app.domain.validation import INVOICE_DRAFT_LEAD_DAYS
from desktop_app.domain.vat import DEFAULT_CONTRIBUTION_PERCENT, VatRate, vat_rate_preview

__all__ = [
    "DEFAULT_CONTRIBUTION_PERCENT",
    "Amounts",
    "PlannedInvoice",
    "amounts_for",
    "draft_due_on",
    "plan_invoices",
    "split_cents",
]


@dataclass(frozen=True)
class Amounts:
    net_cents: int
    vat_rate: VatRate
    vat_cents: int
    gross_cents: int
    contribution_percent: Decimal
    contribution_cents: int


@dataclass(frozen=True)
class PlannedInvoice:
    number: int
    instalments: int
    invoice_date: date
    currency: str
    lines: list[dict[str, Any]]
    amounts: Amounts


def draft_due_on(invoice_date: date) -> date:
    """The Berlin calendar day the invoice draft is made: seven days before the invoice date."""
    return invoice_date - timedelta(days=INVOICE_DRAFT_LEAD_DAYS)


def split_cents(total: int, parts: int) -> list[int]:
    """``total`` in ``parts`` near-equal shares that add up to ``total`` exactly."""
    if parts < 1:
        raise ValueError("at least one part")
    marks = [round_half_up_cents(Decimal(total) * k / parts) for k in range(parts + 1)]
    return [marks[k + 1] - marks[k] for k in range(parts)]


def amounts_for(net_cents: int, rate: VatRate, contribution_percent: Decimal) -> Amounts:
    vat = percent_of(net_cents, rate.percent)
    return Amounts(
        net_cents=net_cents,
        vat_rate=rate,
        vat_cents=vat,
        gross_cents=net_cents + vat,
        contribution_percent=contribution_percent,
        contribution_cents=percent_of(net_cents, contribution_percent),
    )


def plan_invoices(
    order: Order, contribution_percent: Decimal = DEFAULT_CONTRIBUTION_PERCENT
) -> list[PlannedInvoice]:
    """Every invoice the order will produce, in invoice-date order (see the module docstring)."""
    dates = sorted(order.invoice_dates)
    count = len(dates)
    rate = vat_rate_preview(order.client, order.reduced_vat)
    shares = [split_cents(item.net_cents, count) for item in order.line_items] if count else []
    planned = []
    for index, day in enumerate(dates):
        lines: list[dict[str, Any]] = [
            {
                "description": item.description,
                "quantity": str(item.quantity),
                "unit": item.unit,
                "unit_price_cents": item.unit_price_cents,
                "net_cents": shares[line][index],
            }
            for line, item in enumerate(order.line_items)
        ]
        net = sum(line["net_cents"] for line in lines)
        planned.append(
            PlannedInvoice(
                number=index + 1,
                instalments=count,
                invoice_date=day,
                currency=order.currency,
                lines=lines,
                amounts=amounts_for(net, rate, contribution_percent),
            )
        )
    return planned
