"""Server fixes from review: idempotency keys are per endpoint, abandoned in-progress markers
expire, absurd JSON is a 422, currencies are codes, the client search needs real letters,
and a member's cursor check reveals nothing about other members."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import timedelta

from sqlalchemy import select

from reference_server.actions import request_fingerprint
from reference_server.records import IdempotencyRecord

from .conftest import LiveServer, valid_order


def _submit(server: LiveServer, who: str = "anna@example.org", **fields: object) -> str:
    client = server.login(who)
    budget = "B-1" if who.startswith("anna") else "B-2"
    body = valid_order(server.context.clock.today(), budget=budget, **fields)
    response = client.post(
        server.api("/orders"), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=10
    )
    assert response.status_code == 201, response.text
    return str(body["id"])


def test_the_same_key_on_another_order_is_not_a_replay(live_server: LiveServer) -> None:
    first, second = _submit(live_server), _submit(live_server)
    anna = live_server.login("anna@example.org")
    headers = {"Idempotency-Key": "same-key"}
    one = anna.post(
        live_server.api(f"/orders/{first}/comments"),
        json={"text": "Hallo"},
        headers=headers,
        timeout=10,
    )
    other = anna.post(
        live_server.api(f"/orders/{second}/comments"),
        json={"text": "Hallo"},
        headers=headers,
        timeout=10,
    )
    assert one.status_code == 201
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


def test_an_abandoned_in_progress_marker_expires(live_server: LiveServer) -> None:
    order_id = _submit(live_server)
    anna = live_server.login("anna@example.org")
    path = f"/orders/{order_id}/comments"
    with live_server.context.db.session() as session:  # as left by a crashed worker
        user_id = session.scalar(select(IdempotencyRecord.user_id).limit(1))
    assert user_id is not None

    from reference_server.actions import MAX_JSON_BODY  # noqa: F401  (module loaded)

    body = json.dumps({"text": "Nochmal"}).encode()
    digest = hashlib.sha256(request_fingerprint("POST", f"/api/v1{path}", body)).hexdigest()
    with live_server.context.db.session() as session:
        session.add(
            IdempotencyRecord(
                user_id=user_id,
                key="crashed",
                request_hash=digest,
                created_at=live_server.context.clock.now().replace(tzinfo=None),
            )
        )

    def send() -> int:
        headers = {"Idempotency-Key": "crashed", "Content-Type": "application/json"}
        return anna.post(live_server.api(path), data=body, headers=headers, timeout=10).status_code

    assert send() == 409  # still fresh: maybe running
    live_server.context.clock.advance(timedelta(minutes=3))
    anna = live_server.login("anna@example.org")
    assert send() == 201  # abandoned: run again


def test_bad_input_is_a_422_not_a_500(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    deep = "[" * 100_000 + "]" * 100_000
    response = anna.post(
        live_server.api("/orders"),
        data=deep,
        headers={"Idempotency-Key": "deep", "Content-Type": "application/json"},
        timeout=10,
    )
    assert response.status_code == 422
    body = valid_order(live_server.context.clock.today(), currency="EURO" * 50)
    response = anna.post(
        live_server.api("/orders"), json=body, headers={"Idempotency-Key": "cur"}, timeout=10
    )
    assert response.status_code == 422
    assert {"field": "currency", "code": "currency_invalid"} in response.json()["errors"]


def test_the_client_search_needs_three_real_letters(live_server: LiveServer) -> None:
    _submit(live_server)
    anna = live_server.login("anna@example.org")
    for q in ("\x00\x00\x00", "...", " a b "):
        response = anna.get(live_server.api("/clients"), params={"q": q}, timeout=10)
        assert response.status_code == 422, q
    assert anna.get(live_server.api("/clients"), params={"q": "Kassel"}, timeout=10).json()[
        "clients"
    ]


def test_a_member_cursor_is_checked_against_its_own_events(live_server: LiveServer) -> None:
    _submit(live_server, "anna@example.org")
    for _ in range(3):
        _submit(live_server, "ben@example.org")
    anna = live_server.login("anna@example.org")
    feed = anna.get(live_server.api("/changes"), timeout=10).json()
    own = int(feed["next_cursor"])
    assert anna.get(live_server.api("/changes"), params={"cursor": own}, timeout=10).ok
    ahead = anna.get(live_server.api("/changes"), params={"cursor": own + 1}, timeout=10)
    assert ahead.status_code == 400  # although Ben's events exist beyond it
