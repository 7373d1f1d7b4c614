"""The diagnostics bundle: what it holds, what it must never hold, and opening it again."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.platform.paths import AppPaths
from desktop_app.platform.settings import load_settings
from desktop_app.services.diagnostics import create_bundle, open_bundle
from desktop_app.storage.bundle_copy import integrity_ok
from desktop_app.storage.migrate import HEAD, DbState, inspect_database
from tests.unit.diagnostics_fixtures import CANARIES, OWN_EMAIL, THIRD_PARTY, all_text, make_profile


@pytest.fixture
def profile(app_paths: AppPaths) -> Iterator[tuple[AppPaths, list[str]]]:
    db, ids = make_profile(app_paths)
    yield app_paths, ids
    db.dispose()


@pytest.fixture
def bundle(profile: tuple[AppPaths, list[str]], tmp_path: Path) -> Path:
    return create_bundle(profile[0], tmp_path / "out" / "diag.zip", "9.8.7", "6.5.4")


def _unpacked(bundle: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "unpacked-raw"
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(folder)
    return folder


def test_manifest_lists_every_file_with_its_checksum(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = set(zf.namelist())
        for entry in manifest["files"]:
            data = zf.read(entry["path"])
            assert entry["size"] == len(data)
            assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["format"] == "smart-orders-diagnostics" and manifest["version"] == 1
    assert (manifest["app_version"], manifest["qt_version"]) == ("9.8.7", "6.5.4")
    assert manifest["python_version"] and manifest["platform"] and manifest["created"]
    assert manifest["schema_revision"] == HEAD
    assert names == {"manifest.json", *(e["path"] for e in manifest["files"])}
    assert names >= {"data/orders.sqlite3", "config/settings.json", "outbox.json"}
    assert "attachments" in {e["what"] for e in manifest["excluded"]}
    assert not any(n.startswith("data/attachments") for n in names)
    assert not list(bundle.parent.glob(".diagnose-*"))  # the temp file was renamed


def test_database_copy_is_consistent_and_has_the_uncheckpointed_orders(
    profile: tuple[AppPaths, list[str]], bundle: Path, tmp_path: Path
) -> None:
    paths, ids = profile
    assert Path(f"{paths.database}-wal").stat().st_size > 0  # the data is still in the WAL
    copy = _unpacked(bundle, tmp_path) / "data" / "orders.sqlite3"
    assert integrity_ok(copy)
    conn = sqlite3.connect(copy)
    try:
        stored = {r[0] for r in conn.execute("SELECT id FROM orders")}
        contacts = {r[0] for r in conn.execute("SELECT contact_email FROM orders")}
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()
    assert stored == set(ids)
    assert mode == "delete"  # one file: opens read-only without -wal/-shm
    assert all(c.endswith("@redacted.invalid") for c in contacts) and len(contacts) == 1


def test_outbox_json_has_states_errors_and_redacted_payloads(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as zf:
        rows = json.loads(zf.read("outbox.json"))
    [row] = rows
    assert row["state"] == "failed" and row["error_code"] == "validation_failed"
    assert "bounced" in row["error_message"] and "@redacted.invalid" in row["error_message"]
    assert row["payload"]["access_token"] == "***"
    assert row["payload"]["contact_email"].endswith("@redacted.invalid")
    assert row["payload"]["id"] and row["op_id"] and row["kind"] == "submit"


def test_no_canary_anywhere_in_the_bundle_but_the_members_own_address_stays(
    bundle: Path, tmp_path: Path
) -> None:
    everything = all_text(bundle)
    for canary in CANARIES:
        assert canary.encode() not in everything, canary
        assert canary.encode("utf-16-le") not in everything, canary
    assert OWN_EMAIL.encode() in everything
    folder = _unpacked(bundle, tmp_path)
    log = (folder / "logs" / "smart-orders.log").read_text(encoding="utf-8")
    assert "Bearer ***" in log and "mail to email-" in log  # masked, not dropped
    settings = json.loads((folder / "config" / "settings.json").read_text(encoding="utf-8"))
    assert settings["refresh_token"] == "***" and settings["legacy"]["password"] == "***"
    assert settings["account_email"] == OWN_EMAIL and settings["language"] == "de"


def test_the_same_third_party_gets_the_same_placeholder_within_a_bundle(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as zf:
        text = zf.read("outbox.json").decode() + zf.read("logs/smart-orders.log").decode()
    placeholders = set(re.findall(r"email-[0-9a-f]+@redacted\.invalid", text))
    assert len(placeholders) == 1
    assert THIRD_PARTY not in text


def test_round_trip_opens_as_a_profile(
    profile: tuple[AppPaths, list[str]], bundle: Path, tmp_path: Path
) -> None:
    opened = open_bundle(bundle, tmp_path / "inspect")
    assert opened == AppPaths.for_profile(tmp_path / "inspect")
    assert inspect_database(opened.database).state is DbState.CURRENT
    assert load_settings(opened.settings_file).account_email == OWN_EMAIL
    conn = sqlite3.connect(opened.database)
    try:
        count = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    finally:
        conn.close()
    assert count == len(profile[1])
    assert (tmp_path / "inspect" / "outbox.json").exists()


def test_a_long_log_is_cut_to_its_end_at_a_line_start(
    profile: tuple[AppPaths, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services import diagnostics

    paths = profile[0]
    monkeypatch.setattr(diagnostics, "LOG_TAIL_BYTES", 1000)
    paths.log_file.write_text("".join(f"line {n:05d}\n" for n in range(1000)), encoding="utf-8")
    bundle = create_bundle(paths, tmp_path / "cut.zip", "1", "6")
    with zipfile.ZipFile(bundle) as zf:
        log = zf.read("logs/smart-orders.log").decode()
    assert log.endswith("line 00999\n") and log.startswith("line ")
    assert len(log) <= 1000


def test_a_failed_bundle_leaves_no_file_behind(app_paths: AppPaths, tmp_path: Path) -> None:
    app_paths.ensure()
    with pytest.raises(FileNotFoundError):
        create_bundle(app_paths, tmp_path / "x" / "none.zip", "1", "6")  # no database yet
    assert not (tmp_path / "x" / "none.zip").exists()
