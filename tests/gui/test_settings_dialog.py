"""Einstellungen: a wrong rate is refused beside the field; saved values apply at once and
never overwrite the account stored meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from desktop_app.app import AppContext
from desktop_app.platform.settings import load_settings, save_settings


def test_settings_are_checked_saved_and_applied(qtbot, start_app: Callable[[], AppContext]) -> None:  # type: ignore[no-untyped-def]
    context = start_app()
    qtbot.waitUntil(lambda: context.settings_action is not None, timeout=10000)
    action = context.settings_action
    assert action is not None and action.action.shortcuts()
    action.open()
    dialog = action.dialog
    assert dialog is not None
    assert "nicht angemeldet" in dialog.secret_label.text()

    dialog.contribution_edit.setText("zwölf")
    dialog._on_save()
    assert dialog.contribution_error.isVisible() and dialog.isVisible()
    assert "0 bis 100" in dialog.contribution_error.text()

    # A login stored the account in the same file while the dialog was open.
    settings_file = context.paths.settings_file
    save_settings(settings_file, replace(load_settings(settings_file), account_email="a@b.de"))
    dialog.contribution_edit.setText("7,5")
    dialog.sync_spin.setValue(12)
    dialog.language_combo.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog._on_save()
    stored = load_settings(settings_file)
    assert (stored.contribution_percent, stored.sync_minutes, stored.language) == ("7.5", 12, "en")
    assert stored.account_email == "a@b.de"
    assert context.window.editor._contribution == Decimal("7.5")
    sync = context.sync_menu.sync if context.sync_menu else None
    assert sync is not None and sync._timer.interval() == 12 * 60_000
