"""Client search: from Smart's database while online, from the cache while offline."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.client_search import fold, matches, search_text

from .conftest import LiveServer, valid_order
from .sync_fixtures import Member, open_member
from .tcp_proxy import TcpProxy


@pytest.fixture
def member_via_proxy(tmp_path: Path, live_server: LiveServer) -> Iterator[tuple[Member, TcpProxy]]:
    proxy = TcpProxy(int(live_server.url.rsplit(":", 1)[1]))
    proxy.start()
    member = open_member(tmp_path / "anna", live_server, url=proxy.url)
    yield member, proxy
    member.services.dispose()
    proxy.stop()


def _seed_client(server: LiveServer, legal_name: str, city: str) -> None:
    ben = server.login("ben@example.org")
    body = valid_order(server.context.clock.today(), budget="B-2")
    body["client"]["legal_name"] = legal_name
    body["client"]["address"]["city"] = city
    response = ben.post(
        server.api("/orders"), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=10
    )
    assert response.status_code == 201, response.text


def test_online_results_are_cached_for_offline_search(
    member_via_proxy: tuple[Member, TcpProxy], live_server: LiveServer
) -> None:
    member, proxy = member_via_proxy
    _seed_client(live_server, "Müller & Söhne Bühnenbau GmbH", "Göttingen")
    directory = member.services.clients
    assert directory.search("mü").clients == ()  # fewer than three letters: no search
    online = directory.search("Mueller")
    assert not online.from_cache
    assert [c.legal_name for c in online.clients] == ["Müller & Söhne Bühnenbau GmbH"]
    assert online.clients[0].server_id  # linkable to Smart's record

    proxy.stop()
    offline = directory.search("muller gott")
    assert offline.from_cache
    assert [c.legal_name for c in offline.clients] == ["Müller & Söhne Bühnenbau GmbH"]
    assert offline.clients[0].server_id == online.clients[0].server_id
    assert directory.search("Schmidt").clients == ()


def test_folding_treats_umlaut_spellings_alike() -> None:
    haystack = search_text("Grüße Österreich AG", "Köln", "AT U123.456 78")
    for query in ("grusse", "GRUESSE", "oster koln", "atu12345678", "Grüße"):
        assert matches(haystack, query), query
    assert not matches(haystack, "berlin")
    assert fold("Æsop Straße") == "asop strasse"
