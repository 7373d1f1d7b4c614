"""The FastAPI application: routes, problem documents for every error, no globals."""

from __future__ import annotations

import logging
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .access import AccessGuard
from .auth import TokenService
from .clock import ServerClock
from .context import ServerContext
from .database import ServerDatabase
from .invoices import DEFAULT_CONTRIBUTION_PERCENT
from .limits import DEFAULT_RATE_LIMITS, RateLimits, install_limits
from .openapi_problems import install_problem_responses
from .problems import ApiProblem, handle_api_problem, problem_response
from .routes import (
    attachments,
    auth,
    cancellation,
    changes,
    client_confirmations,
    clients,
    comments,
    dev,
    invoices,
    orders,
    staff,
    staff_invoices,
    staff_queue,
    support,
)
from .time_rules import TimeRules, run_due_rules

log = logging.getLogger(__name__)


def create_app(
    db_path: Path,
    clock: ServerClock | None = None,
    dev_clock: bool = False,
    access_lifetime: timedelta = timedelta(minutes=15),
    contribution_percent: Decimal = DEFAULT_CONTRIBUTION_PERCENT,
    rate_limits: RateLimits | None = DEFAULT_RATE_LIMITS,  # None: no rate limiting
) -> FastAPI:
    clock = clock or ServerClock()
    app = FastAPI(
        title="Smart Orders API",
        version="1.0.0",
        description="The contract between Smart Orders Desktop and Smart's back office.",
        # The server clock's rules (expiry, invoice drafts, issuing) run before each handler.
        dependencies=[Depends(run_due_rules)],
    )
    app.state.context = ServerContext(
        db=ServerDatabase(db_path),
        clock=clock,
        tokens=TokenService(clock, access_lifetime=access_lifetime),
        dev_clock=dev_clock,
    )
    app.state.time_rules = TimeRules(contribution_percent)
    for router in (
        auth.router,
        orders.router,
        staff.router,
        changes.router,
        dev.router,
        invoices.router,
        cancellation.router,
        staff_invoices.router,
        clients.router,
        attachments.router,
        comments.router,
        client_confirmations.router,
        support.router,
        staff_queue.router,
    ):
        app.include_router(router)
    # Outermost last: body cap, rate limit, then the role rules (support is read-only).
    app.add_middleware(AccessGuard, tokens=app.state.context.tokens)
    install_limits(app, app.state.context.tokens, rate_limits)
    app.add_exception_handler(ApiProblem, handle_api_problem)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)
    install_problem_responses(app)  # the contract declares the problem documents sent
    return app


async def _invalid_request(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"field": ".".join(str(part) for part in error.get("loc", ())), "code": error.get("type")}
        for error in exc.errors()
    ]
    return problem_response(
        ApiProblem(422, "invalid_request", "The request is not valid", errors=errors)
    )


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return problem_response(ApiProblem(exc.status_code, code, str(exc.detail)))


async def _internal_error(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return problem_response(ApiProblem(500, "internal_error", "Internal server error"))
