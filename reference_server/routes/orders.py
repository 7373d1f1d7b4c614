"""Submitting orders (client-made UUID, permanent deduplication, Idempotency-Key) and reading
them back; members see only their own orders."""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy import select

from desktop_app.domain.order_json import WireFormatError, order_from_json, order_to_json
from desktop_app.domain.status import OrderStatus
from desktop_app.domain.validation import Severity, validate_order

from ..actions import member_post
from ..auth import Principal
from ..clients import client_errors, link_client
from ..context import ServerContext, context_of, principal
from ..inspections import note_inspection
from ..problems import ApiProblem
from ..records import BudgetRecord, OrderRecord
from ..workflow import find_order, order_document, record_event

CURRENCY = re.compile(r"[A-Z]{3}")  # ISO 4217 code

router = APIRouter(prefix="/api/v1", tags=["orders"])


@router.post("/orders", status_code=201)
async def submit_order(
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    idempotency_key: str | None = Header(default=None),
) -> JSONResponse:
    return await member_post(
        request, who, idempotency_key, lambda ctx, body: _submit(ctx, who, body)
    )


def _submit(ctx: ServerContext, who: Principal, body: bytes) -> tuple[int, dict[str, Any]]:
    try:
        order = order_from_json(json.loads(body))
    except (ValueError, RecursionError, WireFormatError) as exc:
        raise ApiProblem(422, "invalid_body", "The order could not be read", str(exc)) from exc
    errors = [
        {"field": p.field, "code": p.code.value}
        for p in validate_order(order, ctx.clock.today())
        if p.severity is Severity.ERROR
    ]
    if not CURRENCY.fullmatch(order.currency):
        errors.append({"field": "currency", "code": "currency_invalid"})
    with ctx.db.session() as session:
        existing = session.get(OrderRecord, str(order.id))
        if existing is not None:
            if existing.member_id != who.user_id:
                raise ApiProblem(409, "order_id_taken", "This order id belongs to another order")
            # Permanent deduplication: a resend (after days offline) gets the stored order.
            return 200, order_document(existing)
        budgets = session.scalars(
            select(BudgetRecord.id).where(BudgetRecord.member_id == who.user_id)
        ).all()
        if order.budget not in budgets:
            errors.append({"field": "budget", "code": "unknown_budget"})
        errors.extend(client_errors(session, order.client))
        if errors:
            raise ApiProblem(422, "validation_failed", "The order is not complete", errors=errors)
        now = ctx.clock.now().replace(tzinfo=None)
        document = order_to_json(order)
        document["status"] = OrderStatus.SMART_REVIEW.value
        # The feed tells the desktop app the client's id in Smart's shared client database.
        document["client"]["id"] = link_client(session, order.client, who.user_id, now)
        record = OrderRecord(
            id=str(order.id),
            member_id=who.user_id,
            status=OrderStatus.SMART_REVIEW.value,
            document=json.dumps(document),
            submitted_at=now,
            updated_at=now,
        )
        session.add(record)
        session.flush()
        record_event(session, ctx.clock, record, "submitted", "member", OrderStatus.DRAFT.value)
        return 201, order_document(record)


@router.get("/orders/{order_id}")
def get_order(
    order_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:
    ctx = context_of(request)
    with ctx.db.session() as session:
        record = find_order(session, order_id, who)
        note_inspection(session, ctx.clock, record, who)  # support only; once a day
        return order_document(record)
