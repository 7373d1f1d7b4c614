"""Smart's back office on invoices: resolve a change request, mark paid or disputed, cancel.

Resolving a change request issues the invoice at once [assumed]: the domain's invoice table
has no way back from awaiting_update to draft (domain.md: "Smart edits it, then it is
issued"), and the member asked for the change precisely so that Smart sends the corrected one.
A change request that asks for cancellation (the seed's workaround for a rejected order) is
answered with /cancel instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from desktop_app.domain.money import line_net_cents
from desktop_app.domain.status import InvoiceStatus
from desktop_app.domain.vat import VatRate

from ..auth import Principal
from ..clock import ServerClock
from ..context import context_of, principal, require_role
from ..invoice_workflow import (
    contribution_percent_of,
    find_invoice,
    invoice_document,
    move_invoice,
    record_invoice_event,
    set_amounts,
)
from ..invoices import amounts_for
from ..problems import ApiProblem
from ..records import InvoiceRecord, OrderRecord
from ..time_rules import apply_due_to_order, rules_of

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])

# Reasons and comments must say something: at least one non-blank character.
_TEXT = Field(min_length=1, max_length=5000, pattern=r"\S")


class Reason(BaseModel):
    reason: str = _TEXT


class OptionalReason(BaseModel):
    reason: str = Field(default="", max_length=5000)


class Line(BaseModel):
    description: str = Field(min_length=1, max_length=2000)
    quantity: Decimal = Field(gt=0, le=10**9)
    unit: str = Field(default="", max_length=100)
    unit_price_cents: int = Field(ge=-(10**12), le=10**12)  # a negative line is a discount


class Resolution(BaseModel):
    comment: str = _TEXT
    lines: list[Line] | None = Field(default=None, min_length=1, max_length=500)
    vat_rate: VatRate | None = None


Action = Callable[[Session, ServerClock, InvoiceRecord], None]


def _staff_invoice_action(
    request: Request, who: Principal, invoice_id: str, act: Action
) -> dict[str, Any]:
    """Apply ``act`` as staff in one transaction, then the order's time rules (completion)."""
    require_role(who, "staff")
    ctx = context_of(request)
    with ctx.db.session() as session:
        invoice = find_invoice(session, invoice_id, who)
        act(session, ctx.clock, invoice)
        order = session.get(OrderRecord, invoice.order_id)
        assert order is not None  # foreign key
        apply_due_to_order(session, ctx.clock, order, rules_of(request).contribution_percent)
        return invoice_document(invoice)


@router.post("/invoices/{invoice_id}/resolve-change")
def resolve_change(
    invoice_id: str,
    body: Resolution,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:
    """awaiting_update -> issued, with new lines and/or VAT rate if given."""

    def act(session: Session, clock: ServerClock, invoice: InvoiceRecord) -> None:
        if invoice.status != InvoiceStatus.AWAITING_UPDATE:
            raise ApiProblem(
                409,
                "illegal_transition",
                "Only an invoice awaiting an update can be resolved",
                current_status=invoice.status,
            )
        _apply_resolution(invoice, body)
        order = session.get(OrderRecord, invoice.order_id)
        assert order is not None  # foreign key
        comment = body.comment.strip()
        record_invoice_event(
            session, clock, order, invoice, "invoice_change_resolved", "staff", comment
        )
        move_invoice(session, clock, invoice, InvoiceStatus.ISSUED, "invoice_issued", "staff")

    return _staff_invoice_action(request, who, invoice_id, act)


def _apply_resolution(invoice: InvoiceRecord, body: Resolution) -> None:
    if body.lines is not None:
        lines: list[dict[str, Any]] = [
            {
                "description": line.description,
                "quantity": str(line.quantity),
                "unit": line.unit,
                "unit_price_cents": line.unit_price_cents,
                "net_cents": line_net_cents(line.quantity, line.unit_price_cents),
            }
            for line in body.lines
        ]
        net = sum(line["net_cents"] for line in lines)
        if net <= 0:
            raise ApiProblem(422, "amount_not_positive", "The invoice total must be positive")
        invoice.lines = json.dumps(lines)
    else:
        net = invoice.net_cents
    rate = body.vat_rate or VatRate(invoice.vat_rate)
    set_amounts(invoice, amounts_for(net, rate, contribution_percent_of(invoice)))


@router.post("/invoices/{invoice_id}/paid")
def mark_paid(
    invoice_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:
    def act(session: Session, clock: ServerClock, invoice: InvoiceRecord) -> None:
        move_invoice(session, clock, invoice, InvoiceStatus.PAID, "invoice_paid", "staff")

    return _staff_invoice_action(request, who, invoice_id, act)


@router.post("/invoices/{invoice_id}/disputed")
def mark_disputed(
    invoice_id: str,
    request: Request,
    body: OptionalReason | None = None,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:
    reason = body.reason.strip() if body else ""

    def act(session: Session, clock: ServerClock, invoice: InvoiceRecord) -> None:
        move_invoice(
            session, clock, invoice, InvoiceStatus.DISPUTED, "invoice_disputed", "staff", reason
        )

    return _staff_invoice_action(request, who, invoice_id, act)


@router.post("/invoices/{invoice_id}/cancel")
def cancel_invoice(
    invoice_id: str,
    body: Reason,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:
    def act(session: Session, clock: ServerClock, invoice: InvoiceRecord) -> None:
        move_invoice(
            session,
            clock,
            invoice,
            InvoiceStatus.CANCELLED,
            "invoice_cancelled",
            "staff",
            body.reason.strip(),
        )

    return _staff_invoice_action(request, who, invoice_id, act)
