"""The reference server for bench_server.py: a child process (``smart-orders-server``, as
deployed, default rate limits) on a database seeded beforehand with bulk inserts, so the
benchmark's client threads and the server never share a GIL."""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import requests
from sqlalchemy import insert

from desktop_app.domain.order import Address, Client, ClientType, LineItem, Order
from desktop_app.domain.order_json import order_to_json
from desktop_app.domain.status import OrderStatus
from reference_server.accounts import create_user
from reference_server.database import ServerDatabase
from reference_server.records import EventRecord, OrderRecord

from .profile_factory import make_order

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "benchmark-geheim"
# An order's life in the feed: none of these statuses is touched by the server's time rules,
# so the feed stays as seeded however long the benchmark runs.
LIFE = [
    ("submitted", "member", "draft", "smart_review"),
    ("approved", "staff", "smart_review", "client_confirmation"),
    ("client_accepted", "client", "client_confirmation", "active"),
    ("completed", "system", "active", "completed"),
]


def seed(db_path: Path, feed_events: int, members: int) -> None:
    """``feed@bench.example`` with ``feed_events`` events (4 per order, interleaved across
    orders as a busy back office writes them: each page of 500 events touches 500 orders)
    and ``members`` members ``m<n>@bench.example`` with budget ``B-<n>`` for submitting."""
    db = ServerDatabase(db_path)
    rng = random.Random(11)
    today = date.today()
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    with db.session() as session:
        feed = create_user(session, "feed@bench.example", PASSWORD, "member", "M-0", "Feed")
        for n in range(1, members + 1):
            email = f"m{n}@bench.example"
            create_user(session, email, PASSWORD, "member", f"M-{n}", email, {f"B-{n}": "B"})
        orders = [make_order(rng, today, OrderStatus.COMPLETED) for _ in range(feed_events // 4)]
        rows = []
        for order in orders:
            document = order_to_json(order)
            document["client"]["id"] = f"C-{rng.randrange(200)}"
            rows.append(
                {
                    "id": str(order.id),
                    "member_id": feed.id,
                    "status": "completed",
                    "document": json.dumps(document),
                    "submitted_at": now,
                    "updated_at": now,
                }
            )
        session.execute(insert(OrderRecord), rows)
        events = [
            {
                "order_id": str(order.id),
                "member_id": feed.id,
                "type": kind,
                "actor_role": actor,
                "status_from": source,
                "status_to": target,
                "reason": "",
                "at": now,
            }
            for kind, actor, source, target in LIFE
            for order in orders
        ]
        session.execute(insert(EventRecord), events)
    db.dispose()


def submittable(budget: str, today: date) -> str:
    """A new, complete order as the desktop app submits it (JSON)."""
    order = Order.new(
        budget=budget,
        client=Client(
            ClientType.BUSINESS_EU_VAT,
            "Theater am Lindenhof gGmbH",
            Address("Lindenstraße 12", "10969", "Berlin", "DE"),
            "DE273849154",
        ),
        contact_name="Miriam Krause",
        contact_email="m.krause@theater-lindenhof.example",
        order_description="Bühnenbild Sommerfestival",
        service_description="Entwurf und Bau des Bühnenbilds",
        service_start=today + timedelta(days=20),
        service_end=today + timedelta(days=40),
        line_items=(LineItem("Bühnenbild", Decimal(1), "Pauschal", 320000),),
        invoice_dates=(today + timedelta(days=45),),
        offer_valid_until=today + timedelta(days=14),
    )
    return json.dumps(order_to_json(order))


@contextmanager
def running(db_path: Path) -> Iterator[str]:
    """The server's base URL while it runs in a child process."""
    with socket.socket() as probe:  # a free port (the server binds it right after)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "reference_server.cli", "--db", str(db_path)]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{url}/openapi.json", timeout=1)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the reference server did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def login(url: str, email: str) -> requests.Session:
    session = requests.Session()
    response = session.post(
        f"{url}/api/v1/auth/login", json={"email": email, "password": PASSWORD}, timeout=30
    )
    response.raise_for_status()
    session.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
    return session
