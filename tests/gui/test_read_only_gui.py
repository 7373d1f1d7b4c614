"""Read-only (inspection) mode in the window: banner, no data-changing action, a locked
editor without autosave, no sync; and --inspect of a diagnostics bundle."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar

from desktop_app.app import AppContext, build
from desktop_app.gui.invoice_page import InvoicePage
from desktop_app.platform.clock import FixedClock
from desktop_app.platform.credentials import MemoryCredentials
from desktop_app.platform.paths import AppPaths
from desktop_app.platform.settings import Settings
from desktop_app.services.diagnostics import create_bundle, open_bundle
from desktop_app.storage.read_only import open_read_only

from ..unit.test_read_only import ACTIVE, DRAFT, fill_profile, fingerprint

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def profile(app_paths: AppPaths, clock: FixedClock) -> AppPaths:
    fill_profile(app_paths, clock)
    return app_paths


@pytest.fixture
def start_read_only(qtbot, clock: FixedClock, german: None) -> Iterator[Callable[..., AppContext]]:
    started: list[AppContext] = []

    def start(paths: AppPaths, inspected: str | None = None) -> AppContext:
        store = open_read_only(paths.database)
        context = build(
            paths, Settings(), clock, store, credentials=MemoryCredentials(), inspected=inspected
        )
        context.window.editor._autosave.setInterval(50)
        qtbot.addWidget(context.window)
        with qtbot.waitSignal(context.window.controller.loaded, timeout=5000):
            context.window.show()
            context.window.controller.load_all()
        qtbot.waitUntil(lambda: context.settings_action is not None, timeout=10000)
        started.append(context)
        return context

    yield start
    for context in started:
        context.window.close()
        context.shutdown()


def _harmless(context: AppContext) -> set[QAction]:
    """The actions that change no data: looking, finding, navigating, leaving."""
    window = context.window
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    kept = {
        window.find_action,
        window.check_action,  # shows the draft's problems; saves nothing
        window.quit_action,
        window.about_action,
        toolbar.toggleViewAction(),
    }
    if context.read_only is not None:
        kept.add(context.read_only.banner_action)  # holds the banner label
    diagnostics = window.findChild(QAction, "diagnosticsAction")
    if diagnostics is not None:
        kept.add(diagnostics)  # writes a zip where the person chooses; reads the profile
    calendar = window.findChild(QAction, "calendarExportAction")
    if calendar is not None:
        kept.add(calendar)  # writes an .ics where the person chooses; reads the profile
    for action in window.findChildren(QAction):
        if action.isSeparator() or action.menu() is not None:
            kept.add(action)  # a separator or a menu's own title
        elif action.objectName().startswith(("pageShortcut", "_q_qlineedit")):
            kept.add(action)  # switching pages, clearing a search field
    return kept


def _assert_nothing_writes(context: AppContext) -> None:
    harmless = _harmless(context)
    offending = [
        action.text() or action.objectName()
        for action in context.window.findChildren(QAction)
        if action not in harmless and action.isEnabled() and action.isVisible()
    ]
    assert offending == []


def test_read_only_window_offers_nothing_that_writes(
    qtbot, profile: AppPaths, start_read_only
) -> None:
    before = fingerprint(profile)
    context = start_read_only(profile)
    window = context.window
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert banner.text() == "Nur-Lesen – Inspektionsmodus"
    assert "Nur-Lesen" in window.windowTitle()
    assert window.page.model.total == 2
    _assert_nothing_writes(context)
    # The refused actions are known by name, so the list above cannot be empty by mistake.
    menu = context.sync_menu
    assert menu is not None and context.settings_action is not None
    for refused in (
        window.new_action,
        window.save_action,
        window.delete_action,
        window.duplicate_action,
        menu.submit_action,
        menu.comment_action,
        menu.cancel_order_action,
        menu.sync_action,
        menu.login_action,
        context.settings_action.action,
    ):
        assert not refused.isEnabled() and not refused.isVisible()
    # No sync: no timer, no round, and the services refuse one anyway.
    assert not menu.sync._timer.isActive()
    assert not menu.sync.status.running

    # Selecting an order makes the window re-evaluate its actions: still nothing writes.
    for order_id in (DRAFT, ACTIVE):
        with qtbot.waitSignal(window.editor.order_shown, timeout=5000):
            window.page.select(order_id)
        qtbot.waitUntil(lambda: window.editor.order is not None)
        assert not window.editor.form.isEnabled()
        _assert_nothing_writes(context)
    # Typing into the (draft's) editor changes nothing, so nothing is autosaved.
    with qtbot.waitSignal(window.editor.order_shown, timeout=5000):
        window.page.select(DRAFT)
    field = window.editor.ui.contactNameEdit
    assert isinstance(field, QLineEdit)
    text = field.text()
    qtbot.keyClicks(field, "xyz")
    assert field.text() == text
    assert not window.editor.is_dirty
    assert not window.editor._autosave.isActive()
    window.save_action.trigger()  # disabled: does nothing
    context.ops.wait_for_done()
    invoice_page = window.findChild(InvoicePage)
    assert invoice_page is not None
    for button in (invoice_page.change_button, invoice_page.send_button):
        assert button.isHidden()
    window.close()
    context.shutdown()
    assert fingerprint(profile) == before
    assert not profile.running_marker.exists()


def test_inspect_shows_the_bundle_read_only(
    qtbot, profile: AppPaths, start_read_only, tmp_path: Path
) -> None:
    bundle = create_bundle(profile, tmp_path / "support-anna.zip", "test", "6")
    paths = open_bundle(bundle, tmp_path / "unpacked")
    context = start_read_only(paths, inspected=bundle.name)
    banner = context.window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None
    assert banner.text() == "Nur-Lesen – Inspektion von support-anna.zip"
    assert context.window.page.model.total == 2
    _assert_nothing_writes(context)


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--lang", "de", *args, "--quit-after-load"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_command_line_read_only_and_inspect(profile: AppPaths, tmp_path: Path) -> None:
    before = fingerprint(profile)
    profile_dir = profile.data_dir.parent
    shown = _run_cli("--profile", str(profile_dir), "--read-only")
    assert shown.returncode == 0, shown.stderr
    assert "orders=2" in shown.stdout
    assert fingerprint(profile) == before
    assert not profile.running_marker.exists()

    bundle = create_bundle(profile, tmp_path / "bundle.zip", "test", "6")
    inspected = _run_cli("--inspect", str(bundle))
    assert inspected.returncode == 0, inspected.stderr
    assert "orders=2" in inspected.stdout

    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    refused = _run_cli("--inspect", str(broken))
    assert refused.returncode == 2
    assert "Das Diagnosepaket broken.zip lässt sich nicht öffnen" in refused.stderr

    empty = _run_cli("--profile", str(tmp_path / "no-profile"), "--read-only")
    assert empty.returncode == 2
    assert "Nur-Lesen nicht möglich" in empty.stderr
    assert not (tmp_path / "no-profile" / "data" / "orders.sqlite3").exists()
