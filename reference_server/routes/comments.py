"""Comments on an order, by its member or by Smart's staff: a "comment" event in the timeline
(the changes feed). The status stays as it is. Nobody is notified: after submission Smart
does not read comments (the guide sends urgent matters to members@smartde.coop)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from ..actions import json_body, member_post
from ..auth import Principal
from ..context import ServerContext, context_of, principal, require_role
from ..problems import ApiProblem
from ..records import EventRecord
from ..workflow import find_order, record_event

router = APIRouter(prefix="/api/v1", tags=["comments"])

MAX_COMMENT = 5000

_COMMENT_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string", "minLength": 1, "maxLength": MAX_COMMENT}
                    },
                }
            }
        },
    }
}


@router.post("/orders/{order_id}/comments", status_code=201, openapi_extra=_COMMENT_SCHEMA)
async def member_comment(
    order_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    idempotency_key: str | None = Header(default=None),
) -> JSONResponse:
    """A comment on the member's own order, in any status: a "comment" event (answered as
    the feed will show it). Smart is not notified."""
    return await member_post(
        request, who, idempotency_key, lambda ctx, body: _comment(ctx, who, order_id, body)
    )


@router.post("/staff/orders/{order_id}/comments", status_code=201, openapi_extra=_COMMENT_SCHEMA)
async def staff_comment(
    order_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> JSONResponse:
    require_role(who, "staff")
    status, event = _comment(context_of(request), who, order_id, await request.body())
    return JSONResponse(event, status_code=status)


def _comment(
    ctx: ServerContext, who: Principal, order_id: str, body: bytes
) -> tuple[int, dict[str, Any]]:
    text = _comment_text(json_body(body))
    with ctx.db.session() as session:
        order = find_order(session, order_id, who)
        event = record_event(session, ctx.clock, order, "comment", who.role, order.status, text)
        return 201, _event_json(session, event)


def _comment_text(document: dict[str, Any]) -> str:
    text = document.get("text")
    if not isinstance(text, str) or not text.strip():
        code = "required"
    elif len(text.strip()) > MAX_COMMENT:
        code = "too_long"
    else:
        return text.strip()
    raise ApiProblem(
        422,
        "validation_failed",
        "The comment is not valid",
        errors=[{"field": "text", "code": code}],
    )


def _event_json(session: Session, event: EventRecord) -> dict[str, Any]:
    """The comment as the changes feed will show it."""
    session.flush()  # assigns seq
    return {
        "seq": event.seq,
        "order_id": event.order_id,
        "type": event.type,
        "actor_role": event.actor_role,
        "status_from": event.status_from,
        "status_to": event.status_to,
        "reason": event.reason,
        "at": event.at.isoformat() + "Z",
        "invoice_id": event.invoice_id,
    }
