"""Idempotency-Key handling: a replay returns the stored response; the same key with another
body is a 422; a duplicate arriving while the first is still running gets a 409."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select

from .auth import Principal
from .context import ServerContext
from .problems import ApiProblem
from .records import IdempotencyRecord

Handler = Callable[[], tuple[int, dict[str, Any]]]

# A request still "in progress" after this long was abandoned by a crashed worker.
ABANDONED = timedelta(minutes=2)


def run_idempotent(
    ctx: ServerContext, who: Principal, key: str | None, body: bytes, handler: Handler
) -> tuple[int, dict[str, Any]]:
    if not key or len(key) > 200:
        raise ApiProblem(400, "idempotency_key_missing", "Idempotency-Key header required")
    digest = hashlib.sha256(body).hexdigest()
    with ctx.db.session() as session:
        stored = session.scalar(
            select(IdempotencyRecord).where(
                IdempotencyRecord.user_id == who.user_id, IdempotencyRecord.key == key
            )
        )
        if stored is not None:
            if stored.request_hash != digest:
                raise ApiProblem(
                    422, "idempotency_key_reused", "Idempotency-Key reused with another body"
                )
            abandoned = stored.created_at < ctx.clock.now().replace(tzinfo=None) - ABANDONED
            if (stored.status_code is None or stored.response is None) and abandoned:
                # The first attempt died between its work and storing the answer (a crash):
                # run it again. Submissions deduplicate on the order id; the rest is rare.
                session.delete(stored)
                session.flush()  # before the new marker with the same key is inserted
                stored = None
        if stored is not None:
            if stored.status_code is None or stored.response is None:
                raise ApiProblem(
                    409,
                    "request_in_progress",
                    "A request with this Idempotency-Key is still being processed",
                    headers={"Retry-After": "1"},
                )
            return stored.status_code, json.loads(stored.response)
        session.add(
            IdempotencyRecord(
                user_id=who.user_id,
                key=key,
                request_hash=digest,
                created_at=ctx.clock.now().replace(tzinfo=None),
            )
        )
    try:
        status, response = handler()
    except ApiProblem as problem:
        if problem.status >= 500:
            _forget(ctx, who, key)
            raise
        status, response = problem.status, problem.document()
        _remember(ctx, who, key, status, response)
        raise
    except Exception:
        _forget(ctx, who, key)  # the client may retry a server failure with the same key
        raise
    _remember(ctx, who, key, status, response)
    return status, response


def _remember(
    ctx: ServerContext, who: Principal, key: str, status: int, response: dict[str, Any]
) -> None:
    with ctx.db.session() as session:
        stored = session.scalar(
            select(IdempotencyRecord).where(
                IdempotencyRecord.user_id == who.user_id, IdempotencyRecord.key == key
            )
        )
        assert stored is not None
        stored.status_code = status
        stored.response = json.dumps(response)


def _forget(ctx: ServerContext, who: Principal, key: str) -> None:
    with ctx.db.session() as session:
        session.execute(
            delete(IdempotencyRecord).where(
                IdempotencyRecord.user_id == who.user_id, IdempotencyRecord.key == key
            )
        )
