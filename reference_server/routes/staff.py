"""Smart's back office: approve or reject an order under review."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from desktop_app.domain.status import OrderStatus

from ..auth import Principal
from ..client_links import send_client_link
from ..clock import ServerClock
from ..context import context_of, principal, require_role
from ..records import OrderRecord
from ..time_rules import on_order_activated, rules_of
from ..workflow import find_order, move, order_document

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])


class Reason(BaseModel):
    reason: str = Field(min_length=1, max_length=5000)


def _staff_decision(
    request: Request,
    who: Principal,
    order_id: str,
    decide: Callable[[Session, ServerClock, OrderRecord], None],
) -> dict[str, Any]:
    """Load the order as staff, apply ``decide`` in one transaction, answer with the order."""
    require_role(who, "staff")
    ctx = context_of(request)
    with ctx.db.session() as session:
        record = find_order(session, order_id, who)
        decide(session, ctx.clock, record)
        return order_document(record)


@router.post("/orders/{order_id}/approve")
def approve(
    order_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:

    def decide(session: Session, clock: ServerClock, record: OrderRecord) -> None:
        skip = order_document(record).get("skip_client_confirmation") is True
        target = OrderStatus.ACTIVE if skip else OrderStatus.CLIENT_CONFIRMATION
        move(session, clock, record, target, "approved", "staff")
        if target is OrderStatus.ACTIVE:  # a T-7 already passed gives its invoice draft now
            on_order_activated(session, clock, record, rules_of(request).contribution_percent)
        if target is OrderStatus.CLIENT_CONFIRMATION:
            send_client_link(session, clock, record)

    return _staff_decision(request, who, order_id, decide)


@router.post("/orders/{order_id}/reject")
def reject(
    order_id: str,
    body: Reason,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:

    def decide(session: Session, clock: ServerClock, record: OrderRecord) -> None:
        move(session, clock, record, OrderStatus.REJECTED, "rejected", "staff", body.reason)

    return _staff_decision(request, who, order_id, decide)
