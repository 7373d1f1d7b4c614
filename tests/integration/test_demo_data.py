"""The --demo data: every order and invoice status through the real API, working client links,
idempotent seeding, and the desktop app pulling all of it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from desktop_app.domain.countries import vat_id_matches_country, vat_id_matches_format
from desktop_app.domain.status import InvoiceStatus, OrderStatus
from desktop_app.storage.sync_repository import SyncRepository
from reference_server.app import create_app
from reference_server.clock import ServerClock
from reference_server.context import ServerContext
from reference_server.database import ServerDatabase
from reference_server.demo import DEMO_ACCOUNTS, seed_demo
from reference_server.demo_orders import seed_demo_orders
from reference_server.records import (
    ClientRecord,
    EventRecord,
    InvoiceRecord,
    MailOutboxRecord,
    OrderRecord,
    UserRecord,
)

from .conftest import LiveServer
from .served import serve
from .sync_fixtures import open_member

MEMBER, MEMBER_PASSWORD = DEMO_ACCOUNTS["member"]
STAFF, STAFF_PASSWORD = DEMO_ACCOUNTS["staff"]


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    app = create_app(tmp_path_factory.mktemp("demo") / "server.sqlite3", dev_clock=True)
    context: ServerContext = app.state.context
    seed_demo(context.db, context.clock)
    with serve(app) as server:
        yield server


def _feed(server: LiveServer) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """All of the member's events (small pages) and the newest copy of each order."""
    member = server.login(MEMBER, MEMBER_PASSWORD)
    events: list[dict[str, Any]] = []
    orders: dict[str, dict[str, Any]] = {}
    cursor = "0"
    while True:
        params: dict[str, str | int] = {"cursor": cursor, "limit": 25}
        page = member.get(server.api("/changes"), params=params)
        assert page.status_code == 200, page.text
        body = page.json()
        events += body["events"]
        orders.update({o["id"]: o for o in body["orders"]})
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return events, orders


def _by_status(orders: dict[str, dict[str, Any]], status: OrderStatus) -> list[dict[str, Any]]:
    return [o for o in orders.values() if o["status"] == status.value]


def test_every_order_status_and_its_history_come_through_the_feed(demo_server: LiveServer) -> None:
    today = demo_server.context.clock.today()
    events, orders = _feed(demo_server)

    assert {o["status"] for o in orders.values()} == {
        s.value for s in OrderStatus if s is not OrderStatus.DRAFT
    }
    validity = sorted(
        date.fromisoformat(o["offer_valid_until"])
        for o in _by_status(orders, OrderStatus.CLIENT_CONFIRMATION)
    )
    assert validity == [today + timedelta(days=1), today + timedelta(days=7)]
    # the feed's sequence follows time, and nothing lies in the future
    assert [e["seq"] for e in events] == sorted(e["seq"] for e in events)
    moments = [datetime.fromisoformat(e["at"]) for e in events]
    assert moments == sorted(moments) and moments[-1] <= datetime.now(UTC)
    # every order begins with its submission; rejections name who and why
    first: dict[str, str] = {}
    for event in events:
        first.setdefault(event["order_id"], event["type"])
    assert set(first.values()) == {"submitted"} and set(first) == set(orders)
    rejections = {e["type"]: e for e in events if e["status_to"] == "rejected" and e["status_from"]}
    assert set(rejections) == {"rejected", "client_rejected", "validity_expired"}
    assert rejections["rejected"]["actor_role"] == "staff" and rejections["rejected"]["reason"]
    assert rejections["client_rejected"]["reason"]
    assert rejections["validity_expired"]["actor_role"] == "system"
    kinds = {(e["type"], e["actor_role"]) for e in events}
    assert {("comment", "member"), ("comment", "staff"), ("support_inspected", "support")} <= kinds
    assert {("client_requested_changes", "client"), ("cancellation_approved", "staff")} <= kinds


def test_every_invoice_status_is_listed(demo_server: LiveServer) -> None:
    today = demo_server.context.clock.today()
    member = demo_server.login(MEMBER, MEMBER_PASSWORD)
    response = member.get(demo_server.api("/invoices"))
    assert response.status_code == 200, response.text
    invoices = response.json()["invoices"]
    assert {i["status"] for i in invoices} == {s.value for s in InvoiceStatus}
    drafts = [i for i in invoices if i["status"] == "draft"]
    assert [date.fromisoformat(i["invoice_date"]) for i in drafts] == [today + timedelta(days=3)]
    (awaiting,) = [i for i in invoices if i["status"] == "awaiting_update"]
    assert awaiting["change_request"]
    for invoice in invoices:
        assert invoice["gross_cents"] == invoice["net_cents"] + invoice["vat_cents"] > 0


def test_clients_are_realistic(demo_server: LiveServer) -> None:
    with demo_server.context.db.session() as session:
        clients = session.scalars(select(ClientRecord)).all()
    by_type = {c.type for c in clients}
    assert by_type == {"business_eu_vat", "business_no_vat", "private"}
    assert [c.country for c in clients if c.type == "business_no_vat"] == ["CH"]
    for client in clients:
        if client.type == "business_eu_vat":
            assert vat_id_matches_format(client.vat_id), client.vat_id
            assert vat_id_matches_country(client.vat_id, client.country), client.vat_id
            assert _check_digit_ok(client.vat_id), client.vat_id
    assert {c.country for c in clients} >= {"DE", "FR", "NL", "AT", "CH"}


def test_client_confirmation_orders_have_working_links(demo_server: LiveServer) -> None:
    _, orders = _feed(demo_server)
    staff = demo_server.login(STAFF, STAFF_PASSWORD)
    waiting = _by_status(orders, OrderStatus.CLIENT_CONFIRMATION)
    assert len(waiting) == 2
    for order in waiting:
        link = staff.get(demo_server.api(f"/staff/orders/{order['id']}/client-link"))
        assert link.status_code == 200, link.text
        assert link.json()["recipient"] == order["contact_email"]
        shown = requests.get(link.json()["url"], timeout=10)
        assert shown.status_code == 200, shown.text
        assert shown.json()["can_answer"] is True
        assert shown.json()["client_name"] == order["client"]["legal_name"]


def test_seeding_twice_adds_nothing(demo_server: LiveServer) -> None:
    def counts() -> list[int]:
        with demo_server.context.db.session() as session:
            tables = (UserRecord, OrderRecord, EventRecord, InvoiceRecord, ClientRecord)
            counted = [session.scalar(select(func.count()).select_from(t)) or 0 for t in tables]
            counted.append(session.scalar(select(func.count()).select_from(MailOutboxRecord)) or 0)
            return counted

    before = counts()
    seed_demo(demo_server.context.db, demo_server.context.clock)
    with demo_server.context.db.session() as session:
        member_id = session.scalar(select(UserRecord.id).where(UserRecord.email == MEMBER))
        assert member_id is not None
        assert seed_demo_orders(session, demo_server.context.clock, member_id) == 0
    assert counts() == before
    assert before[1] == 14


def test_the_desktop_app_pulls_the_demo(tmp_path: Path, demo_server: LiveServer) -> None:
    _, orders = _feed(demo_server)
    member = open_member(tmp_path / "jana", demo_server, MEMBER, password=MEMBER_PASSWORD)
    try:
        report = member.services.sync.sync()
        assert report.failed == 0 and report.events > 0
        for order_id, served in orders.items():
            local = member.services.drafts.load(uuid.UUID(order_id))
            assert local.status.value == served["status"]
            assert local.order_description == served["order_description"]
        local_invoices = SyncRepository(member.services.store.database).invoices()
        served_invoices = member_invoices(demo_server)
        assert {i.id: i.status.value for i in local_invoices} == served_invoices
        (expired,) = [
            o for o in orders.values() if o["client"]["address"]["country"] == "CH"
        ]  # the one non-EU client: its offer ran out
        timeline = member.services.actions.timeline(uuid.UUID(expired["id"]))
        assert [e.type for e in timeline][-1] == "validity_expired"
    finally:
        member.services.dispose()


def member_invoices(server: LiveServer) -> dict[str, str]:
    member = server.login(MEMBER, MEMBER_PASSWORD)
    return {i["id"]: i["status"] for i in member.get(server.api("/invoices")).json()["invoices"]}


@pytest.mark.parametrize(
    "moment",
    [
        "2027-03-28T00:30:00+00:00",  # Berlin switches to summer time that night
        "2027-10-31T22:59:00+00:00",  # the last minute of the day winter time came back
        "2028-02-29T12:00:00+00:00",  # leap day
        "2026-12-31T22:59:00+00:00",  # the last minute of the year in Berlin
    ],
)
def test_the_stories_end_as_planned_on_any_day(tmp_path: Path, moment: str) -> None:
    """seed_demo_orders raises when a story ends in another status than planned."""
    fixed = datetime.fromisoformat(moment)
    database = ServerDatabase(tmp_path / "server.sqlite3")
    try:
        seed_demo(database, ServerClock(lambda: fixed))
        with database.session() as session:
            statuses = session.scalars(select(InvoiceRecord.status)).all()
            latest = session.scalar(select(func.max(EventRecord.at)))
        assert set(statuses) == {s.value for s in InvoiceStatus}
        assert latest is not None and latest <= fixed.replace(tzinfo=None)
    finally:
        database.dispose()


def _check_digit_ok(vat_id: str) -> bool:
    """The national check digit of the demo's DE, AT, FR and NL VAT IDs."""
    country, number = vat_id[:2], vat_id[2:]
    if country == "DE":
        product = 10
        for digit in number[:8]:
            total = (int(digit) + product) % 10 or 10
            product = (2 * total) % 11
        return (11 - product) % 10 == int(number[8])
    if country == "AT":
        digits = [int(d) for d in number[1:8]]
        weighted = [d * (1 if i % 2 == 0 else 2) for i, d in enumerate(digits)]
        total = sum(w // 10 + w % 10 for w in weighted)
        return (10 - (total + 4) % 10) % 10 == int(number[8])
    if country == "FR":
        siren = int(number[2:])
        return int(number[:2]) == (12 + 3 * (siren % 97)) % 97
    if country == "NL":
        weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
        return sum(int(d) * w for d, w in zip(number[:9], weights, strict=True)) % 11 == 0
    return False
