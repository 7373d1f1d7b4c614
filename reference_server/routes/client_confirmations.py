"""The client's side of an order: the e-mailed link (no login) to accept, request changes or
reject, and the staff view of that link.

The client's POSTs carry no Idempotency-Key (a browser form) and are safe to repeat instead: a
link answers once, and repeating the same answer through the same link returns the current
state without a second event (a double click, a reload). Another answer after that is a 409.
Once the validity has ended (Berlin day after "Angebot gültig bis") a new answer is a 410
``offer_expired``; a repeat of the answer already given still returns 200.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, StringConstraints

from desktop_app.domain.status import OrderStatus

from ..auth import Principal
from ..client_links import client_view, current_link_mail, find_link, offer_expired
from ..context import context_of, principal, require_role
from ..problems import ApiProblem, not_found
from ..time_rules import on_order_activated, rules_of
from ..workflow import find_order, move, order_document

router = APIRouter(prefix="/api/v1", tags=["client confirmations"])

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5000)]


class ChangeRequest(BaseModel):
    comment: Text


class Rejection(BaseModel):
    reason: Text


# answer -> (target status, event type)
_ANSWERS = {
    "accepted": (OrderStatus.ACTIVE, "client_accepted"),
    "changes_requested": (OrderStatus.SMART_REVIEW, "client_requested_changes"),
    "rejected": (OrderStatus.REJECTED, "client_rejected"),
}


@router.get("/client-confirmations/{token}")
def show(token: str, request: Request) -> dict[str, Any]:
    ctx = context_of(request)
    with ctx.db.session() as session:
        link, order = find_link(session, token)
        return client_view(session, ctx.clock, link, order)


@router.post("/client-confirmations/{token}/accept")
def accept(token: str, request: Request) -> dict[str, Any]:
    return _answer(request, token, "accepted")


@router.post("/client-confirmations/{token}/request-changes")
def request_changes(token: str, body: ChangeRequest, request: Request) -> dict[str, Any]:
    return _answer(request, token, "changes_requested", body.comment)


@router.post("/client-confirmations/{token}/reject")
def reject(token: str, body: Rejection, request: Request) -> dict[str, Any]:
    return _answer(request, token, "rejected", body.reason)


def _answer(request: Request, token: str, answer: str, reason: str = "") -> dict[str, Any]:
    ctx = context_of(request)
    with ctx.db.session() as session:  # BEGIN IMMEDIATE: two clicks cannot both answer
        link, order = find_link(session, token)
        if link.answer == answer:
            return client_view(session, ctx.clock, link, order)
        if link.answer is not None:
            raise ApiProblem(
                409,
                "illegal_transition",
                "Already answered",
                f"this link was already answered: {link.answer}",
                current_status=order.status,
            )
        if offer_expired(ctx.clock, order_document(order)):
            raise ApiProblem(
                410, "offer_expired", "The offer has expired", "the offer validity has ended"
            )
        target, event_type = _ANSWERS[answer]
        move(session, ctx.clock, order, target, event_type, "client", reason)
        link.answer = answer
        link.answered_at = ctx.clock.now().replace(tzinfo=None)
        if target is OrderStatus.ACTIVE:
            # a T-7 already passed gives its invoice draft at once
            on_order_activated(session, ctx.clock, order, rules_of(request).contribution_percent)
        return client_view(session, ctx.clock, link, order)


@router.get("/staff/orders/{order_id}/client-link", tags=["staff"])
def client_link(
    order_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:
    """The current link as e-mailed to the client (staff only: the link is a capability to
    answer for the client, which read-only support must not hold)."""
    require_role(who, "staff")
    ctx = context_of(request)
    with ctx.db.session() as session:
        order = find_order(session, order_id, who)
        mail = current_link_mail(session, order.id)
        if mail is None:
            raise not_found("client link")
        return {
            "order_id": order.id,
            "url": f"{str(request.base_url).rstrip('/')}/api/v1/client-confirmations/{mail.token}",
            "token": mail.token,
            "recipient": mail.recipient,
            "sent_at": mail.created_at.isoformat() + "Z",
        }
