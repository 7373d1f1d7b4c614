"""Tokens and passwords never reach a log handler, whatever form they take."""

from __future__ import annotations

import logging

import pytest

from desktop_app.platform.log_redaction import RedactingFilter, install, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: Bearer eyJh.eyJz-x_y", "Authorization: Bearer ***"),
        ("{'Authorization': 'Bearer abc.def'}", "{'Authorization': 'Bearer ***'}"),
        ("Authorization: Basic dXNlcjpwYXNz", "Authorization: ***"),
        (
            '{"access_token": "a.b", "refresh_token":"xyz", "token_type": "Bearer"}',
            '{"access_token": "***", "refresh_token":"***", "token_type": "Bearer"}',
        ),
        ("{'password': 'ge\\'heim', 'email': 'a@b'}", "{'password': '***', 'email': 'a@b'}"),
        ('{"token": 12345, "password": null}', '{"token": ***, "password": null}'),
        (
            "GET /x?access_token=abc&cursor=5 password=hunter2",
            "GET /x?access_token=***&cursor=5 password=***",
        ),
        (
            "basic settings loaded; authorization failed",
            "basic settings loaded; authorization failed",
        ),
        ("expires_in=900 token_type=Bearer", "expires_in=900 token_type=Bearer"),
    ],
)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected


def _record(msg: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc else None
    return logging.LogRecord("t", logging.INFO, __file__, 1, msg, args or None, exc_info)


def test_filter_rewrites_message_and_args() -> None:
    record = _record("sending %s to %s", {"refresh_token": "r-123"}, "/auth/refresh")
    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == "sending {'refresh_token': '***'} to /auth/refresh"
    assert record.args is None


def test_filter_redacts_tracebacks() -> None:
    try:
        raise RuntimeError("header was Bearer sekrit-token")
    except RuntimeError as exc:
        record = _record("call failed", exc=exc)
    RedactingFilter().filter(record)
    text = logging.Formatter().format(record)
    assert "sekrit-token" not in text and "Bearer ***" in text


def test_a_broken_format_string_still_logs() -> None:
    record = _record("%d items for password=%s", "x")
    RedactingFilter().filter(record)
    assert "x" in record.getMessage()


def test_install_covers_propagated_records_once() -> None:
    logger = logging.getLogger("redaction-test-root")
    logger.propagate = False
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    handler = Collect()
    logger.addHandler(handler)
    try:
        first = install(logger)
        assert install(logger) is first
        assert handler.filters.count(first) == 1 and logger.filters.count(first) == 1
        logging.getLogger("redaction-test-root.child").warning("Bearer %s", "abc.def")
        logger.warning("password=%s", "hunter2")
    finally:
        logger.removeHandler(handler)
    assert lines == ["Bearer ***", "password=***"]
