"""Smart's work queue: the orders in a status (staff and support), newest change first."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import select

from desktop_app.domain.status import OrderStatus

from ..auth import Principal
from ..context import context_of, principal, require_role
from ..records import OrderRecord
from ..workflow import order_documents

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])

MAX_PAGE = 500


@router.get("/orders")
def list_orders(
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    status: OrderStatus | None = None,
    limit: int = Query(default=100, ge=1, le=MAX_PAGE),
) -> dict[str, Any]:
    require_role(who, "staff", "support")
    ctx = context_of(request)
    query = select(OrderRecord).order_by(OrderRecord.updated_at.desc()).limit(limit)
    if status is not None:
        query = query.where(OrderRecord.status == status.value)
    with ctx.db.session() as session:
        return {"orders": order_documents(session, session.scalars(query).all())}
