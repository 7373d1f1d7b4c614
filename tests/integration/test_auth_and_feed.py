"""Auth, the changes feed's paging and cursor checks, and the dev clock, over real HTTP."""

from __future__ import annotations

import uuid

import requests

from .conftest import PASSWORD, LiveServer, valid_order


def test_login_refresh_logout(live_server: LiveServer) -> None:
    login = requests.post(
        live_server.api("/auth/login"),
        json={"email": "Anna@Example.org", "password": PASSWORD},
        timeout=10,
    )
    assert login.status_code == 200
    tokens = login.json()
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] > 0
    me = requests.get(
        live_server.api("/me"),
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
        timeout=10,
    ).json()
    assert me["role"] == "member" and me["budgets"] == [
        {"id": "B-1", "name": "Persönliches Budget"}
    ]

    def refresh(token: str) -> requests.Response:
        return requests.post(
            live_server.api("/auth/refresh"), json={"refresh_token": token}, timeout=10
        )

    lost = refresh(tokens["refresh_token"])
    assert lost.status_code == 200
    # As if that answer was lost: until its successor is used, the old token still works
    # and replaces the successor the client never received.
    again = refresh(tokens["refresh_token"])
    assert again.status_code == 200
    assert refresh(lost.json()["refresh_token"]).status_code == 401
    used = refresh(again.json()["refresh_token"])
    assert used.status_code == 200
    reused = refresh(tokens["refresh_token"])  # its successor was used: reuse is refused
    assert reused.status_code == 401 and reused.json()["code"] == "refresh_invalid"

    new_refresh = used.json()["refresh_token"]
    out = requests.post(
        live_server.api("/auth/logout"), json={"refresh_token": new_refresh}, timeout=10
    )
    assert out.status_code == 204
    assert refresh(new_refresh).status_code == 401
    # The logout also ends the predecessor that was still valid (its successor was unused).
    assert refresh(again.json()["refresh_token"]).status_code == 401


def test_wrong_password_and_missing_or_forged_tokens(live_server: LiveServer) -> None:
    wrong = requests.post(
        live_server.api("/auth/login"),
        json={"email": "anna@example.org", "password": "falsch"},
        timeout=10,
    )
    assert wrong.status_code == 401 and wrong.json()["code"] == "login_failed"
    assert requests.get(live_server.api("/me"), timeout=10).json()["code"] == "unauthenticated"
    forged = requests.get(
        live_server.api("/me"), headers={"Authorization": "Bearer abc.def"}, timeout=10
    )
    assert forged.status_code == 401 and forged.json()["code"] == "token_invalid"


def test_access_tokens_expire_on_the_server_clock(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    assert anna.get(live_server.api("/me"), timeout=10).status_code == 200
    moved = requests.post(live_server.api("/dev/clock"), json={"seconds": 3600}, timeout=10)
    assert moved.status_code == 200
    expired = anna.get(live_server.api("/me"), timeout=10)
    assert expired.status_code == 401 and expired.json()["code"] == "token_expired"


def test_changes_feed_pages_by_sequence(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    today = live_server.context.clock.today()
    ids = []
    for _ in range(5):
        body = valid_order(today)
        ids.append(body["id"])
        response = anna.post(
            live_server.api("/orders"),
            json=body,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=10,
        )
        assert response.status_code == 201
    seen, cursor = [], "0"
    while True:
        page = anna.get(
            live_server.api("/changes"), params={"cursor": cursor, "limit": 2}, timeout=10
        ).json()
        assert len(page["events"]) <= 2
        assert {o["id"] for o in page["orders"]} == {e["order_id"] for e in page["events"]}
        seen += [e["order_id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == ids
    assert "server_time" in page
    empty = anna.get(live_server.api("/changes"), params={"cursor": cursor}, timeout=10).json()
    assert empty["events"] == [] and empty["next_cursor"] == cursor


def test_bad_cursors_are_400_not_crashes(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    for cursor in ("abc", "-1", "99999", "1e5"):
        response = anna.get(live_server.api("/changes"), params={"cursor": cursor}, timeout=10)
        assert response.status_code == 400, cursor
        assert response.json()["code"] == "cursor_invalid"
    too_big = anna.get(live_server.api("/changes"), params={"limit": 100000}, timeout=10)
    assert too_big.status_code == 422 and too_big.json()["code"] == "invalid_request"
