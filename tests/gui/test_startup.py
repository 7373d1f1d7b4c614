"""Start-up: command line, database problems, English UI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

import desktop_app
from desktop_app import app as app_module
from desktop_app.cli import parse_args
from desktop_app.gui import database_problem_dialog as dialog_module
from desktop_app.gui.database_problem_dialog import describe
from desktop_app.platform.paths import AppPaths


def test_version_and_help_need_no_qt() -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['smart-orders', '--version']\n"
        "try:\n    runpy.run_module('desktop_app', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert f"smart-orders {desktop_app.__version__}" in result.stdout
    assert result.stdout.strip().endswith("False")
    help_text = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for option in ("--profile", "--lang", "--version"):
        assert option in help_text


def test_profile_option_puts_everything_in_one_folder(tmp_path: Path) -> None:
    options = parse_args(["--profile", str(tmp_path / "p"), "--lang", "en"])
    paths = AppPaths.for_profile(options.profile)
    assert options.lang == "en"
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert folder.is_relative_to(tmp_path / "p")
    assert paths.database.parent == paths.data_dir


def test_corrupt_database_is_never_overwritten(app_paths: AppPaths, monkeypatch, qapp) -> None:
    garbage = b"this is not a database " * 200
    app_paths.database.write_bytes(garbage)
    asked: list[str] = []
    monkeypatch.setattr(
        dialog_module, "ask_move_aside", lambda state, rev, path: asked.append(state) or False
    )
    assert app_module.open_store(app_paths) is None
    assert asked == ["corrupt"]
    assert app_paths.database.read_bytes() == garbage


def test_moving_a_corrupt_database_aside_keeps_it(app_paths: AppPaths, monkeypatch, qapp) -> None:
    garbage = b"\x00garbage" * 500
    app_paths.database.write_bytes(garbage)
    monkeypatch.setattr(dialog_module, "ask_move_aside", lambda *args: True)
    store = app_module.open_store(app_paths)
    assert store is not None
    assert store.summaries() == []
    store.dispose()
    kept = [p for p in app_paths.data_dir.iterdir() if ".unusable-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == garbage


def test_problem_texts_are_german(german) -> None:
    assert "neueren Version" in describe("newer", "0042")
    assert "0042" in describe("newer", "0042")
    assert "beschädigt" in describe("corrupt", None)
    assert "keine Datenbank" in describe("foreign", None)


def test_dialog_offers_move_aside_and_quit(qtbot, monkeypatch, german, tmp_path: Path) -> None:
    from desktop_app.gui import database_problem_dialog as dialog

    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        move = next(b for b in box.buttons() if b.text() == "Beiseitelegen und neu beginnen")
        move.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialog.ask_move_aside("newer", "0099", tmp_path / "orders.sqlite3")
    texts = [b.text() for b in shown[0].buttons()]
    assert "Beenden" in texts
    assert str(tmp_path / "orders.sqlite3") in shown[0].informativeText()


def _damage_middle_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // 2) // page * page
    data[middle : middle + 2 * page] = bytes(range(256)) * (2 * page // 256)
    path.write_bytes(bytes(data))


def test_after_a_crash_every_page_is_checked(app_paths: AppPaths, monkeypatch, qapp) -> None:
    from benchmarks.profile_factory import fill_profile

    fill_profile(app_paths.data_dir.parent, 300)
    _damage_middle_pages(app_paths.database)
    app_paths.running_marker.touch()  # what a killed session leaves behind
    asked: list[str] = []
    monkeypatch.setattr(
        dialog_module, "ask_move_aside", lambda state, rev, path: asked.append(state) or False
    )
    assert app_module.open_store(app_paths) is None
    assert asked == ["corrupt"]


def test_clean_shutdown_removes_the_running_marker(qtbot, start_app, app_paths) -> None:
    context = start_app()
    assert app_paths.running_marker.exists()
    context.window.close()
    context.shutdown()
    assert not app_paths.running_marker.exists()
