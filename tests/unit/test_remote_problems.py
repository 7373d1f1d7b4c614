"""HTTP error answers -> typed errors (the sync protocol's retry rules) and Retry-After."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from desktop_app.remote.errors import (
    AuthenticationError,
    FieldError,
    ProblemError,
    ServerBusy,
)
from desktop_app.remote.problems import error_for, parse_retry_after

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def _error(status: int, document: object = None, headers: dict[str, str] | None = None):
    body = json.dumps(document).encode() if document is not None else b""
    return error_for(status, headers or {}, body, NOW)


def test_validation_problem_keeps_fields_and_extra_members() -> None:
    error = _error(
        422,
        {
            "type": "https://x/validation_failed",
            "title": "The order is not complete",
            "status": 422,
            "code": "validation_failed",
            "errors": [{"field": "budget", "code": "unknown_budget"}, "junk"],
            "min_length": 20,
        },
    )
    assert isinstance(error, ProblemError) and not error.transient
    assert (error.code, error.title) == ("validation_failed", "The order is not complete")
    assert error.errors == (FieldError("budget", "unknown_budget"),)
    assert error.extra == {"min_length": 20}


@pytest.mark.parametrize("status", [400, 403, 404, 410, 413, 415, 422])
def test_other_4xx_are_terminal(status: int) -> None:
    error = _error(status, {"code": "x"})
    assert type(error) is ProblemError and error.status == status


@pytest.mark.parametrize("status", [408, 425, 429, 500, 502, 503, 504])
def test_retryable_statuses(status: int) -> None:
    error = _error(status)
    assert type(error) is ServerBusy and error.transient and error.code == f"http_{status}"


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("request_in_progress", ServerBusy),
        ("illegal_transition", ProblemError),
        ("order_id_taken", ProblemError),
        ("order_closed", ProblemError),
        ("invoice_date_passed", ProblemError),
        (None, ServerBusy),  # a bare 409 from something that is not the API
    ],
)
def test_409_depends_on_the_code(code: str | None, kind: type) -> None:
    assert type(_error(409, {"code": code} if code else None)) is kind


def test_401_is_authentication_with_its_code() -> None:
    error = _error(401, {"code": "token_expired", "title": "Access token expired"})
    assert isinstance(error, AuthenticationError) and error.code == "token_expired"
    assert _error(401).code == "http_401"


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("7", 7.0),
        (" 120 ", 120.0),
        ("Fri, 27 Nov 2026 10:00:30 GMT", 30.0),
        ("Fri, 27 Nov 2026 09:00:00 GMT", 0.0),  # in the past: retry now
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds
