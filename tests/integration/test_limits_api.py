"""Request limits over real HTTP: body caps, rate limits with Retry-After, login guessing."""

from __future__ import annotations

import http.client
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
import uvicorn

from reference_server.accounts import create_user
from reference_server.app import create_app
from reference_server.limits import ATTACHMENT_BODY_CAP, DEFAULT_BODY_CAP, Bucket, RateLimits

from .conftest import PASSWORD, LiveServer, valid_order


@contextmanager
def _serve(tmp_path: Path, rate_limits: RateLimits | None) -> Iterator[LiveServer]:
    """A second server with its own limits (the shared live_server keeps the defaults)."""
    app = create_app(tmp_path / "limits.sqlite3", rate_limits=rate_limits)
    context = app.state.context
    with context.db.session() as session:
        create_user(session, "anna@example.org", PASSWORD, "member", "M-1", "Anna", {"B-1": "B"})
        create_user(session, "ben@example.org", PASSWORD, "member", "M-2", "Ben", {"B-2": "B"})
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(1000):
        if server.started:
            break
        thread.join(0.01)
    assert server.started
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", context)
    finally:
        server.should_exit = True
        thread.join(10)
        context.db.dispose()


def _login(server: LiveServer, email: str, password: str = PASSWORD) -> requests.Response:
    return requests.post(
        server.api("/auth/login"), json={"email": email, "password": password}, timeout=10
    )


def _assert_rate_limited(response: requests.Response, most: int) -> None:
    assert response.status_code == 429, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == "rate_limited"
    assert 1 <= int(response.headers["Retry-After"]) <= most


def _declare_only(server: LiveServer, path: str, length: int) -> tuple[int, bytes]:
    """Send only the headers of a large body: the answer must come before any body byte."""
    address = urlsplit(server.url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=5)
    try:
        connection.putrequest("POST", path)
        connection.putheader("Content-Type", "application/octet-stream")
        connection.putheader("Content-Length", str(length))
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_a_declared_body_above_the_cap_is_refused_before_it_is_read(
    live_server: LiveServer,
) -> None:
    status, body = _declare_only(live_server, "/api/v1/orders", DEFAULT_BODY_CAP + 1)
    assert status == 413 and b'"code":"body_too_large"' in body
    upload = "/api/v1/orders/x/attachments"
    status, body = _declare_only(live_server, upload, ATTACHMENT_BODY_CAP + 1)
    assert status == 413 and b'"code":"body_too_large"' in body


def test_bodies_above_the_cap_are_refused_whole_or_chunked(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    headers = {"Idempotency-Key": str(uuid.uuid4()), "Content-Type": "application/json"}
    whole = anna.post(
        live_server.api("/orders"), data=b" " * (DEFAULT_BODY_CAP + 1), headers=headers
    )
    assert whole.status_code == 413 and whole.json()["code"] == "body_too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while it streams
        for _ in range(DEFAULT_BODY_CAP // 65536 + 2):
            yield b" " * 65536

    chunked = anna.post(live_server.api("/orders"), data=chunks(), headers=headers, timeout=10)
    assert chunked.status_code == 413 and chunked.json()["code"] == "body_too_large"
    login = requests.post(live_server.api("/auth/login"), data=chunks(), timeout=10)
    assert login.status_code == 413 and login.json()["code"] == "body_too_large"

    # just below the cap the endpoint itself answers
    today = live_server.context.clock.today()
    order = valid_order(today, special_agreement="x" * 10_000)
    fine = anna.post(live_server.api("/orders"), json=order, headers=headers, timeout=10)
    assert fine.status_code == 201, fine.text


def test_the_upload_route_accepts_more_than_the_default_cap(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    body = valid_order(live_server.context.clock.today())
    created = anna.post(
        live_server.api("/orders"), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    assert created.status_code == 201
    upload = anna.post(
        live_server.api(f"/orders/{body['id']}/attachments"),
        files={"file": ("gross.pdf", b"%PDF-1.4\n" + b"0" * (2 * DEFAULT_BODY_CAP))},
        headers={"Idempotency-Key": str(uuid.uuid4())},
        timeout=30,
    )
    assert upload.status_code == 201, upload.text  # 2 MB reached the upload endpoint


def test_each_principal_has_its_own_bucket_with_retry_after(tmp_path: Path) -> None:
    limits = RateLimits(principal=Bucket(3, 0.5), anonymous=Bucket(2, 0.5))
    with _serve(tmp_path, limits) as server:
        anna = server.login("anna@example.org")
        ben = server.login("ben@example.org")
        for _ in range(3):
            assert anna.get(server.api("/me"), timeout=10).status_code == 200
        _assert_rate_limited(anna.get(server.api("/me"), timeout=10), most=2)
        assert ben.get(server.api("/me"), timeout=10).status_code == 200

        # calls without a valid token share one bucket per IP; a forged token changes nothing
        forged = {"Authorization": "Bearer made.up"}
        assert requests.get(server.api("/me"), timeout=10).status_code == 401
        assert requests.get(server.api("/me"), headers=forged, timeout=10).status_code == 401
        _assert_rate_limited(requests.get(server.api("/me"), headers=forged, timeout=10), 2)
        # ... and login has its own bucket
        assert _login(server, "ben@example.org").status_code == 200


def test_a_bucket_refills(tmp_path: Path) -> None:
    with _serve(tmp_path, RateLimits(principal=Bucket(1, 5))) as server:
        anna = server.login("anna@example.org")
        assert anna.get(server.api("/me"), timeout=10).status_code == 200
        refused = anna.get(server.api("/me"), timeout=10)
        _assert_rate_limited(refused, most=1)
        time.sleep(0.3)  # allowed: the server's bucket refills in real time (5 tokens/s)
        assert anna.get(server.api("/me"), timeout=10).status_code == 200


def test_logins_are_limited_per_ip_and_failures_per_email(tmp_path: Path) -> None:
    with _serve(tmp_path, RateLimits(failed_logins=3)) as server:
        for _ in range(3):
            wrong = _login(server, "Anna@Example.org ", "falsch")
            assert wrong.status_code == 401 and wrong.json()["code"] == "login_failed"
        _assert_rate_limited(_login(server, "anna@example.org"), most=60)  # right password too
        assert _login(server, "ben@example.org").status_code == 200
        assert _login(server, "ben@example.org", "falsch").status_code == 401
        assert _login(server, "ben@example.org").status_code == 200  # success clears it
        for _ in range(2):
            assert _login(server, "ben@example.org", "falsch").status_code == 401
        assert _login(server, "ben@example.org").status_code == 200

    with _serve(tmp_path / "ip", RateLimits(login=Bucket(2, 0.1))) as server:
        assert _login(server, "anna@example.org").status_code == 200
        assert _login(server, "nobody@example.org").status_code == 401
        _assert_rate_limited(_login(server, "ben@example.org"), most=10)


def test_without_rate_limits_nothing_is_refused(tmp_path: Path) -> None:
    defaults = RateLimits()
    with _serve(tmp_path, None) as server:
        for _ in range(defaults.failed_logins + 1):
            assert _login(server, "anna@example.org", "falsch").status_code == 401
        assert _login(server, "anna@example.org").status_code == 200
        anonymous = requests.Session()
        burst = int(defaults.anonymous.capacity) + 10
        statuses = {anonymous.get(server.api("/me"), timeout=10).status_code for _ in range(burst)}
        assert statuses == {401}


@pytest.mark.slow
def test_twenty_clients_on_one_ip_do_not_trip_the_defaults(live_server: LiveServer) -> None:
    with live_server.context.db.session() as session:
        for n in range(20):
            create_user(session, f"user{n}@example.org", PASSWORD, "member", f"M-9{n}")

    def client(n: int) -> set[int]:
        session = live_server.login(f"user{n}@example.org")
        return {
            session.get(live_server.api(path), timeout=30).status_code
            for _ in range(15)
            for path in ("/me", "/changes", "/invoices")
        }

    with ThreadPoolExecutor(20) as pool:
        statuses = set().union(*pool.map(client, range(20)))
    assert statuses == {200}
