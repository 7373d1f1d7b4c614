"""Invoices for members (own only) and for staff/support (all, read-only here): list, read,
request a change to a draft, send a draft now."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select

from desktop_app.domain.status import InvoiceStatus, OrderStatus

from ..actions import json_body, member_post
from ..auth import Principal
from ..context import ServerContext, context_of, principal
from ..database import MAX_INTEGER
from ..invoice_workflow import find_invoice, invoice_document, move_invoice
from ..problems import ApiProblem
from ..records import InvoiceRecord, OrderRecord
from ..time_rules import apply_due_to_order, rules_of

router = APIRouter(prefix="/api/v1", tags=["invoices"])

MAX_PAGE = 500
MAX_COMMENT = 5000


@router.get("/invoices")
def list_invoices(
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    member_id: int | None = Query(default=None, ge=1, le=MAX_INTEGER),
    order_id: str | None = Query(default=None, max_length=36),
    limit: int = Query(default=200, ge=1, le=MAX_PAGE),
    offset: int = Query(default=0, ge=0, le=MAX_INTEGER),
) -> dict[str, Any]:
    """A member sees only their own invoices (``member_id`` is ignored for them)."""
    ctx = context_of(request)
    query = select(InvoiceRecord)
    if who.role == "member":
        query = query.where(InvoiceRecord.member_id == who.user_id)
    elif member_id is not None:
        query = query.where(InvoiceRecord.member_id == member_id)
    if order_id is not None:
        query = query.where(InvoiceRecord.order_id == order_id)
    query = query.order_by(InvoiceRecord.invoice_date, InvoiceRecord.id)
    with ctx.db.session() as session:
        found = session.scalars(query.offset(offset).limit(limit + 1)).all()
        return {
            "invoices": [invoice_document(i) for i in found[:limit]],
            "has_more": len(found) > limit,
        }


@router.get("/invoices/{invoice_id}")
def get_invoice(
    invoice_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:
    ctx = context_of(request)
    with ctx.db.session() as session:
        return invoice_document(find_invoice(session, invoice_id, who))


@router.post("/invoices/{invoice_id}/change-request")
async def request_change(
    invoice_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    idempotency_key: str | None = Header(default=None),
) -> JSONResponse:
    """Draft -> awaiting_update until the invoice date; also for a rejected order's draft (the
    seed's way to have it cancelled: say so in the comment)."""

    def handle(ctx: ServerContext, body: bytes) -> tuple[int, dict[str, Any]]:
        comment = _comment(json_body(body))
        with ctx.db.session() as session:
            invoice = find_invoice(session, invoice_id, who)
            if invoice.status == InvoiceStatus.DRAFT and ctx.clock.today() >= invoice.invoice_date:
                # Only reachable while the draft is held (order in cancellation review).
                raise ApiProblem(
                    409,
                    "invoice_date_passed",
                    "Changes can be requested only before the invoice date",
                    current_status=invoice.status,
                )
            move_invoice(
                session,
                ctx.clock,
                invoice,
                InvoiceStatus.AWAITING_UPDATE,
                "invoice_change_requested",
                "member",
                comment,
            )
            invoice.change_request = comment
            return 200, invoice_document(invoice)

    return await member_post(request, who, idempotency_key, handle)


@router.post("/invoices/{invoice_id}/send-now")
async def send_now(
    invoice_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    idempotency_key: str | None = Header(default=None),
) -> JSONResponse:
    """ "Speichern und senden": the member issues a draft before its date (active orders only)."""
    percent = rules_of(request).contribution_percent

    def handle(ctx: ServerContext, _body: bytes) -> tuple[int, dict[str, Any]]:
        with ctx.db.session() as session:
            invoice = find_invoice(session, invoice_id, who)
            if invoice.status != InvoiceStatus.DRAFT:
                raise ApiProblem(
                    409,
                    "illegal_transition",
                    "Not possible in this status",
                    f"{invoice.status} -> {InvoiceStatus.ISSUED.value}",
                    current_status=invoice.status,
                )
            order = session.get(OrderRecord, invoice.order_id)
            assert order is not None  # foreign key
            if order.status != OrderStatus.ACTIVE:
                raise ApiProblem(
                    409,
                    "order_not_active",
                    "Only an active order's invoice can be sent",
                    order_status=order.status,
                )
            move_invoice(
                session, ctx.clock, invoice, InvoiceStatus.ISSUED, "invoice_issued", "member"
            )
            apply_due_to_order(session, ctx.clock, order, percent)  # may complete the order
            return 200, invoice_document(invoice)

    return await member_post(request, who, idempotency_key, handle)


def _comment(document: dict[str, Any]) -> str:
    comment = document.get("comment", "")
    if not isinstance(comment, str):
        raise ApiProblem(422, "invalid_body", "The comment must be a string")
    comment = comment.strip()
    if not comment:
        raise ApiProblem(422, "comment_required", "A comment is required")
    if len(comment) > MAX_COMMENT:
        raise ApiProblem(422, "comment_too_long", "The comment is too long", max_length=MAX_COMMENT)
    return comment
