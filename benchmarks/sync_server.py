"""The reference server for the sync benchmarks: in this process on 127.0.0.1 (uvicorn in a
thread, as the integration tests run it), its database seeded directly with bulk inserts."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy import func, insert, select

from desktop_app.domain.order import Address, Client, ClientType, LineItem, Order
from desktop_app.domain.order_json import order_to_json
from desktop_app.domain.status import OrderStatus
from reference_server.accounts import create_user
from reference_server.app import create_app
from reference_server.context import ServerContext
from reference_server.limits import RateLimits
from reference_server.records import EventRecord, InvoiceRecord, OrderRecord

from .profile_factory import make_order

PASSWORD = "benchmark-geheim"


@contextmanager
def running_server(db_path: Path, rate_limits: RateLimits | None) -> Iterator[tuple[str, Any]]:
    """(base URL, ServerContext) of a live server; stopped on exit."""
    app = create_app(db_path, rate_limits=rate_limits)
    context: ServerContext = app.state.context
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(1000):
        if server.started:
            break
        thread.join(0.01)
    assert server.started, "reference server did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", context
    finally:
        server.should_exit = True
        thread.join(10)
        context.db.dispose()


def add_member(context: ServerContext, email: str, number: int) -> int:
    """A member with the budget ``budget_of(number)``; the user id."""
    with context.db.session() as session:
        budgets = {budget_of(number): "Budget"}
        user = create_user(session, email, PASSWORD, "member", f"M-{number}", email, budgets)
        return user.id


def budget_of(number: int) -> str:
    return f"B-{number}"


def seed_orders(context: ServerContext, member_id: int, count: int, seed: int = 3) -> int:
    """``count`` submitted orders of one member with their events (every fourth one is
    completed, with two more events and a paid invoice); returns the newest event seq.

    Completed and in-review orders are what no time rule touches, so the feed stays as
    seeded however long the benchmark runs.
    """
    rng = random.Random(seed)
    today = date.today()
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)  # the server keeps naive UTC
    orders, events, invoices = [], [], []
    for n in range(count):
        completed = n % 4 == 0
        status = OrderStatus.COMPLETED if completed else OrderStatus.SMART_REVIEW
        order = make_order(rng, today, status)
        document = order_to_json(order)
        document["client"]["id"] = f"C-{n % 50}"
        orders.append(
            {
                "id": str(order.id),
                "member_id": member_id,
                "status": status.value,
                "document": json.dumps(document),
                "submitted_at": now,
                "updated_at": now,
            }
        )
        steps = [("submitted", "member", "draft", "smart_review")]
        if completed:
            steps += [
                ("approved", "staff", "smart_review", "active"),
                ("completed", "system", "active", "completed"),
            ]
            invoices.append(_paid_invoice(order, member_id, now))
        events += [
            {
                "order_id": str(order.id),
                "member_id": member_id,
                "type": kind,
                "actor_role": actor,
                "status_from": source,
                "status_to": target,
                "reason": "",
                "at": now,
            }
            for kind, actor, source, target in steps
        ]
    with context.db.session() as session:
        session.execute(insert(OrderRecord), orders)
        session.execute(insert(InvoiceRecord), invoices)
        session.execute(insert(EventRecord), events)
        return int(session.scalar(select(func.max(EventRecord.seq))) or 0)


def _paid_invoice(order: Order, member: int, now: datetime) -> dict[str, Any]:
    net = order.net_cents
    return {
        "id": f"{order.id}-1",
        "order_id": str(order.id),
        "member_id": member,
        "number": 1,
        "instalments": 1,
        "invoice_date": order.invoice_dates[0],
        "status": "paid",
        "currency": order.currency,
        "net_cents": net,
        "vat_rate": "standard",
        "vat_cents": net * 19 // 100,
        "gross_cents": net + net * 19 // 100,
        "contribution_percent": "9",
        "contribution_cents": net * 9 // 100,
        "lines": json.dumps([{"description": order.title, "net_cents": net}]),
        "change_request": "",
        "created_at": now,
        "updated_at": now,
    }


def submittable_order(today: date, budget: str) -> Order:
    """A complete draft the server accepts (dates relative to today)."""
    now = datetime.now(UTC)
    return Order.new(
        budget=budget,
        client=Client(
            ClientType.BUSINESS_EU_VAT,
            "Stadttheater Kassel gGmbH",
            Address("Friedrichsplatz 15", "34117", "Kassel", "DE"),
            "DE123456789",
        ),
        contact_name="Jana Weber",
        contact_email="jana.weber@example.org",
        order_description="Bühnenbild Frühjahrsproduktion",
        service_description="Entwurf und Bau des Bühnenbilds",
        service_start=today + timedelta(days=20),
        service_end=today + timedelta(days=40),
        line_items=(LineItem("Bühnenbild", Decimal(1), "Pauschal", 320000),),
        invoice_dates=(today + timedelta(days=45),),
        offer_valid_until=today + timedelta(days=14),
        created_at=now,
        updated_at=now,
    )
