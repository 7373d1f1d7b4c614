"""The client against a misbehaving server: every fault becomes one exact typed error."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
import requests

from desktop_app.remote.client import ApiClient, ServerConfig
from desktop_app.remote.errors import (
    AuthenticationError,
    NetworkError,
    ProblemError,
    RemoteError,
    ResponseFormatError,
    ServerBusy,
)

from .fake_http import FakeServer, Handler, free_port, serve


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    yield from serve()


def _client(url: str, read_timeout: float = 5.0) -> ApiClient:
    client = ApiClient(ServerConfig(url, connect_timeout=2.0, read_timeout=read_timeout))
    client.access_token = "secret-access"
    return client


def _fails(kind: type[RemoteError], call: Callable[[], Any]) -> Any:
    """The call raises exactly ``kind`` (not a subclass, never a requests exception)."""
    with pytest.raises(Exception) as caught:
        call()
    assert type(caught.value) is kind, repr(caught.value)
    assert not isinstance(caught.value, requests.RequestException)
    assert caught.value.__cause__ is None
    return caught.value


def _page(**overrides: Any) -> dict[str, Any]:
    page = {
        "events": [
            {
                "seq": 1,
                "order_id": "o-1",
                "type": "submitted",
                "actor_role": "member",
                "status_from": "draft",
                "status_to": "smart_review",
                "reason": "",
                "at": "2026-11-27T10:00:00Z",
            }
        ],
        "orders": [],
        "next_cursor": "1",
        "has_more": False,
        "server_time": "2026-11-27T10:00:01+00:00",
    }
    page.update(overrides)
    return page


def test_non_json_body_with_200(fake: FakeServer) -> None:
    fake.respond = lambda h: h.send(200, b"<html>Wi-Fi login</html>", {"Content-Type": "text/html"})
    error = _fails(ResponseFormatError, lambda: _client(fake.url).me())
    assert error.transient and "expected JSON, got text/html" in str(error)
    assert error.endpoint == "GET /me"


def test_broken_json_with_a_json_content_type(fake: FakeServer) -> None:
    fake.respond = lambda h: h.send(200, b'{"events": [', {"Content-Type": "application/json"})
    error = _fails(ResponseFormatError, lambda: _client(fake.url).changes("0"))
    assert "not valid JSON" in str(error)


def test_missing_field(fake: FakeServer) -> None:
    page = _page()
    del page["has_more"]
    fake.answer_json(200, page)
    error = _fails(ResponseFormatError, lambda: _client(fake.url).changes("0"))
    assert (error.path, error.problem) == ("has_more", "missing")


def test_seq_as_a_string(fake: FakeServer) -> None:
    page = _page()
    page["events"][0]["seq"] = "1"
    fake.answer_json(200, page)
    error = _fails(ResponseFormatError, lambda: _client(fake.url).changes("0"))
    assert (error.path, error.problem) == ("events[0].seq", "expected an integer")


def test_unknown_order_status(fake: FakeServer) -> None:
    order = {"id": "6f1c2a7e-3c7a-4d1e-9d7e-2f0c6b1a9e11", "status": "teleported"}
    order |= {"submitted_at": "2026-11-27T10:00:00Z", "updated_at": "2026-11-27T10:00:00Z"}
    fake.answer_json(200, _page(orders=[order]))
    error = _fails(ResponseFormatError, lambda: _client(fake.url).changes("0"))
    assert (error.path, error.problem) == ("orders[0].status", "unknown value")


def test_naive_timestamp_is_refused(fake: FakeServer) -> None:
    page = _page()
    page["events"][0]["at"] = "2026-11-27T10:00:00"
    fake.answer_json(200, page)
    error = _fails(ResponseFormatError, lambda: _client(fake.url).changes("0"))
    assert error.path == "events[0].at"


def test_truncated_body(fake: FakeServer) -> None:
    def lie(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", "5000")
        h.end_headers()
        h.wfile.write(b'{"events": [{"seq": 1')
        h.wfile.flush()
        h.close_connection = True

    fake.respond = lie
    error = _fails(NetworkError, lambda: _client(fake.url).changes("0"))
    assert error.transient


def test_503_with_retry_after_seconds(fake: FakeServer) -> None:
    fake.answer_json(503, {"code": "maintenance", "title": "Down"}, {"Retry-After": "7"})
    error = _fails(ServerBusy, lambda: _client(fake.url).me())
    assert (error.status, error.code, error.retry_after, error.transient) == (
        503,
        "maintenance",
        7.0,
        True,
    )


def test_429_with_an_http_date(fake: FakeServer) -> None:
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    fake.answer_json(429, {"code": "rate_limited"}, {"Retry-After": later})
    error = _fails(ServerBusy, lambda: _client(fake.url).me())
    assert error.status == 429 and 25 <= error.retry_after <= 31


def test_500_with_an_html_body(fake: FakeServer) -> None:
    fake.respond = lambda h: h.send(500, b"<h1>Bad Gateway</h1>", {"Content-Type": "text/html"})
    error = _fails(ServerBusy, lambda: _client(fake.url).changes("0"))
    assert (error.status, error.code, error.retry_after) == (500, "http_500", None)


@pytest.mark.parametrize("status", [408, 425])
def test_other_retryable_statuses(fake: FakeServer, status: int) -> None:
    fake.respond = lambda h: h.send(status)
    assert _fails(ServerBusy, lambda: _client(fake.url).me()).status == status


def test_409_in_progress_is_busy_but_illegal_transition_is_terminal(fake: FakeServer) -> None:
    fake.answer_json(409, {"code": "request_in_progress"}, {"Retry-After": "1"})
    busy = _fails(ServerBusy, lambda: _client(fake.url).post_comment("o-1", "hi", "k"))
    assert busy.retry_after == 1.0
    problem = {"code": "illegal_transition", "title": "No", "current_status": "rejected"}
    fake.answer_json(409, problem)
    error = _fails(ProblemError, lambda: _client(fake.url).post_comment("o-1", "hi", "k"))
    assert error.extra == {"current_status": "rejected"} and not error.transient


def test_a_proxy_404_page_is_still_a_problem(fake: FakeServer) -> None:
    fake.respond = lambda h: h.send(404, b"<html>nope</html>", {"Content-Type": "text/html"})
    error = _fails(ProblemError, lambda: _client(fake.url).me())
    assert (error.status, error.code, error.errors) == (404, "http_404", ())


def test_401_carries_the_code(fake: FakeServer) -> None:
    fake.answer_json(401, {"code": "token_expired", "title": "Access token expired"})
    assert _fails(AuthenticationError, lambda: _client(fake.url).me()).code == "token_expired"


def test_redirects_are_not_followed(fake: FakeServer) -> None:
    target = f"http://127.0.0.1:{free_port()}/steal"
    fake.respond = lambda h: h.send(302, b"", {"Location": target})
    error = _fails(ResponseFormatError, lambda: _client(fake.url).me())
    assert "302" in str(error) and len(fake.seen) == 1


def test_connection_reset(fake: FakeServer) -> None:
    fake.respond = lambda h: h.reset()
    _fails(NetworkError, lambda: _client(fake.url).me())


def test_a_server_that_never_answers(fake: FakeServer) -> None:
    fake.respond = lambda h: fake.release.wait(20) and None
    started = time.monotonic()
    error = _fails(NetworkError, lambda: _client(fake.url, read_timeout=0.5).me())
    assert time.monotonic() - started < 5
    assert "did not answer in time" in str(error)


def test_a_refused_port() -> None:
    client = _client(f"http://127.0.0.1:{free_port()}")
    assert _fails(NetworkError, client.me).transient
