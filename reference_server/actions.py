"""The common shape of a member's POST: role check, body limit, Idempotency-Key, problem on
failure. Every member command (submit, comment, cancellation, invoice requests, attachments)
goes through :func:`member_post` so the exactly-once rules live in one place."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from .auth import Principal
from .context import ServerContext, context_of, require_role
from .idempotency import run_idempotent
from .problems import PROBLEM_JSON, ApiProblem

MAX_JSON_BODY = 1_000_000

Handler = Callable[[ServerContext, bytes], tuple[int, dict[str, Any]]]


async def member_post(
    request: Request,
    who: Principal,
    idempotency_key: str | None,
    handle: Handler,
    max_body: int = MAX_JSON_BODY,
    *,
    too_large_code: str = "body_too_large",
    fingerprint: Callable[[bytes], bytes] | None = None,
) -> JSONResponse:
    """Run ``handle(ctx, body)`` exactly once per Idempotency-Key and answer its result.

    ``fingerprint`` maps the body to what a replay must repeat (default: the body itself); a
    multipart upload passes its content, since a client re-encodes a retry with a new boundary.
    """
    require_role(who, "member")
    ctx = context_of(request)
    body = await _read_body(request, max_body, too_large_code)
    # The key is scoped to the endpoint too: the same key on another order or route is a
    # different request, never a replay of this one.
    same = request_fingerprint(
        request.method, request.url.path, body if fingerprint is None else fingerprint(body)
    )
    status, response = run_idempotent(ctx, who, idempotency_key, same, lambda: handle(ctx, body))
    # A replayed refusal is the stored problem document: same media type as the first answer.
    media_type = PROBLEM_JSON if status >= 400 else None
    return JSONResponse(response, status_code=status, media_type=media_type)


def request_fingerprint(method: str, path: str, content: bytes) -> bytes:
    """What a replay must repeat: the endpoint as well as the content."""
    return f"{method} {path}\n".encode() + content


async def _read_body(request: Request, max_body: int, too_large_code: str) -> bytes:
    # Keep at most max_body bytes but drain the rest: memory stays bounded, and the client
    # reads the 413 instead of a connection reset while it is still sending.
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size <= max_body:
            chunks.append(chunk)
    if size > max_body:
        raise ApiProblem(413, too_large_code, "Request body too large", f"at most {max_body} bytes")
    return b"".join(chunks)


def json_body(body: bytes) -> dict[str, Any]:
    """The body as a JSON object, or a 422 problem."""
    try:
        document = json.loads(body)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise ApiProblem(422, "invalid_body", "The body is not JSON", str(exc)) from exc
    if not isinstance(document, dict):
        raise ApiProblem(422, "invalid_body", "The body must be a JSON object")
    return document
