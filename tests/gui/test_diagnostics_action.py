"""Hilfe → Diagnosepaket erstellen …: the save dialog, the work off the GUI thread, the result."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from desktop_app.app import AppContext
from desktop_app.gui.diagnostics_action import DiagnosticsAction
from desktop_app.gui.ops import OpsRunner
from desktop_app.platform.paths import AppPaths
from tests.unit.diagnostics_fixtures import THIRD_PARTY, make_profile


@pytest.fixture
def window(qtbot, app_paths: AppPaths) -> Iterator[QMainWindow]:
    db, _ids = make_profile(app_paths, orders=2)
    main = QMainWindow()
    menu = main.menuBar().addMenu("&Hilfe")
    menu.setObjectName("helpMenu")
    menu.addAction("Über")
    qtbot.addWidget(main)
    yield main
    db.dispose()


def _action(window: QMainWindow, paths: AppPaths, errors: list[str]) -> DiagnosticsAction:
    ops = OpsRunner(window)
    return DiagnosticsAction(window, paths, ops, errors.append)


def test_the_action_writes_a_bundle_and_names_it_in_the_status_bar(
    qtbot, window: QMainWindow, app_paths: AppPaths, tmp_path: Path, monkeypatch
) -> None:
    errors: list[str] = []
    action = _action(window, app_paths, errors)
    menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert menu.actions()[0] is action.action  # first in Hilfe, before "Über"
    asked: list[str] = []
    target = tmp_path / "saved" / "support"  # no suffix: ".zip" is added

    def fake_dialog(_parent, _title, default, _filter):
        asked.append(default)
        return str(target), "ZIP"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    action.action.trigger()
    assert not action.action.isEnabled()  # one bundle at a time
    written = target.with_name("support.zip")
    qtbot.waitUntil(lambda: not action.busy, timeout=10000)
    assert errors == []
    assert written.exists()
    assert Path(asked[0]).parent == Path.home()
    assert Path(asked[0]).name.startswith("smart-orders-diagnose-")
    assert str(written) in window.statusBar().currentMessage()
    with zipfile.ZipFile(written) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert THIRD_PARTY.encode() not in zf.read("outbox.json")
    assert manifest["qt_version"] and manifest["app_version"]
    assert action.action.isEnabled()


def test_cancelling_the_dialog_does_nothing(
    window: QMainWindow, app_paths: AppPaths, monkeypatch
) -> None:
    errors: list[str] = []
    action = _action(window, app_paths, errors)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    action.action.trigger()
    assert not action.busy and errors == []


def test_a_failure_is_shown_in_german(
    qtbot, window: QMainWindow, app_paths: AppPaths, tmp_path: Path, monkeypatch
) -> None:
    errors: list[str] = []
    action = _action(window, app_paths, errors)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(blocker / "diag.zip"), "ZIP")
    )
    action.action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert errors[0].startswith("Das Diagnosepaket konnte nicht erstellt werden")
    assert not (blocker.parent / "diag.zip").exists()
    assert action.action.isEnabled()


def test_the_running_app_offers_it_in_the_help_menu(
    qtbot, start_app: Callable[[], AppContext]
) -> None:
    context = start_app()
    qtbot.waitUntil(lambda: context.sync_menu is not None, timeout=10000)
    menu = context.window.menuBar().findChild(QMenu, "helpMenu")
    assert menu is not None and menu.title() == "&Hilfe"
    names = [a.objectName() for a in menu.actions()]
    assert "diagnosticsAction" in names
    assert context.window.menuBar().actions()[-1] is menu.menuAction()  # Hilfe stays last
