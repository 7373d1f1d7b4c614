"""Role rules that hold for whole groups of paths, checked before any endpoint runs.

Endpoints still check their own role; this guard makes the issue's blanket rules true by
construction, also for endpoints added later and before a body is read or validated:
support is read-only (every POST/PUT/PATCH/DELETE answers 403), ``/api/v1/staff/...`` is for
staff, ``/api/v1/support/...`` for support and staff. A request without a valid token passes
through, so the endpoint answers 401 as usual.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from .auth import Principal, TokenService
from .problems import ApiProblem, forbidden, problem_response

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Endpoints without login: a token sent along is ignored there (support may log out).
OPEN_PREFIXES = ("/api/v1/auth/", "/api/v1/client-confirmations/", "/api/v1/dev/")
PREFIX_ROLES = (
    ("/api/v1/staff/", ("staff",)),
    ("/api/v1/support/", ("support", "staff")),
)


def bearer_principal(scope: Scope, tokens: TokenService) -> Principal | None:
    """The caller of a valid, unexpired access token, else None."""
    authorization = Headers(scope=scope).get("authorization", "")
    if not authorization.startswith("Bearer "):
        return None
    try:
        return tokens.verify_access(authorization.removeprefix("Bearer ").strip())
    except ApiProblem:
        return None


class AccessGuard:
    """Pure ASGI middleware applying the path rules above."""

    def __init__(self, app: ASGIApp, tokens: TokenService) -> None:
        self.app = app
        self.tokens = tokens

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            denial = self._denial(scope)
            if denial is not None:
                await problem_response(denial)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _denial(self, scope: Scope) -> ApiProblem | None:
        path: str = scope["path"]
        if path.startswith(OPEN_PREFIXES):
            return None
        who = bearer_principal(scope, self.tokens)
        if who is None:
            return None
        if who.role == "support" and scope["method"] in WRITE_METHODS:
            return forbidden("support has read-only access")
        for prefix, roles in PREFIX_ROLES:
            if path.startswith(prefix) and who.role not in roles:
                return forbidden(f"needs role {' or '.join(roles)}")
        return None
