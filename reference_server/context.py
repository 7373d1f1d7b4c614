"""What every request handler needs, held on the FastAPI app (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Header, Request

from .auth import Principal, TokenService
from .clock import ServerClock
from .database import ServerDatabase
from .problems import ApiProblem


@dataclass
class ServerContext:
    db: ServerDatabase
    clock: ServerClock
    tokens: TokenService
    dev_clock: bool = False


def context_of(request: Request) -> ServerContext:
    return request.app.state.context  # type: ignore[no-any-return]


def principal(request: Request, authorization: str | None = Header(default=None)) -> Principal:
    if not authorization or not authorization.startswith("Bearer "):
        raise ApiProblem(401, "unauthenticated", "Authentication required")
    return context_of(request).tokens.verify_access(authorization.removeprefix("Bearer ").strip())


def require_role(who: Principal, *roles: str) -> None:
    if who.role not in roles:
        raise ApiProblem(403, "forbidden", "Forbidden", f"needs role {' or '.join(roles)}")
