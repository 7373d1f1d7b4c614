"""The changes feed: every event after a server sequence number, with the orders touched."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import func, select

from ..auth import Principal
from ..context import context_of, principal
from ..database import MAX_INTEGER
from ..invoice_workflow import invoice_document, invoices_of
from ..problems import ApiProblem
from ..records import EventRecord, OrderRecord
from ..workflow import order_documents

router = APIRouter(prefix="/api/v1", tags=["changes"])

MAX_PAGE = 500


@router.get("/changes")
def changes(
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    cursor: str = Query(default="0", max_length=20),
    limit: int = Query(default=200, ge=1, le=MAX_PAGE),
    # staff/support follow one member with it; a member always gets only its own events
    member_id: int | None = Query(default=None, ge=1, le=MAX_INTEGER),
) -> dict[str, Any]:
    ctx = context_of(request)
    if not cursor.isdigit():
        raise ApiProblem(400, "cursor_invalid", "The cursor is not a sequence number")
    after = int(cursor)
    with ctx.db.session() as session:
        # A member's cursor is measured against its own events: comparing with the global
        # sequence would tell members how busy Smart is.
        newest_query = select(func.max(EventRecord.seq))
        if who.role == "member":
            newest_query = newest_query.where(EventRecord.member_id == who.user_id)
        newest = session.scalar(newest_query) or 0
        if after > newest:
            raise ApiProblem(400, "cursor_invalid", "The cursor is ahead of the server")
        query = select(EventRecord).where(EventRecord.seq > after)
        if who.role == "member":
            query = query.where(EventRecord.member_id == who.user_id)
        elif member_id is not None:
            query = query.where(EventRecord.member_id == member_id)
        events = session.scalars(query.order_by(EventRecord.seq).limit(limit + 1)).all()
        has_more = len(events) > limit
        events = events[:limit]
        order_ids = sorted({e.order_id for e in events})
        orders = (
            session.scalars(select(OrderRecord).where(OrderRecord.id.in_(order_ids))).all()
            if order_ids
            else []
        )
        return {
            "events": [
                {
                    "seq": e.seq,
                    "order_id": e.order_id,
                    "type": e.type,
                    "actor_role": e.actor_role,
                    "status_from": e.status_from,
                    "status_to": e.status_to,
                    "reason": e.reason,
                    "at": e.at.isoformat() + "Z",
                    "invoice_id": e.invoice_id,
                }
                for e in events
            ],
            "orders": order_documents(session, orders),
            "invoices": [invoice_document(i) for i in invoices_of(session, order_ids)],
            "next_cursor": str(events[-1].seq if events else after),
            "has_more": has_more,
            "server_time": ctx.clock.now().isoformat(),
        }
