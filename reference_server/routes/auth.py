"""Login, token refresh, logout and the signed-in user's profile."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from ..auth import Principal, find_user, verify_password
from ..context import context_of, principal
from ..problems import ApiProblem
from ..records import BudgetRecord, UserRecord

router = APIRouter(prefix="/api/v1", tags=["auth"])


class LoginBody(BaseModel):
    email: str = Field(max_length=320)
    password: str = Field(max_length=1000)


class RefreshBody(BaseModel):
    refresh_token: str = Field(max_length=200)


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str
    expires_in: int


class Budget(BaseModel):
    id: str
    name: str


class Me(BaseModel):
    id: int
    email: str
    role: str
    member_number: str | None
    display_name: str
    budgets: list[Budget]


@router.post("/auth/login", response_model=TokenPair)
def login(body: LoginBody, request: Request) -> dict[str, Any]:
    ctx = context_of(request)
    with ctx.db.session() as session:
        user = find_user(session, body.email)
        if user is None or not verify_password(body.password, user.password_hash):
            raise ApiProblem(401, "login_failed", "E-mail or password wrong")
        return ctx.tokens.issue(session, user)


@router.post("/auth/refresh", response_model=TokenPair)
def refresh(body: RefreshBody, request: Request) -> dict[str, Any]:
    """A new token pair; the refresh token rotates. The old one stays valid until the new one
    has been used, so an answer lost on the way (or a client killed before it stored the new
    token) does not end the session: refreshing with the old token again replaces the unused
    successor. Once the successor has been used, the old token is refused (401)."""
    ctx = context_of(request)
    with ctx.db.session() as session:
        return ctx.tokens.rotate(session, body.refresh_token)


@router.post("/auth/logout", status_code=204)
def logout(body: RefreshBody, request: Request) -> Response:
    ctx = context_of(request)
    with ctx.db.session() as session:
        ctx.tokens.revoke(session, body.refresh_token)
    return Response(status_code=204)


@router.get("/me", response_model=Me)
def me(request: Request, who: Principal = Depends(principal)) -> dict[str, Any]:  # noqa: B008
    ctx = context_of(request)
    with ctx.db.session() as session:
        user = session.get(UserRecord, who.user_id)
        if user is None:
            raise ApiProblem(401, "token_invalid", "Unknown user")
        budgets = session.scalars(
            select(BudgetRecord).where(BudgetRecord.member_id == user.id).order_by(BudgetRecord.id)
        ).all()
        return {
            "id": user.id,
            "email": user.email,
            "role": user.role,
            "member_number": user.member_number,
            "display_name": user.display_name,
            "budgets": [{"id": b.id, "name": b.name} for b in budgets],
        }
