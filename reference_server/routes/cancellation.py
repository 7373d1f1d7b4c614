"""Cancellation ("Storno") of an active order: the member asks with a detailed reason, Smart
approves (the order's open invoices are cancelled too) or declines (back to active)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select

from desktop_app.domain.status import InvoiceStatus, OrderStatus

from ..actions import json_body, member_post
from ..auth import Principal
from ..context import ServerContext, context_of, principal, require_role
from ..invoice_workflow import OPEN_INVOICE_STATUSES, move_invoice
from ..problems import ApiProblem
from ..records import InvoiceRecord
from ..time_rules import on_order_activated, rules_of
from ..workflow import find_order, move, order_document

router = APIRouter(prefix="/api/v1", tags=["cancellation"])

# The seed asks for a detailed reason ("ausführlich"); 20 characters rule out "weil" and "x".
MIN_REASON = 20
MAX_REASON = 5000


class Reason(BaseModel):
    reason: str = Field(min_length=1, max_length=MAX_REASON, pattern=r"\S")


@router.post("/orders/{order_id}/cancellation")
async def request_cancellation(
    order_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    idempotency_key: str | None = Header(default=None),
) -> JSONResponse:
    def handle(ctx: ServerContext, body: bytes) -> tuple[int, dict[str, Any]]:
        reason = json_body(body).get("reason", "")
        if not isinstance(reason, str):
            raise ApiProblem(422, "invalid_body", "The reason must be a string")
        reason = reason.strip()
        if len(reason) < MIN_REASON:
            raise ApiProblem(
                422, "reason_too_short", "Give a detailed reason", min_length=MIN_REASON
            )
        if len(reason) > MAX_REASON:
            raise ApiProblem(422, "reason_too_long", "The reason is too long")
        with ctx.db.session() as session:
            order = find_order(session, order_id, who)
            move(
                session,
                ctx.clock,
                order,
                OrderStatus.CANCELLATION_REVIEW,
                "cancellation_requested",
                "member",
                reason,
            )
            return 200, order_document(order)

    return await member_post(request, who, idempotency_key, handle)


@router.post("/staff/orders/{order_id}/cancellation/approve")
def approve_cancellation(
    order_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:
    require_role(who, "staff")
    ctx = context_of(request)
    with ctx.db.session() as session:
        order = find_order(session, order_id, who)
        move(session, ctx.clock, order, OrderStatus.CANCELLED, "cancellation_approved", "staff")
        invoices = session.scalars(
            select(InvoiceRecord)
            .where(InvoiceRecord.order_id == order.id)
            .order_by(InvoiceRecord.number)
        ).all()
        for invoice in invoices:
            if InvoiceStatus(invoice.status) in OPEN_INVOICE_STATUSES:
                move_invoice(
                    session,
                    ctx.clock,
                    invoice,
                    InvoiceStatus.CANCELLED,
                    "invoice_cancelled",
                    "staff",
                )
        return order_document(order)


@router.post("/staff/orders/{order_id}/cancellation/decline")
def decline_cancellation(
    order_id: str,
    body: Reason,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:
    require_role(who, "staff")
    ctx = context_of(request)
    with ctx.db.session() as session:
        order = find_order(session, order_id, who)
        move(
            session,
            ctx.clock,
            order,
            OrderStatus.ACTIVE,
            "cancellation_declined",
            "staff",
            body.reason.strip(),
        )
        # Drafts that fell due or were held during the review are made / issued now.
        on_order_activated(session, ctx.clock, order, rules_of(request).contribution_percent)
        return order_document(order)
