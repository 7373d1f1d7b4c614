"""The headless commands over real HTTP: login, import, submit, sync, list, show, logout."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.keyring_memory import MemoryKeyring

from .conftest import PASSWORD, LiveServer, valid_order
from .sync_fixtures import server_order_ids


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SMART_ORDERS_PASSWORD", PASSWORD)
    return tmp_path / "profile"


def _run(profile: Path, *args: str) -> int:
    return main(["--profile", str(profile), *args])


def _login(profile: Path, server: LiveServer) -> None:
    assert _run(profile, "login", "--server", server.url, "--email", "anna@example.org") == 0


def test_import_submit_sync_then_list_and_show(
    profile: Path,
    live_server: LiveServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    _login(profile, live_server)
    assert memory_keyring.secrets  # the refresh token went to the (test) keyring
    source = tmp_path / "auftrag.json"
    source.write_text(json.dumps(valid_order(live_server.context.clock.today())), "utf-8")
    capsys.readouterr()

    assert _run(profile, "orders", "import", str(source), "--json") == 0
    order_id = json.loads(capsys.readouterr().out)["id"]
    assert order_id != json.loads(source.read_text("utf-8"))["id"]  # always a new draft
    assert _run(profile, "orders", "submit", order_id, "--json") == 0
    assert json.loads(capsys.readouterr().out)["submitted"] is True

    assert _run(profile, "sync", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["outcome"], report["sent"], report["pending"]) == ("ok", 1, 0)
    assert server_order_ids(live_server) == [order_id]

    assert _run(profile, "orders", "list", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["id"], row["status"], row["net"]) == (order_id, "smart_review", "3.200,00\xa0€")
    assert _run(profile, "orders", "show", order_id, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert [(e["type"], e["pending"]) for e in shown["timeline"]] == [("submitted", False)]

    assert _run(profile, "logout") == 0
    assert not memory_keyring.secrets
    assert _run(profile, "sync") == 2


def test_refusals_have_clear_exit_codes(
    profile: Path,
    live_server: LiveServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _run(profile, "sync") == 2  # never logged in
    monkeypatch.setenv("SMART_ORDERS_PASSWORD", "falsch")
    assert _run(profile, "login", "--server", live_server.url, "--email", "anna@example.org") == 2
    assert "Passwort stimmen nicht" in capsys.readouterr().err
    assert _run(profile, "login", "--server", "http://example.org", "--email", "a@b.de") == 2
    assert "https://" in capsys.readouterr().err

    garbage = tmp_path / "kaputt.json"
    garbage.write_text("{nicht json", "utf-8")
    assert _run(profile, "orders", "import", str(garbage)) == 2
    incomplete = tmp_path / "leer.json"
    document = valid_order(date(2026, 11, 27))
    document["contact_email"] = ""
    incomplete.write_text(json.dumps(document), "utf-8")
    capsys.readouterr()
    assert _run(profile, "orders", "import", str(incomplete), "--json") == 0
    order_id = json.loads(capsys.readouterr().out)["id"]
    assert _run(profile, "orders", "submit", order_id, "--json") == 1
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert {"field": "contact_email", "code": "required"} in errors
    assert _run(profile, "orders", "submit", "kein-uuid") == 2
