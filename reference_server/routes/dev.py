"""Moving the server clock forward (only when started with --dev-clock)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from ..context import context_of
from ..problems import ApiProblem
from ..time_rules import rules_of

router = APIRouter(prefix="/api/v1/dev", tags=["dev"])


class Advance(BaseModel):
    seconds: int = Field(ge=0, le=10 * 365 * 24 * 3600)


@router.post("/clock")
def advance_clock(body: Advance, request: Request) -> dict[str, Any]:
    ctx = context_of(request)
    if not ctx.dev_clock:
        raise ApiProblem(403, "dev_clock_disabled", "Start the server with --dev-clock")
    now = ctx.clock.advance(timedelta(seconds=body.seconds))
    rules_of(request).sweep_now(ctx)  # the rules of the new day apply before the answer
    return {"server_time": now.isoformat()}
