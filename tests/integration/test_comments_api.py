"""Comments over real HTTP: by the member (exactly once) and by staff, as timeline events."""

from __future__ import annotations

import uuid

import requests

from .conftest import LiveServer, valid_order


def _order(server: LiveServer, member: requests.Session, budget: str = "B-1") -> str:
    body = valid_order(server.context.clock.today(), budget)
    response = member.post(
        server.api("/orders"), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=10
    )
    assert response.status_code == 201, response.text
    return body["id"]


def _comment(
    who: requests.Session, server: LiveServer, order_id: str, body: object, key: str | None = None
) -> requests.Response:
    return who.post(
        server.api(f"/orders/{order_id}/comments"),
        json=body,
        headers={"Idempotency-Key": key or str(uuid.uuid4())},
        timeout=10,
    )


def _comments(who: requests.Session, server: LiveServer) -> list[tuple[str, str, str, str]]:
    events = who.get(server.api("/changes"), timeout=10).json()["events"]
    return [
        (e["actor_role"], e["reason"], e["status_from"], e["status_to"])
        for e in events
        if e["type"] == "comment"
    ]


def test_a_member_comments_on_its_order(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    response = _comment(anna, live_server, order_id, {"text": "  Bitte bis Freitag prüfen.  "})
    assert response.status_code == 201, response.text
    event = response.json()
    assert (event["type"], event["order_id"], event["reason"]) == (
        "comment",
        order_id,
        "Bitte bis Freitag prüfen.",
    )
    feed = anna.get(live_server.api("/changes"), timeout=10).json()
    assert feed["events"][-1] == event
    assert _comments(anna, live_server) == [
        ("member", "Bitte bis Freitag prüfen.", "smart_review", "smart_review")
    ]
    status = anna.get(live_server.api(f"/orders/{order_id}"), timeout=10).json()["status"]
    assert status == "smart_review"


def test_a_replayed_key_comments_once(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    first = _comment(anna, live_server, order_id, {"text": "Einmal"}, key="c-1")
    again = _comment(anna, live_server, order_id, {"text": "Einmal"}, key="c-1")
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.json() == again.json()
    assert len(_comments(anna, live_server)) == 1
    no_key = anna.post(
        live_server.api(f"/orders/{order_id}/comments"), json={"text": "x"}, timeout=10
    )
    assert no_key.status_code == 400 and no_key.json()["code"] == "idempotency_key_missing"


def test_the_text_has_1_to_5000_characters(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    order_id = _order(live_server, anna)
    for body, code in (
        ({"text": ""}, "required"),
        ({"text": " \n\t "}, "required"),
        ({}, "required"),
        ({"text": 42}, "required"),
        ({"text": "x" * 5001}, "too_long"),
    ):
        response = _comment(anna, live_server, order_id, body)
        assert response.status_code == 422, body
        assert response.json()["code"] == "validation_failed"
        assert response.json()["errors"] == [{"field": "text", "code": code}]
    assert _comment(anna, live_server, order_id, ["text"]).json()["code"] == "invalid_body"
    assert _comment(anna, live_server, order_id, {"text": "x" * 5000}).status_code == 201
    assert len(_comments(anna, live_server)) == 1


def test_comments_stay_possible_on_a_closed_order(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    staff = live_server.login("staff@example.org")
    order_id = _order(live_server, anna)
    reject = live_server.api(f"/staff/orders/{order_id}/reject")
    assert staff.post(reject, json={"reason": "Nein"}, timeout=10).status_code == 200
    response = _comment(anna, live_server, order_id, {"text": "Warum?"})
    assert response.status_code == 201
    assert _comments(anna, live_server) == [("member", "Warum?", "rejected", "rejected")]


def test_staff_comments_reach_the_member(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    staff = live_server.login("staff@example.org")
    order_id = _order(live_server, anna)
    url = live_server.api(f"/staff/orders/{order_id}/comments")
    response = staff.post(url, json={"text": "Bitte Vertrag hochladen."}, timeout=10)
    assert response.status_code == 201, response.text
    assert response.json()["actor_role"] == "staff"
    assert _comments(anna, live_server) == [
        ("staff", "Bitte Vertrag hochladen.", "smart_review", "smart_review")
    ]
    empty = staff.post(url, json={"text": "   "}, timeout=10)
    assert empty.status_code == 422 and empty.json()["errors"][0]["field"] == "text"
    missing = staff.post(live_server.api("/staff/orders/nope/comments"), json={"text": "x"})
    assert missing.status_code == 404


def test_who_may_comment_where(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    ben = live_server.login("ben@example.org")
    support = live_server.login("support@example.org")
    staff = live_server.login("staff@example.org")
    order_id = _order(live_server, anna)
    text = {"text": "Hallo"}

    assert _comment(ben, live_server, order_id, text).status_code == 404
    assert _comment(support, live_server, order_id, text).status_code == 403
    assert _comment(staff, live_server, order_id, text).status_code == 403  # staff: own route
    staff_url = live_server.api(f"/staff/orders/{order_id}/comments")
    for not_staff in (anna, ben, support):
        refused = not_staff.post(staff_url, json=text, timeout=10)
        assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    assert _comments(anna, live_server) == []
    assert ben.get(live_server.api("/changes"), timeout=10).json()["events"] == []
