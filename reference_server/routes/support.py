"""Support's read-only look-up: find a member by member number or e-mail and list that
member's orders. Staff may use it too. Opening one order (GET /api/v1/orders/{id}) records the
inspection (see reference_server/inspections.py); the member's timeline and invoices come from
GET /api/v1/changes?member_id= and GET /api/v1/invoices?member_id=."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..auth import Principal
from ..context import context_of, principal, require_role
from ..database import MAX_INTEGER
from ..problems import not_found
from ..records import BudgetRecord, OrderRecord, UserRecord
from ..workflow import order_documents

router = APIRouter(prefix="/api/v1/support", tags=["support"])

MAX_MEMBERS = 50
MAX_ORDERS = 500


@router.get("/members")
def find_members(
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    q: str = Query(min_length=1, max_length=320),
    limit: int = Query(default=20, ge=1, le=MAX_MEMBERS),
) -> dict[str, Any]:
    """Members whose member number or e-mail equals or starts with ``q`` (any case); exact
    matches first."""
    require_role(who, "support", "staff")
    needle = q.strip().lower()
    number = func.lower(func.coalesce(UserRecord.member_number, ""))
    email = func.lower(UserRecord.email)
    with context_of(request).db.session() as session:
        members = session.scalars(
            select(UserRecord)
            .where(
                UserRecord.role == "member",
                or_(
                    number.startswith(needle, autoescape=True),
                    email.startswith(needle, autoescape=True),
                ),
            )
            .order_by(or_(number == needle, email == needle).desc(), UserRecord.member_number)
            .limit(limit)
        ).all()
        return {"members": [_member(session, m) for m in members]}


@router.get("/members/{member_id}/orders")
def member_orders(
    member_id: Annotated[int, Path(ge=1, le=MAX_INTEGER)],
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    limit: int = Query(default=200, ge=1, le=MAX_ORDERS),
    offset: int = Query(default=0, ge=0, le=MAX_INTEGER),
) -> dict[str, Any]:
    """The member's orders, newest submission first."""
    require_role(who, "support", "staff")
    with context_of(request).db.session() as session:
        member = session.get(UserRecord, member_id)
        if member is None or member.role != "member":
            raise not_found("member")
        orders = session.scalars(
            select(OrderRecord)
            .where(OrderRecord.member_id == member_id)
            .order_by(OrderRecord.submitted_at.desc(), OrderRecord.id)
            .offset(offset)
            .limit(limit + 1)
        ).all()
        return {
            "member": _member(session, member),
            "orders": order_documents(session, orders[:limit]),
            "has_more": len(orders) > limit,
        }


def _member(session: Session, user: UserRecord) -> dict[str, Any]:
    budgets = session.scalars(
        select(BudgetRecord).where(BudgetRecord.member_id == user.id).order_by(BudgetRecord.id)
    ).all()
    return {
        "id": user.id,
        "member_number": user.member_number,
        "display_name": user.display_name,
        "email": user.email,
        "budgets": [{"id": b.id, "name": b.name} for b in budgets],
    }
