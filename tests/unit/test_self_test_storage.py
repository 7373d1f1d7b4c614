"""The storage half of --self-test, in process: refusals name the reason and touch nothing."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from desktop_app import self_test
from desktop_app.platform.paths import AppPaths
from desktop_app.storage import migrate
from desktop_app.storage.migrate import HEAD, prepare_database


def _set_revision(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    db.close()


def test_a_database_from_a_newer_version_is_refused_untouched(app_paths: AppPaths) -> None:
    prepare_database(app_paths.database, app_paths.backups_dir)
    _set_revision(app_paths.database, "9999")
    before = app_paths.database.read_bytes()
    passed, detail = self_test.check_database(app_paths)
    assert not passed
    assert "neueren Programmversion" in detail and "nicht verändert" in detail
    assert app_paths.database.read_bytes() == before
    assert not app_paths.backups_dir.exists()


def test_an_older_database_is_migrated_after_a_backup(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patched:  # a database as the first release wrote it
        patched.setattr(migrate, "HEAD", "0001")
        prepare_database(app_paths.database, app_paths.backups_dir)
    passed, detail = self_test.check_database(app_paths)
    assert passed, detail
    assert detail == f"von Stand 0001 auf {HEAD} migriert (Sicherung angelegt)"
    assert list(app_paths.backups_dir.glob("*rev0001*"))
    with sqlite3.connect(app_paths.database) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    db.close()


def test_round_trip_leaves_no_draft_behind(app_paths: AppPaths) -> None:
    prepare_database(app_paths.database, app_paths.backups_dir)
    passed, detail = self_test.check_round_trip(app_paths)
    assert passed, detail
    with sqlite3.connect(app_paths.database) as db:
        assert db.execute("SELECT count(*) FROM orders").fetchone() == (0,)
    db.close()


def test_a_crashing_check_is_a_failure_with_its_reason(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken() -> self_test.Outcome:
        raise OSError("Datenträger voll")

    monkeypatch.setattr(self_test, "check_keyring", broken)
    monkeypatch.setattr(self_test, "_qt_checks", list)
    out = io.StringIO()
    code = self_test.run_self_test(tmp_path / "profile", out)
    assert code == 1
    assert "FEHLER  Schlüsselbund: unerwarteter Fehler OSError: Datenträger voll" in out.getvalue()
    assert "Selbsttest fehlgeschlagen: 1 von 3 Prüfungen" in out.getvalue()
