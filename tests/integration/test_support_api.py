"""Support over real HTTP: find a member, read everything, write nothing, leave a trace."""

from __future__ import annotations

import re
import uuid
from typing import Any

import requests

from reference_server.accounts import create_user

from .conftest import PASSWORD, LiveServer, valid_order

WRITES = ("post", "put", "patch", "delete")
# Endpoints without login; a token sent there changes nothing.
NO_AUTH = ("/api/v1/auth/", "/api/v1/client-confirmations/", "/api/v1/dev/")


def _submit(server: LiveServer, email: str = "anna@example.org", budget: str = "B-1") -> str:
    member = server.login(email)
    body = valid_order(server.context.clock.today(), budget)
    response = member.post(
        server.api("/orders"), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    assert response.status_code == 201, response.text
    return str(body["id"])


def _member_id(server: LiveServer, email: str) -> int:
    return int(server.login(email).get(server.api("/me"), timeout=10).json()["id"])


def _operations(server: LiveServer) -> list[tuple[str, str]]:
    schema = requests.get(f"{server.url}/openapi.json", timeout=10).json()
    return [(method, path) for path, item in schema["paths"].items() for method in item]


def _fill(path: str, value: str) -> str:
    return re.sub(r"\{[^}]+\}", value, path)


def test_support_finds_members_by_number_or_email(live_server: LiveServer) -> None:
    with live_server.context.db.session() as session:
        create_user(session, "m10@example.org", PASSWORD, "member", "M-10", "Mara")
    support = live_server.login("support@example.org")
    url = live_server.api("/support/members")

    exact_first = support.get(url, params={"q": "m-1"}, timeout=10).json()["members"]
    assert [m["member_number"] for m in exact_first] == ["M-1", "M-10"]
    assert exact_first[0] == {
        "id": _member_id(live_server, "anna@example.org"),
        "member_number": "M-1",
        "display_name": "Anna",
        "email": "anna@example.org",
        "budgets": [{"id": "B-1", "name": "Persönliches Budget"}],
    }
    by_mail = support.get(url, params={"q": "BEN@"}, timeout=10).json()["members"]
    assert [m["email"] for m in by_mail] == ["ben@example.org"]
    # staff and support accounts are not members; a LIKE wildcard is taken literally
    for query in ("s", "%", "_"):
        assert support.get(url, params={"q": query}, timeout=10).json()["members"] == []
    assert support.get(url, params={"q": "M-", "limit": 1}).json()["members"][0]["id"] > 0

    assert support.get(url, timeout=10).status_code == 422
    assert support.get(url, params={"q": "M", "limit": 51}, timeout=10).status_code == 422
    staff = live_server.login("staff@example.org")
    assert staff.get(url, params={"q": "M-2"}, timeout=10).json()["members"][0]["id"] > 0
    assert requests.get(url, params={"q": "M-2"}, timeout=10).status_code == 401


def test_support_lists_a_members_orders(live_server: LiveServer) -> None:
    first, second = _submit(live_server), _submit(live_server)
    _submit(live_server, "ben@example.org", "B-2")
    support = live_server.login("support@example.org")
    anna = _member_id(live_server, "anna@example.org")
    url = live_server.api(f"/support/members/{anna}/orders")

    listed = support.get(url, timeout=10).json()
    assert listed["member"]["member_number"] == "M-1"
    assert {o["id"] for o in listed["orders"]} == {first, second}
    assert listed["has_more"] is False
    page = support.get(url, params={"limit": 1}, timeout=10).json()
    assert len(page["orders"]) == 1 and page["has_more"] is True
    rest = support.get(url, params={"limit": 1, "offset": 1}, timeout=10).json()
    assert {page["orders"][0]["id"], rest["orders"][0]["id"]} == {first, second}
    assert support.get(url, params={"limit": 501}, timeout=10).status_code == 422

    staff_id = _member_id(live_server, "staff@example.org")
    for member_id in (staff_id, 9999):
        missing = support.get(live_server.api(f"/support/members/{member_id}/orders"))
        assert missing.status_code == 404 and missing.json()["code"] == "not_found"


def test_opening_an_order_is_recorded_once_per_support_user_and_day(
    live_server: LiveServer,
) -> None:
    with live_server.context.db.session() as session:
        create_user(session, "support2@example.org", PASSWORD, "support", display_name="Sam")
    order_id = _submit(live_server)
    url = live_server.api(f"/orders/{order_id}")

    def inspections() -> list[dict[str, Any]]:
        anna = live_server.login("anna@example.org")
        events = anna.get(live_server.api("/changes"), timeout=10).json()["events"]
        return [e for e in events if e["type"] == "support_inspected"]

    support = live_server.login("support@example.org")
    assert support.get(url, timeout=10).json()["status"] == "smart_review"
    assert support.get(url, timeout=10).status_code == 200
    live_server.login("staff@example.org").get(url, timeout=10)
    live_server.login("anna@example.org").get(url, timeout=10)
    seen = inspections()
    assert [(e["actor_role"], e["status_from"], e["status_to"], e["reason"]) for e in seen] == [
        ("support", "smart_review", "smart_review", "")
    ]
    live_server.login("support2@example.org").get(url, timeout=10)
    assert len(inspections()) == 2

    moved = requests.post(live_server.api("/dev/clock"), json={"seconds": 86400}, timeout=10)
    assert moved.status_code == 200
    live_server.login("support@example.org").get(url, timeout=10)
    assert len(inspections()) == 3
    anna = live_server.login("anna@example.org")
    assert anna.get(url, timeout=10).json()["status"] == "smart_review"


def test_support_follows_one_members_feed(live_server: LiveServer) -> None:
    anna_order = _submit(live_server)
    ben_order = _submit(live_server, "ben@example.org", "B-2")
    anna, ben = (
        _member_id(live_server, "anna@example.org"),
        _member_id(live_server, "ben@example.org"),
    )
    support = live_server.login("support@example.org")
    feed = live_server.api("/changes")

    def orders_in(session: requests.Session, **params: Any) -> set[str]:
        response = session.get(feed, params=params, timeout=10)
        assert response.status_code == 200, response.text
        return {e["order_id"] for e in response.json()["events"]}

    assert orders_in(support) == {anna_order, ben_order}
    assert orders_in(support, member_id=anna) == {anna_order}
    assert orders_in(support, member_id=ben) == {ben_order}
    # a member's own feed whatever member_id says
    assert orders_in(live_server.login("ben@example.org"), member_id=anna) == {ben_order}
    assert support.get(feed, params={"member_id": 0}, timeout=10).status_code == 422


def test_support_reads_but_every_write_of_the_api_is_refused(live_server: LiveServer) -> None:
    order_id = _submit(live_server)
    support = live_server.login("support@example.org")
    assert support.get(live_server.api(f"/orders/{order_id}"), timeout=10).status_code == 200
    assert support.get(live_server.api("/changes"), timeout=10).status_code == 200
    assert support.get(live_server.api("/invoices"), timeout=10).status_code == 200

    writes = [
        (method, path)
        for method, path in _operations(live_server)
        if method in WRITES and not path.startswith(NO_AUTH)
    ]
    assert len(writes) >= 10  # orders, staff decisions, invoices, comments, attachments, ...
    for method, path in writes:
        response = support.request(method, f"{live_server.url}{_fill(path, order_id)}", timeout=10)
        assert response.status_code == 403, (method, path, response.text)
        assert response.json()["code"] == "forbidden"
    anna = live_server.login("anna@example.org")
    events = anna.get(live_server.api("/changes"), timeout=10).json()["events"]
    assert [e["type"] for e in events] == ["submitted", "support_inspected"]


def test_members_are_refused_on_staff_and_support_endpoints(live_server: LiveServer) -> None:
    order_id = _submit(live_server)
    anna_id = str(_member_id(live_server, "anna@example.org"))
    anna = live_server.login("anna@example.org")
    support = live_server.login("support@example.org")
    guarded = [
        (method, path)
        for method, path in _operations(live_server)
        if path.startswith(("/api/v1/staff/", "/api/v1/support/"))
    ]
    assert {p.split("/")[3] for _m, p in guarded} == {"staff", "support"}
    for method, path in guarded:
        value = anna_id if "{member_id}" in path else order_id
        url = f"{live_server.url}{_fill(path, value)}"
        response = anna.request(method, url, params={"q": "M-1"}, timeout=10)
        assert response.status_code == 403, (method, path, response.text)
        if path.startswith("/api/v1/staff/"):
            assert support.request(method, url, timeout=10).status_code == 403, (method, path)
    assert anna.get(live_server.api(f"/orders/{order_id}"), timeout=10).json()["status"] == (
        "smart_review"
    )
