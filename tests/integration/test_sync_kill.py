"""Crash test: the real CLI's ``sync`` is SIGKILLed at >= 100 random moments while it submits
and pulls; after every kill the database is whole, nothing local is lost, nothing reached the
server twice, and a final sync that runs to its end drains the outbox.

Each child is ``python -m desktop_app --profile P sync`` against the live reference server,
through a pass-through proxy that tells the test when the child's n-th request has arrived
(n random over the child's expected requests: the token refresh, each queued command, the
feed); the kill follows within 0-30 ms, so it lands while the server is processing, while
the child waits for an answer, or while it writes the result. The refresh token survives the
processes in a file-backed test keyring (tests/keyring_file.py). Between children the test
queues new submissions and comments, and staff approves some orders so the feed has more.
Two members run side by side (a child's start-up, ~0.6 s of imports, is most of the time).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.domain.order import Order
from desktop_app.headless import PASSWORD_ENV
from desktop_app.platform.clock import Clock
from desktop_app.platform.credentials import MemoryCredentials
from desktop_app.platform.paths import AppPaths
from desktop_app.services.composition import Services, build_services
from desktop_app.storage.migrate import DbState, inspect_database
from desktop_app.storage.order_store import OrderStore
from reference_server.records import EventRecord, OrderRecord, UserRecord

from ..keyring_file import BACKEND, FILE_ENV
from .conftest import PASSWORD, LiveServer
from .fault_proxy import FaultPlan, FaultProxy
from .numbered_orders import member_fields, numbered_order, read_member_fields
from .reliability_scale import KILL_SEED_ENV, KILLS_ENV, failure_text, record, scale

PROJECT_ROOT = Path(__file__).resolve().parents[2]
KILLS = scale(KILLS_ENV, 100)  # in all, shared by the members; more for the reliability record
MEMBERS = (("anna@example.org", "B-1"), ("ben@example.org", "B-2"))
NEW_ORDERS = 3  # per child
NEW_COMMENTS = 1
APPROVALS = 1
CHILD_TIMEOUT_S = 60.0
SEED = scale(KILL_SEED_ENV, 20261128)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]


class KillSwitch:
    """Fires when the child's ``target``-th request has reached the proxy."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._target = 0
        self.fired = threading.Event()

    def arm(self, target: int) -> None:
        with self._lock:
            self._count, self._target = 0, target
            self.fired.clear()

    def __call__(self, _method: str, _path: str) -> None:
        with self._lock:
            self._count += 1
            if self._count == self._target:
                self.fired.set()


@dataclass
class Lane:
    """One member's profile, proxy and record of what the test queued."""

    email: str
    budget: str
    root: Path
    server: LiveServer
    rng: random.Random
    switch: KillSwitch = field(default_factory=KillSwitch)
    orders: dict[uuid.UUID, Order] = field(default_factory=dict)
    fields: dict[str, tuple[object, ...]] = field(default_factory=dict)
    commands: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # op: order,kind,text
    kills: int = 0
    completed: int = 0
    checks: int = 0  # invariant checks passed
    moments: Counter[str] = field(default_factory=Counter)  # what each kill interrupted
    delays_ms: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        port = int(self.server.url.rsplit(":", 1)[1])
        self.proxy = FaultProxy(port, FaultPlan(rate=0.0, seed=0))
        self.proxy.on_request = self.switch
        self.proxy.start()
        self.profile = self.root / "profile"
        self.paths = AppPaths.for_profile(self.profile)
        self.env = _env(self.root / "keyring.json")
        self.staff = self.server.login("staff@example.org")

    def login(self) -> Services:
        done = subprocess.run(
            _cli(self.profile, "login", "--server", self.proxy.url, "--email", self.email),
            env={**self.env, PASSWORD_ENV: PASSWORD},
            capture_output=True,
            timeout=CHILD_TIMEOUT_S,
            cwd=PROJECT_ROOT,
        )
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        store = OrderStore(self.paths.database)
        return build_services(self.paths, store, Clock(), MemoryCredentials())

    def run(self, kills: int) -> None:
        services = self.login()
        try:
            for step in range(kills * 2):
                if self.kills >= kills:
                    break
                self.queue_work(services, step)
                self.approve_some()
                expected_requests = 1 + services.actions.pending_count() + 1  # refresh, push, pull
                target, delay = self.rng.randint(1, expected_requests), self.rng.uniform(0.0, 0.03)
                code, output = self.run_child(target, delay)
                if code == -signal.SIGKILL:
                    self.kills += 1
                    self.moments[_moment(target, expected_requests)] += 1
                    self.delays_ms.append(delay * 1000)
                else:  # it ended before its kill moment: then it must have done everything
                    assert code == 0, output.decode(errors="replace")
                    self.completed += 1
                self.check_invariants()
            assert self.kills == kills
            self.final_sync(services)
        finally:
            services.dispose()
            self.proxy.stop()

    def queue_work(self, services: Services, step: int) -> None:
        today = services.drafts.today()
        for k in range(NEW_ORDERS):
            order = numbered_order(step * NEW_ORDERS + k, self.budget, today, self.email)
            order = services.drafts.save(order).order
            self.orders[order.id] = order
            for command in services.actions.submit(order.id).commands:
                self.commands[command.op_id] = (str(order.id), command.kind.value, "")
        for k in range(NEW_COMMENTS):
            order_id = self.rng.choice(list(self.orders))
            text = f"Kommentar {step}/{k}"
            (command,) = services.actions.comment(order_id, text).commands
            self.commands[command.op_id] = (str(order_id), command.kind.value, text)
        self.fields = read_member_fields(self.paths.database)

    def approve_some(self) -> None:
        """Staff decisions give the next child something to pull."""
        waiting = [i for i, status in self.server_orders().items() if status == "smart_review"]
        for order_id in self.rng.sample(waiting, min(APPROVALS, len(waiting))):
            url = self.server.api(f"/staff/orders/{order_id}/approve")
            response = self.staff.post(url, timeout=10)
            assert response.status_code == 200, response.text

    def run_child(self, target: int, delay: float) -> tuple[int, bytes]:
        """Start a sync; SIGKILL it ``delay`` s after its ``target``-th request."""
        self.switch.arm(target)
        proc = subprocess.Popen(
            _cli(self.profile, "sync", "--json"),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=self.env,
            cwd=PROJECT_ROOT,
        )
        output: list[bytes] = []

        def watch() -> None:  # a child that ends before its target also wakes the test
            output.append(proc.communicate()[0])
            self.switch.fired.set()

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            assert self.switch.fired.wait(CHILD_TIMEOUT_S), "the sync child hangs"
            if proc.poll() is None:
                time.sleep(delay)  # allowed: the kill moment is random on purpose
                proc.kill()
            watcher.join(CHILD_TIMEOUT_S)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        return proc.returncode, b"".join(output)

    def server_orders(self) -> dict[str, str]:
        with self.server.context.db.session() as session:
            user_id = session.scalar(select(UserRecord.id).where(UserRecord.email == self.email))
            records = session.scalars(select(OrderRecord).where(OrderRecord.member_id == user_id))
            return {r.id: r.status for r in records}

    def server_events(self) -> Counter[tuple[str, str, str]]:
        """The member's own events (submitted, comment), as (order, type, comment text)."""
        mine = {str(i) for i in self.orders}
        with self.server.context.db.session() as session:
            return Counter(
                (e.order_id, e.type, e.reason if e.type == "comment" else "")
                for e in session.scalars(
                    select(EventRecord).where(EventRecord.actor_role == "member")
                )
                if e.order_id in mine
            )

    def check_invariants(self) -> Counter[str]:
        """The database is whole, nothing local is lost, nothing reached the server twice."""
        database = self.paths.database
        assert inspect_database(database).state is DbState.CURRENT
        connection = sqlite3.connect(database)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            assert member_fields(connection) == self.fields, "a local order changed"
            outbox = dict(connection.execute("SELECT op_id, state FROM outbox").fetchall())
        finally:
            connection.close()
        assert set(outbox) == set(self.commands), "a command was lost or made up"
        states = Counter(outbox.values())
        assert set(states) <= {"queued", "sending", "done"}, states

        assert set(self.server_orders()) <= {str(i) for i in self.orders}
        events = self.server_events()
        assert all(count == 1 for count in events.values()), "an event reached the server twice"
        for op_id, (order_id, kind, text) in self.commands.items():
            if outbox[op_id] == "done":  # done means the server has it
                event = (order_id, "submitted" if kind == "submit" else "comment", text)
                assert events[event] == 1, event
        self.checks += 1
        return states

    def final_sync(self, services: Services) -> None:
        done = subprocess.run(
            _cli(self.profile, "sync", "--json"),
            env=self.env,
            capture_output=True,
            timeout=CHILD_TIMEOUT_S,
            cwd=PROJECT_ROOT,
        )
        assert done.returncode == 0, done.stdout.decode(errors="replace")
        report = json.loads(done.stdout)
        assert (report["outcome"], report["pending"], report["needs_attention"]) == ("ok", 0, 0)
        assert self.check_invariants() == {"done": len(self.commands)}
        orders, events = self.server_orders(), self.server_events()
        assert set(orders) == {str(i) for i in self.orders}, "each order exactly once"
        assert sum(events.values()) == len(self.commands)
        for order_id, drafted in self.orders.items():
            local = services.drafts.load(order_id)
            assert local.status.value == orders[str(order_id)]  # the server's word
            kept = replace(
                local,
                status=drafted.status,
                updated_at=drafted.updated_at,
                client=replace(local.client, server_id=None),
            )
            assert kept == drafted, order_id


def _moment(target: int, expected: int) -> str:
    """Which request the kill followed: the token refresh, a queued command, or the feed."""
    if target == 1:
        return "after the token refresh request"
    if target == expected:
        return "after the changes-feed request (pull)"
    return "after a command's request (push)"


def _cli(profile: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app", "--profile", str(profile), *args]


def _env(keyring_file: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
    )
    env["PYTHON_KEYRING_BACKEND"] = BACKEND
    env[FILE_ENV] = str(keyring_file)
    env.pop(PASSWORD_ENV, None)
    return env


def test_sigkill_during_sync_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, live_server: LiveServer
) -> None:
    started = time.monotonic()
    cpu_before = os.times()
    lanes = [
        Lane(email, budget, tmp_path / email.split("@")[0], live_server, random.Random(SEED + i))
        for i, (email, budget) in enumerate(MEMBERS)
    ]
    shares = [KILLS // len(lanes) + (n < KILLS % len(lanes)) for n in range(len(lanes))]
    try:
        with ThreadPoolExecutor(len(lanes)) as pool:
            runs = [pool.submit(lane.run, share) for lane, share in zip(lanes, shares, strict=True)]
            for run in runs:
                run.result()  # re-raises a lane's failure here
        assert sum(lane.kills for lane in lanes) >= KILLS
    except BaseException as exc:
        _record(lanes, started, failure_text(exc))
        raise
    _record(lanes, started, None)
    cpu = os.times()
    print(
        f"\n{sum(lane.kills for lane in lanes)} kills, "
        f"{sum(lane.completed for lane in lanes)} syncs ended before their kill moment, "
        f"{sum(len(lane.orders) for lane in lanes)} orders, "
        f"{sum(len(lane.commands) for lane in lanes)} commands, "
        f"{time.monotonic() - started:.1f} s "
        f"(children's CPU {cpu.children_user - cpu_before.children_user:.1f} s)"
    )


def _record(lanes: list[Lane], started: float, failure: str | None) -> None:
    """What was tried and what held, for the reliability record (reliability_scale.py)."""
    delays = [d for lane in lanes for d in lane.delays_ms]
    record(
        "kill",
        {
            "passed": failure is None,
            "failure": failure,
            "kills_requested": KILLS,
            "seed": SEED,
            "members": len(lanes),
            "kills": sum(lane.kills for lane in lanes),
            "ended_before_kill": sum(lane.completed for lane in lanes),
            "orders": sum(len(lane.orders) for lane in lanes),
            "commands": sum(len(lane.commands) for lane in lanes),
            "invariant_checks": sum(lane.checks for lane in lanes),
            "moments": dict(sum((lane.moments for lane in lanes), Counter())),
            "delay_ms": [min(delays), statistics.median(delays), max(delays)] if delays else [],
            "duration_s": round(time.monotonic() - started, 1),
        },
    )
