"""The order endpoints over real HTTP: submit, exactly once, roles, staff decisions."""

from __future__ import annotations

import hashlib
import json
import uuid

import requests

from reference_server.actions import request_fingerprint
from reference_server.records import IdempotencyRecord

from .conftest import LiveServer, valid_order


def _submit(client: requests.Session, server: LiveServer, body: dict, key: str | None = None):
    headers = {"Idempotency-Key": key or str(uuid.uuid4())}
    return client.post(server.api("/orders"), json=body, headers=headers, timeout=10)


def test_submit_creates_the_order_in_smart_review(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    body = valid_order(live_server.context.clock.today())
    response = _submit(anna, live_server, body)
    assert response.status_code == 201, response.text
    order = response.json()
    assert order["id"] == body["id"]
    assert order["status"] == "smart_review"
    fetched = anna.get(live_server.api(f"/orders/{body['id']}"), timeout=10)
    assert fetched.json()["client"]["legal_name"] == "Stadttheater Kassel gGmbH"


def test_replayed_key_returns_the_stored_response(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    body = valid_order(live_server.context.clock.today())
    first = _submit(anna, live_server, body, key="op-1")
    again = _submit(anna, live_server, body, key="op-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.json() == again.json()


def test_same_key_with_another_body_is_refused(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    today = live_server.context.clock.today()
    assert _submit(anna, live_server, valid_order(today), key="op-2").status_code == 201
    other = _submit(anna, live_server, valid_order(today), key="op-2")
    assert other.status_code == 422
    assert other.headers["content-type"].startswith("application/problem+json")
    assert other.json()["code"] == "idempotency_key_reused"


def test_resent_order_id_with_a_new_key_is_not_created_twice(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    body = valid_order(live_server.context.clock.today())
    assert _submit(anna, live_server, body).status_code == 201
    resent = _submit(anna, live_server, body)  # e.g. after days offline, key long gone
    assert resent.status_code == 200
    assert resent.json()["id"] == body["id"]
    feed = anna.get(live_server.api("/changes"), timeout=10).json()
    assert [e["type"] for e in feed["events"]] == ["submitted"]


def test_duplicate_while_the_first_is_running_gets_409(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    me = anna.get(live_server.api("/me"), timeout=10).json()
    with live_server.context.db.session() as session:  # the first request, still in flight
        session.add(
            IdempotencyRecord(
                user_id=me["id"],
                key="op-3",
                request_hash=hashlib.sha256(
                    request_fingerprint("POST", "/api/v1/orders", b"{}")
                ).hexdigest(),
                created_at=live_server.context.clock.now().replace(tzinfo=None),
            )
        )
    response = anna.post(
        live_server.api("/orders"), data=b"{}", headers={"Idempotency-Key": "op-3"}, timeout=10
    )
    assert response.status_code == 409
    assert response.json()["code"] == "request_in_progress"
    assert response.headers["Retry-After"] == "1"


def test_missing_key_and_invalid_orders_are_refused(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    today = live_server.context.clock.today()
    no_key = anna.post(live_server.api("/orders"), json=valid_order(today), timeout=10)
    assert no_key.status_code == 400 and no_key.json()["code"] == "idempotency_key_missing"

    incomplete = _submit(anna, live_server, valid_order(today, contact_email="jana@"))
    assert incomplete.status_code == 422
    problem = incomplete.json()
    assert problem["code"] == "validation_failed"
    assert {"field": "contact_email", "code": "email_invalid"} in problem["errors"]

    foreign_budget = _submit(anna, live_server, valid_order(today, budget="B-2"))
    assert {"field": "budget", "code": "unknown_budget"} in foreign_budget.json()["errors"]

    garbage = anna.post(
        live_server.api("/orders"),
        data=b"{not json",
        headers={"Idempotency-Key": "op-4", "Content-Type": "application/json"},
        timeout=10,
    )
    assert garbage.status_code == 422 and garbage.json()["code"] == "invalid_body"
    wrong_type = _submit(anna, live_server, valid_order(today, line_items="viele"))
    assert wrong_type.json()["code"] == "invalid_body"
    assert "line_items" in wrong_type.json()["detail"]


def test_members_never_see_each_others_orders(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    ben = live_server.login("ben@example.org")
    body = valid_order(live_server.context.clock.today())
    assert _submit(anna, live_server, body).status_code == 201
    assert ben.get(live_server.api(f"/orders/{body['id']}"), timeout=10).status_code == 404
    assert ben.get(live_server.api("/changes"), timeout=10).json()["events"] == []
    stolen = _submit(ben, live_server, dict(body, budget="B-2"))
    assert stolen.status_code == 409 and stolen.json()["code"] == "order_id_taken"


def test_only_members_submit_and_only_staff_decide(live_server: LiveServer) -> None:
    support = live_server.login("support@example.org")
    staff = live_server.login("staff@example.org")
    anna = live_server.login("anna@example.org")
    body = valid_order(live_server.context.clock.today())
    assert _submit(support, live_server, body).status_code == 403
    assert _submit(anna, live_server, body).status_code == 201
    approve = live_server.api(f"/staff/orders/{body['id']}/approve")
    assert anna.post(approve, timeout=10).status_code == 403
    assert support.post(approve, timeout=10).status_code == 403
    assert support.get(live_server.api(f"/orders/{body['id']}"), timeout=10).status_code == 200
    approved = staff.post(approve, timeout=10)
    assert approved.json()["status"] == "client_confirmation"
    again = staff.post(approve, timeout=10)
    assert again.status_code == 409 and again.json()["code"] == "illegal_transition"


def test_skipped_confirmation_goes_straight_to_active(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    staff = live_server.login("staff@example.org")
    body = valid_order(live_server.context.clock.today(), skip_client_confirmation=True)
    assert _submit(anna, live_server, body).status_code == 201
    approved = staff.post(live_server.api(f"/staff/orders/{body['id']}/approve"), timeout=10)
    assert approved.json()["status"] == "active"


def test_rejection_needs_a_reason_and_reaches_the_feed(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    staff = live_server.login("staff@example.org")
    body = valid_order(live_server.context.clock.today())
    assert _submit(anna, live_server, body).status_code == 201
    reject = live_server.api(f"/staff/orders/{body['id']}/reject")
    assert staff.post(reject, json={"reason": ""}, timeout=10).status_code == 422
    done = staff.post(reject, json={"reason": "Handwerkliche Tätigkeit"}, timeout=10)
    assert done.json()["status"] == "rejected"
    events = anna.get(live_server.api("/changes"), timeout=10).json()["events"]
    assert [(e["type"], e["actor_role"], e["status_to"]) for e in events] == [
        ("submitted", "member", "smart_review"),
        ("rejected", "staff", "rejected"),
    ]
    assert events[1]["reason"] == "Handwerkliche Tätigkeit"
    assert json.loads(json.dumps(events))  # plain JSON all the way
