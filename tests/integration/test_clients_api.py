"""Smart's shared client database over real HTTP: search, duplicate check, and the client
created or linked together with an order."""

from __future__ import annotations

import uuid
from typing import Any

import requests

from reference_server.records import ClientRecord

from .conftest import LiveServer, valid_order


def _client(
    name: str,
    vat_id: str = "",
    postal_code: str = "34117",
    city: str = "Kassel",
    kind: str = "business_eu_vat",
    server_id: str | None = None,
) -> dict[str, Any]:
    return {
        "type": kind if vat_id else "private",
        "legal_name": name,
        "address": {
            "street": "Friedrichsplatz 15",
            "postal_code": postal_code,
            "city": city,
            "country": "DE",
        },
        "vat_id": vat_id,
        "invoice_email": "",
        "id": server_id,
    }


def _submit(
    member: requests.Session, server: LiveServer, client: dict[str, Any], budget: str = "B-1"
) -> requests.Response:
    body = valid_order(server.context.clock.today(), budget, client=client)
    return member.post(
        server.api("/orders"), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=10
    )


def _search(who: requests.Session, server: LiveServer, q: str, **params: Any) -> list[dict]:
    response = who.get(server.api("/clients"), params={"q": q, **params}, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()["clients"]


def _client_count(server: LiveServer) -> int:
    with server.context.db.session() as session:
        return len(session.query(ClientRecord).all())


def test_a_query_needs_three_characters(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    for q in ("ab", "  ab  ", ""):
        response = anna.get(live_server.api("/clients"), params={"q": q}, timeout=10)
        assert response.status_code == 422
        assert response.json()["code"] == "query_too_short"
    missing = anna.get(live_server.api("/clients"), timeout=10)
    assert missing.json()["code"] == "query_too_short"
    assert anna.get(live_server.api("/clients"), params={"q": "abc"}, timeout=10).json() == {
        "clients": []
    }
    anonymous = requests.get(live_server.api("/clients"), params={"q": "abc"}, timeout=10)
    assert anonymous.status_code == 401


def test_a_client_made_with_an_order_is_found_by_every_role(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    created = _submit(anna, live_server, _client("Müller Bühnenbau GmbH", "DE 123.456.789"))
    assert created.status_code == 201, created.text
    client_id = created.json()["client"]["id"]
    assert client_id

    ben = live_server.login("ben@example.org")  # another member: the database is shared
    for q in ("mül", "MUELLER", "muller", "bühne", "buehnenbau", "kassel", "de123 456"):
        found = _search(ben, live_server, q)
        assert [c["id"] for c in found] == [client_id], q
    assert found[0] == {
        "id": client_id,
        "type": "business_eu_vat",
        "legal_name": "Müller Bühnenbau GmbH",
        "address": {
            "street": "Friedrichsplatz 15",
            "postal_code": "34117",
            "city": "Kassel",
            "country": "DE",
        },
        "vat_id": "DE 123.456.789",
        "invoice_email": "",
        "created_at": found[0]["created_at"],
    }
    assert _search(ben, live_server, "Schmidt") == []
    assert _search(ben, live_server, "100%") == []  # LIKE wildcards are plain characters
    for role in ("staff", "support"):
        other = live_server.login(f"{role}@example.org")
        assert [c["id"] for c in _search(other, live_server, "müller")] == [client_id]


def test_the_feed_tells_the_member_the_client_id(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    created = _submit(anna, live_server, _client("Kulturverein Lindenhof e.V.", "DE987654321"))
    client_id = created.json()["client"]["id"]
    feed = anna.get(live_server.api("/changes"), timeout=10).json()
    assert [o["client"]["id"] for o in feed["orders"]] == [client_id]


def test_the_same_client_from_two_members_is_one_record(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    ben = live_server.login("ben@example.org")
    first = _submit(anna, live_server, _client("Stadttheater Kassel gGmbH", "DE123456789"))
    second = _submit(
        ben, live_server, _client("stadttheater  KASSEL gGmbH", "de 123.456.789"), "B-2"
    )
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["client"]["id"] == second.json()["client"]["id"]
    assert _client_count(live_server) == 1
    assert len(_search(anna, live_server, "stadttheater")) == 1

    other_vat = _submit(anna, live_server, _client("Stadttheater Kassel gGmbH", "DE111111111"))
    assert other_vat.json()["client"]["id"] != first.json()["client"]["id"]
    assert _client_count(live_server) == 2


def test_clients_without_vat_id_are_told_apart_by_place(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    kassel = _submit(anna, live_server, _client("Anna Schmidt", postal_code="34117"))
    again = _submit(anna, live_server, _client("Anna  Schmidt", postal_code="34117"))
    hamburg = _submit(anna, live_server, _client("Anna Schmidt", postal_code="20095"))
    assert kassel.json()["client"]["id"] == again.json()["client"]["id"]
    assert hamburg.json()["client"]["id"] != kassel.json()["client"]["id"]
    assert _client_count(live_server) == 2


def test_an_order_may_name_a_known_client_only(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    ben = live_server.login("ben@example.org")
    known = _submit(anna, live_server, _client("Theater am Fluss GmbH", "DE222222222"))
    client_id = known.json()["client"]["id"]

    # Ben picked the client from the search: his order is linked, nothing new is made,
    # even though he typed the name differently.
    picked = _client("Theater a. Fluss", "DE222222222", server_id=client_id)
    linked = _submit(ben, live_server, picked, "B-2")
    assert linked.status_code == 201 and linked.json()["client"]["id"] == client_id
    assert _client_count(live_server) == 1

    unknown = _submit(anna, live_server, _client("Erfunden GmbH", "DE333333333", server_id="nope"))
    assert unknown.status_code == 422
    problem = unknown.json()
    assert problem["code"] == "validation_failed"
    assert {"field": "client.server_id", "code": "unknown_client"} in problem["errors"]
    assert _client_count(live_server) == 1
    assert (
        anna.get(live_server.api("/changes"), timeout=10).json()["orders"][-1]["client"]["id"]
        == client_id
    )


def test_the_duplicate_check_before_submit(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    ben = live_server.login("ben@example.org")
    made = _submit(anna, live_server, _client("Galerie Nord GmbH", "DE444444444"))
    client_id = made.json()["client"]["id"]
    url = live_server.api("/clients/duplicates")

    def check(**params: str) -> list[tuple[str, str]]:
        response = ben.get(url, params=params, timeout=10)
        assert response.status_code == 200, response.text
        return [(d["id"], d["match"]) for d in response.json()["duplicates"]]

    assert check(legal_name="galerie  nord gmbh", vat_id="DE 444 444 444") == [(client_id, "exact")]
    assert check(legal_name="Galerie Nord GmbH", vat_id="DE555555555") == [(client_id, "name")]
    assert check(legal_name="Galerie Süd GmbH", vat_id="DE444444444") == [(client_id, "vat_id")]
    assert check(legal_name="Galerie Süd GmbH", vat_id="DE555555555") == []
    assert ben.get(url, timeout=10).status_code == 422  # legal_name is required


def test_the_result_count_is_capped(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    for i in range(3):
        assert _submit(anna, live_server, _client(f"Atelier {i}", f"DE00000000{i}")).ok
    assert len(_search(anna, live_server, "atelier", limit=2)) == 2
    assert len(_search(anna, live_server, "atelier", limit=1000)) == 3
    names = [c["legal_name"] for c in _search(anna, live_server, "atelier")]
    assert names == ["Atelier 0", "Atelier 1", "Atelier 2"]
