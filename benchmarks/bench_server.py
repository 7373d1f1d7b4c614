"""The reference server under load, over loopback HTTP (issue 3). The server runs in a child
process with its DEFAULT rate limits (RateLimits()): the figures show the limits do not trip
(every request must succeed; a 429 fails the benchmark).

(a) Changes feed: one member's 10,000 events paged with limit=500 (20 pages), events/s.
    Baseline: the same pages read in-process with stdlib sqlite3 (the server's queries) and
    serialised with json.dumps: what is left without HTTP, FastAPI and SQLAlchemy.
(b) Submit: 20 members, one thread and one requests.Session each, 50 POST /orders each;
    p50/p95 latency and throughput. Baseline: GET /api/v1/me, same threads and counts.

Medians over the repetitions; baseline and subject alternate within the same run.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import requests

from .server_process import login, running, seed, submittable

FEED_EVENTS = 10_000
PAGE = 500
CLIENTS = 20
PER_CLIENT = 50


def run(repeats: int = 5) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "server.sqlite3"
        seed(db_path, FEED_EVENTS, CLIENTS)
        with running(db_path) as url:
            feed = _feed_figures(url, db_path, repeats)
            submit = _submit_figures(url)
    return {**feed, **submit}


def _feed_figures(url: str, db_path: Path, repeats: int) -> dict[str, float]:
    member = login(url, "feed@bench.example")
    _page_through(member, url)  # warm-up: the day's time-rule sweep, caches, connections
    server, baseline = [], []
    for _ in range(repeats):
        server.append(_page_through(member, url))
        baseline.append(_read_pages(db_path))
    server_s, baseline_s = statistics.median(server), statistics.median(baseline)
    return {
        "feed_events": FEED_EVENTS,
        "feed_events_per_s": FEED_EVENTS / server_s,
        "feed_baseline_events_per_s": FEED_EVENTS / baseline_s,
        "feed_ratio": server_s / baseline_s,
        "feed_page_ms": server_s / (FEED_EVENTS / PAGE) * 1000,
    }


def _page_through(member: requests.Session, url: str) -> float:
    started, cursor, events = time.perf_counter(), "0", 0
    while True:
        params: dict[str, str | int] = {"cursor": cursor, "limit": PAGE}
        response = member.get(f"{url}/api/v1/changes", params=params, timeout=60)
        response.raise_for_status()  # a 429 ends the benchmark: the limits must not trip
        page = response.json()
        events += len(page["events"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert events == FEED_EVENTS, events
    return time.perf_counter() - started


def _read_pages(db_path: Path) -> float:
    """The feed's queries with stdlib sqlite3, each page dumped as JSON."""
    started = time.perf_counter()
    connection = sqlite3.connect(db_path)
    (member,) = connection.execute("SELECT id FROM users WHERE email = 'feed@bench.example'")
    after, events = 0, 0
    while True:
        rows = connection.execute(
            "SELECT seq, order_id, type, actor_role, status_from, status_to, reason, at,"
            " invoice_id FROM events WHERE seq > ? AND member_id = ? ORDER BY seq LIMIT ?",
            (after, member[0], PAGE + 1),
        ).fetchall()
        page_rows = rows[:PAGE]
        ids = sorted({row[1] for row in page_rows})
        marks = ",".join("?" * len(ids))
        orders = connection.execute(
            f"SELECT id, status, document, submitted_at, updated_at FROM orders"
            f" WHERE id IN ({marks})",
            ids,
        ).fetchall()
        invoices = connection.execute(
            f"SELECT * FROM invoices WHERE order_id IN ({marks})", ids
        ).fetchall()
        body = {
            "events": [dict(zip(_EVENT_FIELDS, row, strict=True)) for row in page_rows],
            "orders": [
                {**json.loads(document), "status": status, "submitted_at": s, "updated_at": u}
                for _, status, document, s, u in orders
            ],
            "invoices": [list(row) for row in invoices],
            "has_more": len(rows) > PAGE,
        }
        json.dumps(body)
        events += len(page_rows)
        after = page_rows[-1][0]
        if not body["has_more"]:
            break
    connection.close()
    assert events == FEED_EVENTS, events
    return time.perf_counter() - started


_EVENT_FIELDS = (
    "seq",
    "order_id",
    "type",
    "actor_role",
    "status_from",
    "status_to",
    "reason",
    "at",
    "invoice_id",
)


def _submit_figures(url: str) -> dict[str, float]:
    sessions = [login(url, f"m{n}@bench.example") for n in range(1, CLIENTS + 1)]
    today = date.today()

    def me(session: requests.Session, _n: int) -> requests.Response:
        return session.get(f"{url}/api/v1/me", timeout=60)

    def submit(session: requests.Session, n: int) -> requests.Response:
        body = submittable(f"B-{n}", today)
        headers = {"Idempotency-Key": str(uuid.uuid4()), "Content-Type": "application/json"}
        return session.post(f"{url}/api/v1/orders", data=body, headers=headers, timeout=60)

    _concurrently(sessions, me, 5)  # warm-up
    _concurrently(sessions, submit, 5)
    me_latency, submit_latency, me_wall, submit_wall = [], [], 0.0, 0.0
    for _ in range(2):  # alternate: machine noise hits both alike
        latencies, wall = _concurrently(sessions, me, PER_CLIENT // 2)
        me_latency += latencies
        me_wall += wall
        latencies, wall = _concurrently(sessions, submit, PER_CLIENT // 2)
        submit_latency += latencies
        submit_wall += wall
    submit_p95, me_p95 = _percentile(submit_latency, 95), _percentile(me_latency, 95)
    return {
        "submit_clients": CLIENTS,
        "submit_requests": len(submit_latency),
        "submit_p50_ms": _percentile(submit_latency, 50),
        "submit_p95_ms": submit_p95,
        "submit_per_s": len(submit_latency) / submit_wall,
        "me_p50_ms": _percentile(me_latency, 50),
        "me_p95_ms": me_p95,
        "me_per_s": len(me_latency) / me_wall,
        "submit_p95_ratio": submit_p95 / me_p95,
    }


Call = Callable[[requests.Session, int], requests.Response]


def _concurrently(
    sessions: list[requests.Session], call: Call, each: int
) -> tuple[list[float], float]:
    """Every session in its own thread makes ``each`` calls; (latencies in ms, wall seconds)."""
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(len(sessions) + 1)

    def client(session: requests.Session, n: int) -> None:
        mine = []
        start.wait()
        for _ in range(each):
            began = time.perf_counter()
            response = call(session, n)
            mine.append((time.perf_counter() - began) * 1000)
            if response.status_code >= 300:
                failures.append(f"{response.status_code} {response.text[:200]}")
        with lock:
            latencies.extend(mine)

    threads = [
        threading.Thread(target=client, args=(s, n)) for n, s in enumerate(sessions, start=1)
    ]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    if failures:  # a 429 included: the default limits must not trip
        raise RuntimeError(f"{len(failures)} requests failed, e.g. {failures[0]}")
    return latencies, wall


def _percentile(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]
