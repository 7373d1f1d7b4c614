"""A server that breaks the contract: hypothesis-drawn malformed answers (tests/integration/
malformed.py) for login, /auth/refresh, /me, POST /orders and /changes, driven through the real
AccountService and SyncService. Each must end in a typed outcome — a RemoteError/LoginError
from the account, a SyncReport from sync — with no exception escaping, and leave the profile
as it was: the same rows in every table of the database, the same settings file and the same
refresh token in the keyring.

The only change allowed is the outbox's retry bookkeeping of the command that was tried:
``attempts`` goes up by exactly one, ``next_attempt_at``, ``error_code``, ``error_message``
and ``updated_at`` are rewritten; its state stays ``queued`` (never done, never failed).
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.order_json import order_to_json
from desktop_app.platform.clock import Clock
from desktop_app.platform.credentials import MemoryCredentials
from desktop_app.platform.paths import AppPaths
from desktop_app.remote.errors import RemoteError, ResponseFormatError, ServerBusy
from desktop_app.services.account import LoginError
from desktop_app.services.composition import Services, build_services
from desktop_app.services.sync import Outcome
from desktop_app.storage.migrate import prepare_database
from desktop_app.storage.order_store import OrderStore

from .fake_http import FakeServer, Handler, serve
from .malformed import INT, LIST, MOMENT, OBJ, ORDER_TYPES, STR, Answer, answers, kind_of, prefixed
from .numbered_orders import numbered_order
from .reliability_scale import EXAMPLES_ENV, failure_text, record, scale

TABLES = (
    "orders",
    "line_items",
    "invoice_dates",
    "attachments",
    "outbox",
    "timeline_events",
    "invoices",
    "sync_state",
)
RETRY_BOOKKEEPING = ("attempts", "next_attempt_at", "error_code", "error_message", "updated_at")
START = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
EMAIL = "anna@example.org"
EXAMPLES = scale(EXAMPLES_ENV, 60)  # more for the reliability record


@dataclass
class Contract:
    """Valid answers of the fake server, built around one submitted order."""

    order_id: str
    order: dict[str, Any]

    def tokens(self) -> dict[str, Any]:
        return {"access_token": "acc.ess", "refresh_token": "fresh", "expires_in": 900}

    def me(self) -> dict[str, Any]:
        return {
            "id": 1,
            "email": EMAIL,
            "role": "member",
            "member_number": "M-1",
            "display_name": "Anna",
            "budgets": [{"id": "B-1", "name": "Persönliches Budget"}],
        }

    def changes(self) -> dict[str, Any]:
        event = {
            "seq": 7,
            "order_id": self.order_id,
            "type": "submitted",
            "actor_role": "member",
            "status_from": "draft",
            "status_to": "smart_review",
            "reason": "",
            "at": "2026-11-27T10:00:00Z",
            "invoice_id": None,
        }
        invoice = {
            "id": "INV-1",
            "order_id": self.order_id,
            "number": 1,
            "status": "draft",
            "invoice_date": "2027-01-11",
            "currency": "EUR",
            "net_cents": 320000,
            "vat_cents": 60800,
            "gross_cents": 380800,
            "contribution_cents": 28800,
            "vat_rate": "standard",
            "lines": [{"description": "Bühnenbild", "net_cents": 320000}],
            "change_request": "",
            "updated_at": "2026-11-27T10:00:00Z",
        }
        return {
            "events": [event],
            "orders": [self.order],
            "invoices": [invoice],
            "next_cursor": "7",
            "has_more": False,
            "server_time": "2026-11-27T10:00:00+00:00",
        }


TOKEN_TYPES = {("access_token",): STR, ("refresh_token",): STR, ("expires_in",): INT}
ME_TYPES = {
    ("id",): INT,
    ("email",): STR,
    ("role",): STR,
    ("display_name",): STR,
    ("member_number",): "str|null",
    ("budgets",): LIST,
    ("budgets", 0): OBJ,
    ("budgets", 0, "id"): STR,
    ("budgets", 0, "name"): STR,
}
EVENT_TYPES = {
    ("seq",): INT,
    ("order_id",): STR,
    ("type",): STR,
    ("actor_role",): STR,
    ("reason",): STR,
    ("at",): MOMENT,
    ("status_to",): "str|null",
}
INVOICE_TYPES = {
    ("id",): STR,
    ("number",): INT,
    ("status",): "enum",
    ("invoice_date",): "day",
    ("net_cents",): INT,
    ("gross_cents",): INT,
    ("lines",): LIST,
    ("updated_at",): MOMENT,
}
CHANGES_TYPES = {
    ("events",): LIST,
    ("orders",): LIST,
    ("next_cursor",): STR,
    ("has_more",): "bool",
    ("server_time",): MOMENT,
    **prefixed(("events", 0), EVENT_TYPES),
    **prefixed(("orders", 0), ORDER_TYPES),
    **prefixed(("invoices", 0), INVOICE_TYPES),
}


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    yield from serve()


def _answer(handler: Handler, answer: Answer) -> None:
    headers = {"Content-Type": answer.content_type} if answer.content_type else {}
    handler.send(answer.status, answer.body, headers)


def _router(
    contract: Contract, broken: dict[str, Answer], expired: bool = False
) -> Callable[[Handler], None]:
    """Valid answers, except ``broken`` ones; the feed and comments answer 503 unless
    valid answers are wanted for everything (``broken`` empty)."""

    def respond(handler: Handler) -> None:
        path = handler.path.split("?")[0].removeprefix("/api/v1")
        if path in broken:
            return _answer(handler, broken[path])
        if expired and not path.startswith("/auth/"):
            return handler.send_json(401, {"code": "token_expired", "status": 401})
        if path in ("/auth/login", "/auth/refresh"):
            return handler.send_json(200, contract.tokens())
        if path == "/me":
            return handler.send_json(200, contract.me())
        if broken:
            return handler.send_json(503, {"code": "maintenance", "status": 503})
        if path == "/orders":
            return handler.send_json(201, contract.order)
        if path == "/changes":
            return handler.send_json(200, contract.changes())
        return handler.send_json(404, {"code": "not_found", "status": 404})

    return respond


def _dump(database: Path) -> dict[str, list[dict[str, Any]]]:
    connection = sqlite3.connect(database)
    connection.row_factory = sqlite3.Row
    try:
        return {
            table: [dict(r) for r in connection.execute(f"SELECT * FROM {table} ORDER BY 1")]
            for table in TABLES
        }
    finally:
        connection.close()


def _allowing_retry(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Only the retry bookkeeping of the outbox changed, and the command was tried once."""
    rows_before = {r["op_id"]: r for r in before.pop("outbox")}
    rows_after = {r["op_id"]: r for r in after.pop("outbox")}
    assert set(rows_before) == set(rows_after)
    for op_id, row in rows_after.items():
        old = rows_before[op_id]
        if row["state"] == "done" and old["state"] == "done":
            assert row == old
            continue
        assert row["state"] == old["state"] == "queued"
        assert row["attempts"] == old["attempts"] + 1
        assert row["error_code"], row
        kept = {k: v for k, v in row.items() if k not in RETRY_BOOKKEEPING}
        assert kept == {k: v for k, v in old.items() if k not in RETRY_BOOKKEEPING}
    assert before == after


@dataclass
class Profile:
    services: Services
    paths: AppPaths
    credentials: MemoryCredentials
    now: list[datetime]


def _profile(root: Path, fake: FakeServer) -> tuple[Profile, Contract]:
    paths = AppPaths.for_profile(root)
    paths.ensure()
    prepare_database(paths.database, paths.backups_dir)
    now = [START]
    credentials = MemoryCredentials()
    services = build_services(paths, OrderStore(paths.database), Clock(lambda: now[0]), credentials)
    today = services.drafts.today()
    sent = services.drafts.save(numbered_order(1, "B-1", today, "bad")).order
    document = order_to_json(sent) | {
        "status": "smart_review",
        "submitted_at": "2026-11-27T10:00:00Z",
        "updated_at": "2026-11-27T10:00:00Z",
    }
    document["client"]["id"] = str(uuid.uuid4())
    contract = Contract(str(sent.id), document)
    fake.respond = _router(contract, {})
    services.account.login(fake.url, EMAIL, "geheim")
    services.actions.submit(sent.id)
    first = services.sync.sync()  # a profile with a feed, an invoice and a sent command
    assert (first.outcome, first.sent, first.events) == (Outcome.OK, 1, 1)
    waiting = services.drafts.save(numbered_order(2, "B-1", today, "bad")).order
    services.actions.submit(waiting.id)  # a command for every push to try
    return Profile(services, paths, credentials, now), contract


def test_malformed_answers_end_typed_and_change_nothing(tmp_path: Path, fake: FakeServer) -> None:
    profile, contract = _profile(tmp_path / "profile", fake)
    services = profile.services
    key = services.account.state.key
    strategies = {
        "/auth/login": answers(contract.tokens(), TOKEN_TYPES, (200,)),
        "/auth/refresh": answers(contract.tokens(), TOKEN_TYPES, (200,)),
        "/me": answers(contract.me(), ME_TYPES, (200,)),
        "/orders": answers(contract.order, prefixed((), ORDER_TYPES), (200, 201)),
        "/changes": answers(contract.changes(), CHANGES_TYPES, (200,)),
    }
    seen: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    started = time.monotonic()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(
        st.sampled_from(sorted(strategies)).flatmap(lambda p: st.tuples(st.just(p), strategies[p]))
    )
    def check(case: tuple[str, Answer]) -> None:
        path, answer = case
        seen[path] += 1
        kinds[kind_of(answer)] += 1
        profile.now[0] += timedelta(hours=1)  # every postponed command is due again
        fake.respond = _router(contract, {path: answer}, expired=path == "/auth/refresh")
        before = _dump(profile.paths.database)
        settings_file = profile.paths.settings_file.read_bytes()
        token = profile.credentials.load(key)
        me = services.account.state.me

        if path in ("/auth/login", "/me"):
            with pytest.raises(LoginError) as refused:
                services.account.login(fake.url, EMAIL, "geheim")
            assert refused.value.code in ("bad_response", "server_error"), refused.value
            outcomes[f"login: LoginError {refused.value.code}"] += 1
        if path == "/me":
            with pytest.raises(RemoteError) as caught:
                services.account.me()
            assert type(caught.value) in (ResponseFormatError, ServerBusy), caught.value
            outcomes[f"/me: {type(caught.value).__name__}"] += 1
        if path in ("/auth/refresh", "/orders", "/changes"):
            report = services.sync.sync()
            assert report.outcome == Outcome.SERVER_ERROR, report
            assert (report.sent, report.failed, report.events) == (0, 0, 0), report
            outcomes[f"sync: SyncReport {report.outcome}"] += 1

        after = _dump(profile.paths.database)
        if path in ("/auth/refresh", "/orders", "/changes"):
            _allowing_retry(before, after)  # the /orders or 503 answer of the push
        assert before == after
        assert profile.paths.settings_file.read_bytes() == settings_file
        assert profile.credentials.load(key) == token
        assert services.account.state.me == me and services.account.state.logged_in

    failure = None
    try:
        check()
        assert set(seen) == set(strategies), seen
        print(f"\n{sum(seen.values())} malformed answers: {dict(seen)}")
    except BaseException as exc:
        failure = failure_text(exc)
        raise
    finally:
        services.dispose()
        record(
            "bad_server",
            {
                "passed": failure is None,
                "failure": failure,
                "examples_requested": EXAMPLES,
                "answers": sum(seen.values()),
                "endpoints": dict(seen),
                "kinds": dict(kinds),
                "outcomes": dict(outcomes),
                "duration_s": round(time.monotonic() - started, 1),
            },
        )
