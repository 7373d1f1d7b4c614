"""An HTTP error answer -> the typed error that tells the caller whether to retry.

The sync protocol: a 4xx except 401/408/409/425/429 is terminal; 5xx, 408, 425, 429 and a
409 "still in progress" are retried (honouring Retry-After); 401 means refresh credentials.
Error bodies are read leniently: a proxy's HTML page must still give a useful error.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from .errors import AuthenticationError, FieldError, ProblemError, RemoteError, ServerBusy

RETRYABLE = frozenset({408, 425, 429})
# Only these 409s resolve by waiting ("the same Idempotency-Key is still running"). Every other
# coded 409 (illegal_transition, order_id_taken, order_closed, invoice_date_passed, ...) is a
# conflict with the server's state: retrying would keep a command "sending" forever, so it is
# terminal and shown. A 409 without a problem code (a proxy) is retried.
TRANSIENT_CONFLICTS = frozenset({"request_in_progress"})
_STANDARD = frozenset({"type", "title", "status", "code", "detail", "errors"})


def error_for(
    status: int, headers: Mapping[str, str], body: bytes, now: datetime | None = None
) -> RemoteError:
    problem = _problem_document(body)
    code = _string(problem.get("code")) or f"http_{status}"
    title = _string(problem.get("title"))
    detail = _string(problem.get("detail"))
    if status == 401:
        return AuthenticationError(code, detail or title or "authentication required")
    retryable = status >= 500 or status in RETRYABLE
    if status == 409 and (code in TRANSIENT_CONFLICTS or code == f"http_{status}"):
        retryable = True
    if retryable:
        retry_after = parse_retry_after(headers.get("Retry-After"), now)
        message = f"server busy ({status} {code})"
        return ServerBusy(message, status, code, retry_after)
    return ProblemError(
        status,
        code,
        title,
        detail,
        _field_errors(problem.get("errors")),
        {k: v for k, v in problem.items() if k not in _STANDARD},
    )


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait: ``Retry-After: 7`` or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # RFC 9110 dates are GMT
        moment = moment.replace(tzinfo=UTC)
    delta = (moment - (now or datetime.now(UTC))).total_seconds()
    return max(0.0, delta)


def _problem_document(body: bytes) -> dict[str, Any]:
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return {}
    return document if isinstance(document, dict) else {}


def _string(value: object) -> str:
    return value if isinstance(value, str) else ""


def _field_errors(value: object) -> tuple[FieldError, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        FieldError(_string(item.get("field")), _string(item.get("code")))
        for item in value
        if isinstance(item, dict)
    )
