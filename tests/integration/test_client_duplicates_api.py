"""The duplicate check before creating a client: ApiClient against the live reference server,
strict reading of its answer, and the service's online/offline answers and pre-submit warning."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.client_duplicates import DuplicateMatch
from desktop_app.domain.order import Address, Client, ClientType
from desktop_app.domain.validation import Code
from desktop_app.remote.client import ApiClient, ServerConfig
from desktop_app.remote.errors import ResponseFormatError

from .conftest import PASSWORD, LiveServer, valid_order
from .fake_http import FakeServer, serve
from .sync_fixtures import Member, open_member
from .tcp_proxy import TcpProxy

THEATER = {
    "type": "business_eu_vat",
    "legal_name": "Grüner Löwe Theater e.V.",
    "address": {
        "street": "Hofgarten 3",
        "postal_code": "97070",
        "city": "Würzburg",
        "country": "DE",
    },
    "vat_id": "DE 811 222 333",
    "invoice_email": "",
    "id": None,
}


def _seed(server: LiveServer, client: dict[str, Any]) -> None:
    """A client enters Smart's database with an order another member submits."""
    ben = server.login("ben@example.org")
    body = valid_order(server.context.clock.today(), budget="B-2")
    body["client"] = dict(client)
    response = ben.post(
        server.api("/orders"), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=10
    )
    assert response.status_code == 201, response.text


def _signed_in(server: LiveServer) -> ApiClient:
    api = ApiClient(ServerConfig(server.url, connect_timeout=5, read_timeout=10))
    api.access_token = api.login("anna@example.org", PASSWORD).access_token
    return api


def test_api_client_finds_exact_and_near_duplicates(live_server: LiveServer) -> None:
    _seed(live_server, THEATER)
    api = _signed_in(live_server)
    exact = api.client_duplicates("GRUENER LOEWE theater e. V.", "DE811222333", "DE", "")
    assert [(d.client.legal_name, d.match) for d in exact] == [
        ("Grüner Löwe Theater e.V.", DuplicateMatch.EXACT)
    ]
    found = exact[0]
    assert found.client.server_id and found.client.address.city == "Würzburg"
    assert found.client.type is ClientType.BUSINESS_EU_VAT
    assert "match" not in found.document and found.document["id"] == found.client.server_id
    same_vat = api.client_duplicates("Theater am Hofgarten", "de811222333", "DE", "97070")
    assert [d.match for d in same_vat] == [DuplicateMatch.VAT_ID]
    assert api.client_duplicates("Kunsthalle Kiel", "", "DE", "24103") == ()


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    yield from serve()


@pytest.mark.parametrize(
    ("answer", "where"),
    [
        ([], "$"),
        ({"duplicates": {"id": "c-1"}}, "duplicates"),
        ({"duplicates": [{**THEATER, "id": "c-1"}]}, "duplicates[0].match"),
        ({"duplicates": [{**THEATER, "id": "c-1", "match": "maybe"}]}, "duplicates[0].match"),
        ({"duplicates": [{**THEATER, "id": None, "match": "exact"}]}, "duplicates[0].id"),
        (
            {"duplicates": [{**THEATER, "id": "c-1", "match": "name", "address": {"city": "X"}}]},
            "duplicates[0].address.street",
        ),
        (
            {"duplicates": [{**THEATER, "id": "c-1", "match": "name", "type": "firma"}]},
            "duplicates[0].type",
        ),
        ({"duplicates": [{**THEATER, "id": "c-1", "match": "name", "vat_id": 7}]}, "vat_id"),
    ],
)
def test_a_garbage_answer_is_a_typed_error(fake: FakeServer, answer: object, where: str) -> None:
    fake.answer_json(200, answer)
    api = ApiClient(ServerConfig(fake.url))
    api.access_token = "tok"
    with pytest.raises(ResponseFormatError) as raised:
        api.client_duplicates("Grüner Löwe", "", "DE", "97070")
    assert where in raised.value.path
    assert "GET /clients/duplicates" in str(raised.value)
    seen = fake.seen[-1]
    assert seen.path.startswith("/api/v1/clients/duplicates?legal_name=Gr%C3%BCner")


def test_not_json_is_a_typed_error_too(fake: FakeServer) -> None:
    fake.respond = lambda h: h.send(200, b"<html>Wartung</html>", {"Content-Type": "text/html"})
    api = ApiClient(ServerConfig(fake.url))
    api.access_token = "tok"
    with pytest.raises(ResponseFormatError):
        api.client_duplicates("Grüner Löwe")


@pytest.fixture
def member_via_proxy(tmp_path: Path, live_server: LiveServer) -> Iterator[tuple[Member, TcpProxy]]:
    proxy = TcpProxy(int(live_server.url.rsplit(":", 1)[1]))
    proxy.start()
    member = open_member(tmp_path / "anna", live_server, url=proxy.url)
    yield member, proxy
    member.services.dispose()
    proxy.stop()


def test_service_asks_online_caches_and_answers_offline_from_the_cache(
    member_via_proxy: tuple[Member, TcpProxy], live_server: LiveServer
) -> None:
    member, proxy = member_via_proxy
    _seed(live_server, THEATER)
    directory = member.services.clients
    new = Client(
        ClientType.BUSINESS_EU_VAT,
        "Grüner Loewe Theater e. V.",
        Address("Hofgarten 3", "97070", "Würzburg", "DE"),
        "DE811222333",
    )
    # Nothing cached yet: the pre-submit check (cache only) knows of no duplicate.
    assert directory.cached_duplicates(new) == ()
    online = directory.duplicates(new)
    assert not online.from_cache
    assert [c.match for c in online.candidates] == [DuplicateMatch.EXACT]
    server_id = online.candidates[0].client.server_id

    proxy.stop()
    offline = directory.duplicates(replace(new, vat_id=""))  # same name and place, no VAT ID
    assert offline.from_cache
    assert [(c.client.server_id, c.match) for c in offline.candidates] == [
        (server_id, DuplicateMatch.NAME)
    ]
    by_vat = directory.duplicates(replace(new, legal_name="Theater im Hof"))
    assert [c.match for c in by_vat.candidates] == [DuplicateMatch.VAT_ID]
    assert directory.duplicates(replace(new, legal_name="Kunsthalle", vat_id="")).candidates == ()

    # The pre-submit check warns about the new client, not about the linked one.
    draft = member.draft(client=new)
    [warning] = [
        p for p in member.services.actions.check(draft) if p.code is Code.CLIENT_MAYBE_DUPLICATE
    ]
    assert warning.params["name"].startswith("Grüner Löwe Theater e.V. · 97070 Würzburg")
    linked = member.draft(client=online.candidates[0].client)
    assert Code.CLIENT_MAYBE_DUPLICATE not in {
        p.code for p in member.services.actions.check(linked)
    }


def test_a_new_client_is_created_on_submit_and_an_exact_one_linked(
    live_server: LiveServer,
) -> None:
    """What "Trotzdem neu anlegen" and an exact duplicate mean on the wire: a client without
    id is created with the order, or linked to the record it duplicates exactly."""
    anna = live_server.login("anna@example.org")
    body = valid_order(live_server.context.clock.today())
    body["client"] = dict(THEATER, legal_name="Atelier Nord")
    first = anna.post(
        live_server.api("/orders"), json=body, headers={"Idempotency-Key": "k-1"}, timeout=10
    )
    assert first.status_code == 201, first.text
    again = valid_order(live_server.context.clock.today())
    again["client"] = dict(THEATER, legal_name="ATELIER NORD")
    second = anna.post(
        live_server.api("/orders"), json=again, headers={"Idempotency-Key": "k-2"}, timeout=10
    )
    assert second.status_code == 201, second.text
    found = anna.get(live_server.api("/clients"), params={"q": "atelier nord"}, timeout=10)
    assert len(found.json()["clients"]) == 1
