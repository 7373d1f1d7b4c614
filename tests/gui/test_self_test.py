"""--self-test: as a real command on a fresh and on a damaged profile, and its Qt checks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.gui import i18n, self_checks
from desktop_app.storage.migrate import HEAD

ROOT = Path(__file__).resolve().parents[2]
CHECKS = (
    "Datenbank",
    "Schreiben und Lesen",
    "Schlüsselbund",
    "Plattform",
    "Übersetzungen",
    "Symbole",
    "Formulare",
)


def _self_test(profile: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # the real secret store is never asked; a machine without one is a pass, not a failure
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test", "--profile", str(profile)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_self_test_passes_on_a_fresh_profile_and_leaves_no_order(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    result = _self_test(profile)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name in CHECKS:
        assert any(line.startswith(f"OK  {name}: ") for line in lines), (name, result.stdout)
    assert "kein Schlüsselbund" in result.stdout
    assert "FEHLER" not in result.stdout
    with sqlite3.connect(profile / "data" / "orders.sqlite3") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
        assert db.execute("SELECT count(*) FROM orders").fetchone() == (0,)


def test_a_damaged_database_fails_clearly_and_stays_untouched(tmp_path: Path) -> None:
    data = tmp_path / "profile" / "data"
    data.mkdir(parents=True)
    database = data / "orders.sqlite3"
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 64
    database.write_bytes(damaged)
    result = _self_test(tmp_path / "profile")
    assert result.returncode == 1
    assert "FEHLER  Datenbank: die Datenbank ist beschädigt" in result.stdout
    assert "Die Datei wurde nicht verändert." in result.stdout
    assert "FEHLER  Schreiben und Lesen: übersprungen" in result.stdout
    assert "Selbsttest fehlgeschlagen: 2 von 7" in result.stdout
    assert database.read_bytes() == damaged
    assert sorted(path.name for path in data.iterdir()) == ["orders.sqlite3"]


def test_self_test_refuses_to_be_combined_with_the_demo() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test", "--demo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "--self-test" in result.stderr


def _svg(path: Path, body: str) -> Path:
    path.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">{body}</svg>',
        encoding="utf-8",
    )
    return path


def test_icon_check_names_an_icon_that_draws_nothing_or_is_broken(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _svg(tmp_path / "good.svg", '<rect width="16" height="16" fill="#1b6b5a"/>')
    _svg(tmp_path / "empty.svg", "")
    (tmp_path / "broken.svg").write_text("<svg", encoding="utf-8")
    monkeypatch.setattr(self_checks, "icons_dir", lambda: tmp_path)
    passed, detail = self_checks.check_icons()
    assert not passed
    assert "2 von 3" in detail and "broken.svg" in detail and "empty.svg" in detail
    assert "good.svg" not in detail


def test_icon_check_passes_for_the_shipped_icons(qapp: object) -> None:
    passed, detail = self_checks.check_icons()
    assert passed, detail


def test_translation_check_fails_without_the_english_file(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    passed, detail = self_checks.check_translations()
    assert not passed and "&Datei" in detail
    assert i18n.language() == "de"  # the check leaves the app in German


def test_platform_check_reports_the_running_plugin(qapp: object) -> None:
    passed, detail = self_checks.check_platform()
    assert passed, detail
    assert detail.startswith("läuft mit offscreen")
