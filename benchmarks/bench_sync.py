"""Sync over loopback against the reference server in this process (issue 4).

(a) pull of 10,000 changed orders into a fresh profile, against the same pages fetched with
    a bare requests.Session, json-decoded and stored with stdlib sqlite3 executemany;
(b) idle sync (push + pull) of a profile holding 100,000 synced orders, cursor at the head:
    time and HTTP requests;
(c) 1,000 queued submissions pushed, against the same 1,000 POSTs with bare requests;
(d) the longest GUI-thread stall of the real app while it pulls 10,000 orders.

Medians over the repetitions; baselines interleaved with the app in the same run. (a), (b)
and (d) run against a server with its default rate limits (reference_server.limits.
RateLimits()), (c) against one without (see ``run``); their databases are seeded with bulk
inserts, not through the API. (d) runs the app in a child process (sync_gui_stall.py).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import func, select

from desktop_app.domain.order_json import order_from_json, order_to_json
from desktop_app.platform.clock import Clock
from desktop_app.platform.credentials import MemoryCredentials
from desktop_app.platform.paths import AppPaths
from desktop_app.remote.client import ApiClient
from desktop_app.services.composition import Services, build_services
from desktop_app.services.sync import Outcome
from desktop_app.storage.migrate import prepare_database
from desktop_app.storage.order_store import OrderStore
from desktop_app.storage.sync_repository import FeedPage, SyncRepository
from reference_server.limits import RateLimits
from reference_server.records import EventRecord, OrderRecord

from . import sync_baseline
from .sync_server import (
    PASSWORD,
    add_member,
    budget_of,
    running_server,
    seed_orders,
    submittable_order,
)

ROOT = Path(__file__).resolve().parents[1]
PULL_ORDERS = 10_000
IDLE_ORDERS = 100_000
PUSH_ORDERS = 1_000


class CountingSession(requests.Session):
    """The session handed to ApiClient: counts the HTTP requests the app makes."""

    def __init__(self) -> None:
        super().__init__()
        self.requests = 0

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.requests += 1
        return super().request(*args, **kwargs)


@dataclass
class Profile:
    services: Services
    session: CountingSession
    paths: AppPaths


def open_profile(root: Path, url: str, email: str) -> Profile:
    paths = AppPaths.for_profile(root)
    paths.ensure()
    prepare_database(paths.database, paths.backups_dir)
    session = CountingSession()
    services = build_services(
        paths,
        OrderStore(paths.database),
        Clock(),
        MemoryCredentials(),
        client_factory=lambda config: ApiClient(config, session),
    )
    services.account.login(url, email, PASSWORD)
    return Profile(services, session, paths)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def bench_pull(url: str, tmp: Path, repeats: int, orders: int) -> dict[str, float]:
    app_ms, base_ms, requests_made = [], [], 0
    for n in range(repeats):
        profile = open_profile(tmp / f"pull-{n}", url, "anna@example.org")
        started = time.perf_counter()
        report = profile.services.sync.pull()
        app_ms.append(_ms(started))
        assert report.outcome == Outcome.OK and len(report.changes.orders_saved) == orders
        requests_made = profile.session.requests - 2  # login and /me came before
        profile.services.dispose()

        paths = AppPaths.for_profile(tmp / f"pull-base-{n}")
        paths.ensure()
        prepare_database(paths.database, paths.backups_dir)
        session = sync_baseline.login(url, "anna@example.org", PASSWORD)
        started = time.perf_counter()
        events = sync_baseline.pull(session, url, paths.database)
        base_ms.append(_ms(started))
        assert events == report.events
    app, base = statistics.median(app_ms), statistics.median(base_ms)
    return {
        "pull_orders": orders,
        "pull_events": report.events,
        "pull_requests": requests_made,
        "pull_app_ms": app,
        "pull_baseline_ms": base,
        "pull_ratio": app / base,
    }


def bench_idle(url: str, server: Any, ben: int, tmp: Path, repeats: int) -> dict[str, float]:
    """Ben's profile holds all his orders (as the server has them) and the cursor at the
    head, as after a complete pull; nothing is queued and nothing new is on the server."""
    profile = open_profile(tmp / "idle", url, "ben@example.org")
    services = profile.services
    with server.db.session() as session:
        documents = session.scalars(
            select(OrderRecord.document).where(OrderRecord.member_id == ben)
        ).all()
        head = session.scalar(select(func.max(EventRecord.seq)))
    orders = [order_from_json(json.loads(document)) for document in documents]
    now = datetime.now(UTC)
    services.store.save_many([replace(o, created_at=now, updated_at=now) for o in orders])
    SyncRepository(services.store.database).apply_page(
        FeedPage((), (), (), str(head), now), services.account.state.key
    )
    times, counts = [], []
    for _ in range(repeats + 1):
        before = profile.session.requests
        started = time.perf_counter()
        report = services.sync.sync()
        times.append(_ms(started))
        counts.append(profile.session.requests - before)
        assert report.outcome == Outcome.OK and report.changes.empty, report
    services.dispose()
    return {
        "idle_orders": len(orders),
        "idle_first_sync_ms": times[0],
        "idle_sync_ms": statistics.median(times[1:]),
        "idle_requests_max": max(counts),
    }


def bench_push(url: str, tmp: Path, repeats: int, orders: int) -> dict[str, float]:
    submit_ms, push_ms, base_ms, requests_made = [], [], [], 0
    for n in range(repeats):
        profile = open_profile(tmp / f"push-{n}", url, "carl@example.org")
        services = profile.services
        today = services.drafts.today()
        drafts = [submittable_order(today, budget_of(3)) for _ in range(orders)]
        services.store.save_many(drafts)
        started = time.perf_counter()
        for draft in drafts:
            services.actions.submit(draft.id)
        submit_ms.append(_ms(started))
        before = profile.session.requests
        started = time.perf_counter()
        report = services.sync.push()
        push_ms.append(_ms(started))
        requests_made = profile.session.requests - before
        assert report.outcome == Outcome.OK and report.sent == orders, report
        assert services.actions.pending_count() == 0
        services.dispose()

        session = sync_baseline.login(url, "dora@example.org", PASSWORD)
        documents = [order_to_json(submittable_order(today, budget_of(4))) for _ in range(orders)]
        started = time.perf_counter()
        sync_baseline.push(session, url, documents)
        base_ms.append(_ms(started))
    push, base = statistics.median(push_ms), statistics.median(base_ms)
    return {
        "push_orders": orders,
        "push_requests": requests_made,
        "submit_queue_ms": statistics.median(submit_ms),
        "submit_queue_per_order_ms": statistics.median(submit_ms) / orders,
        "push_app_ms": push,
        "push_app_per_order_ms": push / orders,
        "push_baseline_ms": base,
        "push_ratio": push / base,
    }


def bench_gui(url: str, tmp: Path, repeats: int, orders: int) -> dict[str, float]:
    runs = []
    for n in range(repeats):
        command = [
            sys.executable,
            "-m",
            "benchmarks.sync_gui_stall",
            url,
            "anna@example.org",
            PASSWORD,
            str(tmp / f"gui-{n}"),
            str(orders),
        ]
        output = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=True
        ).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def run(
    repeats: int = 5,
    pull_orders: int = PULL_ORDERS,
    idle_orders: int = IDLE_ORDERS,
    push_orders: int = PUSH_ORDERS,
) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        with running_server(tmp / "server.sqlite3", RateLimits()) as (url, server):
            seed_orders(server, add_member(server, "anna@example.org", 1), pull_orders)
            ben = add_member(server, "ben@example.org", 2)
            seed_orders(server, ben, idle_orders, seed=5)
            figures: dict[str, float] = {}
            figures.update(bench_pull(url, tmp, repeats, pull_orders))
            figures.update(bench_idle(url, server, ben, tmp, repeats=7))
            figures.update(bench_gui(url, tmp, 3, pull_orders))
        # 1,000 submissions in one go exceed the default per-user burst (600, then 100/s)
        # whenever the server answers faster than 100 a second: the app would then wait
        # out Retry-After, which measures the limit, not the app. So: no rate limits here.
        with running_server(tmp / "push-server.sqlite3", None) as (url, server):
            add_member(server, "carl@example.org", 3)
            add_member(server, "dora@example.org", 4)
            figures.update(bench_push(url, tmp, 3, push_orders))
    return figures
