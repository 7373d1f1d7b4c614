"""The FastAPI application: routes, problem documents for every error, no globals."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .auth import TokenService
from .clock import ServerClock
from .context import ServerContext
from .database import ServerDatabase
from .problems import ApiProblem, handle_api_problem, problem_response
from .routes import auth, changes, dev, orders, staff

log = logging.getLogger(__name__)


def create_app(
    db_path: Path,
    clock: ServerClock | None = None,
    dev_clock: bool = False,
    access_lifetime: timedelta = timedelta(minutes=15),
) -> FastAPI:
    clock = clock or ServerClock()
    app = FastAPI(
        title="Smart Orders API",
        version="1.0.0",
        description="The contract between Smart Orders Desktop and Smart's back office.",
    )
    app.state.context = ServerContext(
        db=ServerDatabase(db_path),
        clock=clock,
        tokens=TokenService(clock, access_lifetime=access_lifetime),
        dev_clock=dev_clock,
    )
    for router in (auth.router, orders.router, staff.router, changes.router, dev.router):
        app.include_router(router)
    app.add_exception_handler(ApiProblem, handle_api_problem)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)
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
