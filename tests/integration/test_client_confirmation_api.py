"""The client's confirmation link over real HTTP: no login, answer once, validity, staff view."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

import requests
from sqlalchemy import select

from reference_server.clock import BERLIN
from reference_server.records import ClientLinkRecord

from .conftest import LiveServer, valid_order


def _submit(server: LiveServer, **fields: Any) -> str:
    anna = server.login("anna@example.org")
    body = valid_order(server.context.clock.today(), **fields)
    response = anna.post(
        server.api("/orders"), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    assert response.status_code == 201, response.text
    return str(body["id"])


def _approve(server: LiveServer, order_id: str) -> dict[str, Any]:
    staff = server.login("staff@example.org")
    approved = staff.post(server.api(f"/staff/orders/{order_id}/approve"), timeout=10)
    assert approved.status_code == 200, approved.text
    link = staff.get(server.api(f"/staff/orders/{order_id}/client-link"), timeout=10)
    assert link.status_code == 200, link.text
    return link.json()  # type: ignore[no-any-return]


def _offer(server: LiveServer, **fields: Any) -> tuple[str, str]:
    """An order waiting for the client: (order id, link token)."""
    order_id = _submit(server, **fields)
    return order_id, _approve(server, order_id)["token"]


def _link(server: LiveServer, token: str, action: str = "") -> str:
    return server.api(f"/client-confirmations/{token}{action}")


def _events(server: LiveServer) -> list[dict[str, Any]]:
    anna = server.login("anna@example.org")
    return anna.get(server.api("/changes"), timeout=10).json()["events"]  # type: ignore[no-any-return]


def _advance_to(server: LiveServer, day: date) -> None:
    """Move the server clock to noon (Berlin) of a later day; DST-safe, unlike n * 24 h."""
    target = datetime.combine(day, time(12), tzinfo=BERLIN)
    seconds = int((target - server.context.clock.now()).total_seconds())
    moved = requests.post(server.api("/dev/clock"), json={"seconds": seconds}, timeout=10)
    assert moved.status_code == 200, moved.text


def test_approval_mails_a_link_that_only_staff_can_read(live_server: LiveServer) -> None:
    order_id = _submit(live_server)
    link = _approve(live_server, order_id)
    token = link["token"]
    assert len(token) >= 43  # 32 random bytes
    assert link["url"] == _link(live_server, token)
    assert link["recipient"] == "jana.weber@example.org"
    assert link["order_id"] == order_id
    with live_server.context.db.session() as session:
        stored = session.scalars(select(ClientLinkRecord)).all()
    assert [s.token_hash for s in stored] == [hashlib.sha256(token.encode()).hexdigest()]
    assert all(token not in str(vars(s).values()) for s in stored)

    url = live_server.api(f"/staff/orders/{order_id}/client-link")
    for email in ("anna@example.org", "support@example.org"):
        refused = live_server.login(email).get(url, timeout=10)
        assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    assert requests.get(url, timeout=10).status_code == 401

    staff = live_server.login("staff@example.org")
    skipped = _submit(live_server, skip_client_confirmation=True)
    assert staff.post(live_server.api(f"/staff/orders/{skipped}/approve")).status_code == 200
    none = staff.get(live_server.api(f"/staff/orders/{skipped}/client-link"), timeout=10)
    assert none.status_code == 404 and none.json()["code"] == "not_found"
    unknown = staff.get(live_server.api(f"/staff/orders/{uuid.uuid4()}/client-link"))
    assert unknown.status_code == 404


def test_the_client_sees_the_offer_without_logging_in(live_server: LiveServer) -> None:
    today = live_server.context.clock.today()
    _order_id, token = _offer(live_server)
    response = requests.get(_link(live_server, token), timeout=10)
    assert response.status_code == 200, response.text
    view = response.json()
    assert view["status"] == "client_confirmation"
    assert view["member_name"] == "Anna"
    assert view["client_name"] == "Stadttheater Kassel gGmbH"
    assert view["order_description"] == "Bühnenbild Frühjahrsproduktion"
    assert view["service_description"] == "Entwurf und Bau des Bühnenbilds"
    assert view["service_start"] == (today + timedelta(days=20)).isoformat()
    assert view["service_end"] == (today + timedelta(days=40)).isoformat()
    assert view["offer_valid_until"] == (today + timedelta(days=14)).isoformat()
    assert view["line_items"] == [
        {
            "description": "Bühnenbild",
            "quantity": "1",
            "unit": "Pauschal",
            "unit_price_cents": 320000,
            "net_cents": 320000,
        }
    ]
    assert view["currency"] == "EUR"
    assert view["totals"] == {
        "net_cents": 320000,
        "vat_rate": "standard",
        "vat_percent": "19",
        "vat_cents": 60800,
        "gross_cents": 380800,
    }
    assert view["can_answer"] is True and view["answer"] is None
    assert "budget" not in view and "contribution_cents" not in str(view)


def test_accept_activates_once_and_a_repeat_changes_nothing(live_server: LiveServer) -> None:
    order_id, token = _offer(live_server)
    accepted = requests.post(_link(live_server, token, "/accept"), timeout=10)
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["status"] == "active"
    assert accepted.json()["answer"] == "accepted"
    assert accepted.json()["can_answer"] is False

    again = requests.post(_link(live_server, token, "/accept"), timeout=10)
    assert again.status_code == 200 and again.json() == accepted.json()
    events = [e for e in _events(live_server) if e["order_id"] == order_id]
    assert [(e["type"], e["actor_role"], e["status_from"], e["status_to"]) for e in events] == [
        ("submitted", "member", "draft", "smart_review"),
        ("approved", "staff", "smart_review", "client_confirmation"),
        ("client_accepted", "client", "client_confirmation", "active"),
    ]

    late_reject = requests.post(_link(live_server, token, "/reject"), json={"reason": "Doch nicht"})
    assert late_reject.status_code == 409
    assert late_reject.json()["code"] == "illegal_transition"
    assert late_reject.json()["current_status"] == "active"
    late_change = requests.post(
        _link(live_server, token, "/request-changes"), json={"comment": "Preis?"}, timeout=10
    )
    assert late_change.status_code == 409
    anna = live_server.login("anna@example.org")
    assert anna.get(live_server.api(f"/orders/{order_id}")).json()["status"] == "active"


def test_accept_applies_the_invoice_rules_at_once(live_server: LiveServer) -> None:
    today = live_server.context.clock.today()
    order_id, token = _offer(
        live_server,
        invoice_dates=[(today + timedelta(days=5)).isoformat()],
        offer_valid_until=(today + timedelta(days=2)).isoformat(),
    )
    assert requests.post(_link(live_server, token, "/accept"), timeout=10).status_code == 200
    anna = live_server.login("anna@example.org")
    invoices = anna.get(live_server.api(f"/invoices?order_id={order_id}"), timeout=10).json()
    assert [i["status"] for i in invoices["invoices"]] == ["draft"]  # T-7 had already passed


def test_request_changes_returns_to_smart_and_a_new_approval_sends_a_new_link(
    live_server: LiveServer,
) -> None:
    order_id, token = _offer(live_server)
    url = _link(live_server, token, "/request-changes")
    for body in ({}, {"comment": ""}, {"comment": "   "}):
        refused = requests.post(url, json=body, timeout=10)
        assert refused.status_code == 422 and refused.json()["code"] == "invalid_request"
    changed = requests.post(url, json={"comment": "Bitte Stundensatz ausweisen"}, timeout=10)
    assert changed.status_code == 200, changed.text
    assert changed.json()["status"] == "smart_review"
    assert requests.post(url, json={"comment": "noch einmal"}, timeout=10).status_code == 200
    changes = [e for e in _events(live_server) if e["type"] == "client_requested_changes"]
    assert [(e["actor_role"], e["status_to"], e["reason"]) for e in changes] == [
        ("client", "smart_review", "Bitte Stundensatz ausweisen")
    ]

    new_token = _approve(live_server, order_id)["token"]
    assert new_token != token
    for method, action in (("GET", ""), ("POST", "/accept"), ("POST", "/request-changes")):
        old = requests.request(
            method, _link(live_server, token, action), json={"comment": "x"}, timeout=10
        )
        assert old.status_code == 410 and old.json()["code"] == "link_superseded"
    assert requests.get(_link(live_server, new_token), timeout=10).json()["can_answer"] is True
    accepted = requests.post(_link(live_server, new_token, "/accept"), timeout=10)
    assert accepted.json()["status"] == "active"


def test_reject_needs_a_reason_and_reaches_the_member(live_server: LiveServer) -> None:
    order_id, token = _offer(live_server)
    url = _link(live_server, token, "/reject")
    assert requests.post(url, timeout=10).status_code == 422
    assert requests.post(url, json={"reason": " "}, timeout=10).status_code == 422
    rejected = requests.post(url, json={"reason": "Budget gestrichen"}, timeout=10)
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert requests.post(url, json={"reason": "Budget gestrichen"}, timeout=10).status_code == 200
    accept = requests.post(_link(live_server, token, "/accept"), timeout=10)
    assert accept.status_code == 409 and accept.json()["code"] == "illegal_transition"
    last = [e for e in _events(live_server) if e["order_id"] == order_id][-1]
    assert (last["type"], last["actor_role"], last["reason"]) == (
        "client_rejected",
        "client",
        "Budget gestrichen",
    )


def test_the_validity_day_counts_and_the_day_after_is_expired(live_server: LiveServer) -> None:
    today = live_server.context.clock.today()
    valid_until = (today + timedelta(days=1)).isoformat()
    _first, on_time = _offer(live_server, offer_valid_until=valid_until)
    second, late = _offer(live_server, offer_valid_until=valid_until)

    _advance_to(live_server, today + timedelta(days=1))  # the last valid Berlin day
    assert requests.get(_link(live_server, late), timeout=10).json()["can_answer"] is True
    accepted = requests.post(_link(live_server, on_time, "/accept"), timeout=10)
    assert accepted.status_code == 200 and accepted.json()["status"] == "active"

    _advance_to(live_server, today + timedelta(days=2))
    view = requests.get(_link(live_server, late), timeout=10).json()
    assert view["can_answer"] is False
    assert view["status"] == "rejected"  # the validity rule ran on the new day
    for action, body in (
        ("/accept", None),
        ("/request-changes", {"comment": "Noch Zeit?"}),
        ("/reject", {"reason": "zu spät"}),
    ):
        expired = requests.post(_link(live_server, late, action), json=body, timeout=10)
        assert expired.status_code == 410 and expired.json()["code"] == "offer_expired"
    assert not [
        e for e in _events(live_server) if e["order_id"] == second and e["actor_role"] == "client"
    ]
    # the answer already given stays readable and repeatable after the validity
    again = requests.post(_link(live_server, on_time, "/accept"), timeout=10)
    assert again.status_code == 200 and again.json()["status"] == "active"


def test_a_client_answer_after_smart_rejected_is_refused(live_server: LiveServer) -> None:
    order_id, token = _offer(live_server)
    staff = live_server.login("staff@example.org")
    rejected = staff.post(
        live_server.api(f"/staff/orders/{order_id}/reject"), json={"reason": "Scheinselbständig"}
    )
    assert rejected.status_code == 200
    answer = requests.post(_link(live_server, token, "/accept"), timeout=10)
    assert answer.status_code == 409 and answer.json()["current_status"] == "rejected"
    assert requests.get(_link(live_server, token), timeout=10).json()["can_answer"] is False


def test_unknown_tokens_are_not_found(live_server: LiveServer) -> None:
    _offer(live_server)
    for token in ("nope", "A" * 43, "x" * 500):
        for method, action in (("GET", ""), ("POST", "/accept")):
            response = requests.request(method, _link(live_server, token, action), timeout=10)
            assert response.status_code == 404 and response.json()["code"] == "not_found"
