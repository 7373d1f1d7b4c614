"""Notifications in the window without a desktop notification service: the in-app list
keeps them behind the bell with the unread count, a click opens the order; "Nicht stören"
suppresses popups but not the list; the settings save and reload."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QSystemTrayIcon

from desktop_app.app import AppContext, build
from desktop_app.gui.notification_backend import Backend
from desktop_app.gui.notification_centre import NotificationBell, NotificationCentre
from desktop_app.gui.notification_controller import NotificationController
from desktop_app.gui.ops import OpsRunner
from desktop_app.gui.settings_dialog import SettingsDialog
from desktop_app.platform.clock import FixedClock
from desktop_app.platform.credentials import MemoryCredentials
from desktop_app.platform.paths import AppPaths
from desktop_app.platform.settings import Settings, load_settings
from desktop_app.services.account import AccountState
from desktop_app.services.notifications import NotificationService
from desktop_app.storage.migrate import prepare_database
from desktop_app.storage.notification_log import NotificationLog
from desktop_app.storage.order_store import OrderStore
from desktop_app.storage.read_only import open_read_only
from desktop_app.storage.sync_repository import SyncRepository
from tests.unit.notification_fixtures import EXPIRING, Feed, history, news
from tests.unit.test_read_only import fingerprint


def synced_profile(paths: AppPaths) -> None:
    prepare_database(paths.database, paths.backups_dir)
    store = OrderStore(paths.database)
    history(Feed(store))
    store.dispose()


def test_without_dbus_or_tray_the_bell_lists_them_and_opens_the_order(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    app_paths: AppPaths,
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray either
    synced_profile(app_paths)
    context = start_app()
    qtbot.waitUntil(lambda: context.notifications is not None, timeout=10000)
    controller = context.notifications
    assert controller is not None
    centre = controller.centre
    qtbot.waitUntil(lambda: len(centre.entries) == 2, timeout=5000)
    bell = context.window.findChild(NotificationBell, "notificationBell")
    assert bell is not None and bell.isVisible()
    assert bell.text() == "2" and bell.toolTip() == "Benachrichtigungen: 2 ungelesen"
    assert [e.title for e in centre.entries] == [
        "Neuer Rechnungsentwurf",
        "Angebot läuft morgen ab",
    ]
    assert centre.entries[1].body == (
        "Ausstellung Plakat: gültig bis 28.11.2026, die Bestätigung der Kund*in fehlt noch."
    )

    qtbot.mouseClick(bell, Qt.MouseButton.LeftButton)
    panel = context.window.findChild(QObject, "notificationPanel")
    assert panel is not None
    qtbot.waitUntil(panel.isVisible, timeout=2000)  # type: ignore[attr-defined]
    item = panel.list.item(1)  # type: ignore[attr-defined]
    assert "Angebot läuft morgen ab" in item.text()
    rect = panel.list.visualItemRect(item)  # type: ignore[attr-defined]
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]
    page = context.window.page
    navigation = context.navigation
    assert navigation is not None
    qtbot.waitUntil(lambda: page.current_order_id() == EXPIRING, timeout=5000)
    assert navigation.tabs.currentIndex() == navigation.orders_index
    assert not panel.isVisible()  # type: ignore[attr-defined]
    assert centre.unread() == 0 and bell.text() == ""  # closing the list counts as read


class RecordingBackend(Backend):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[int, str, str]] = []

    def notify(self, entry: int, title: str, body: str) -> None:
        self.shown.append((entry, title, body))


@pytest.fixture
def notifier(qtbot, app_paths: AppPaths, clock: FixedClock, german: None):  # type: ignore[no-untyped-def]
    prepare_database(app_paths.database, app_paths.backups_dir)
    store = OrderStore(app_paths.database)
    history(Feed(store))
    ops = OpsRunner()
    service = NotificationService(
        store, SyncRepository(store.database), NotificationLog(store.database), clock
    )
    settings = {"now": Settings()}
    backend = RecordingBackend()
    centre = NotificationCentre()
    controller = NotificationController(
        service, ops, centre, [lambda: backend], lambda: settings["now"]
    )
    yield controller, backend, settings, store
    controller.close()
    ops.wait_for_done()
    store.dispose()


def test_do_not_disturb_suppresses_popups_not_the_list(qtbot, notifier) -> None:  # type: ignore[no-untyped-def]
    controller, backend, settings, store = notifier
    settings["now"] = replace(Settings(), do_not_disturb=True)
    controller.start()
    qtbot.waitUntil(lambda: len(controller.centre.entries) == 2, timeout=5000)
    assert backend.shown == []

    settings["now"] = Settings()
    controller.sync_round_finished()  # the first round after the start: catch-up over
    qtbot.waitUntil(lambda: not controller.catching_up, timeout=1000)
    news(Feed(store))
    controller.sync_changed()
    qtbot.waitUntil(lambda: len(controller.centre.entries) == 4, timeout=5000)
    assert [title for _id, title, _body in backend.shown] == [
        "Kund*in hat bestätigt",
        "Smart hat abgelehnt",
    ]
    assert backend.shown[1][2] == "Möbelverkauf wurde abgelehnt. Grund: Warenverkauf"


def test_catch_up_pops_one_summary_whose_click_opens_the_list(qtbot, notifier) -> None:  # type: ignore[no-untyped-def]
    controller, backend, _settings, _store = notifier
    controller.start()
    qtbot.waitUntil(lambda: len(backend.shown) == 1, timeout=5000)
    popup, title, body = backend.shown[0]
    assert title == "2 Neuigkeiten seit dem letzten Start"
    assert body.splitlines() == [
        "Neuer Rechnungsentwurf: Workshop Gestaltung",
        "Angebot läuft morgen ab: Ausstellung Plakat",
    ]
    with qtbot.waitSignal(controller.centre_requested, timeout=1000):
        backend.clicked.emit(popup)
    # A single notice's click opens its order.
    with qtbot.waitSignal(controller.order_requested, timeout=1000) as opened:
        backend.clicked.emit(controller.centre.entries[1].id)
    assert opened.args == [EXPIRING]


@pytest.fixture
def ops():  # type: ignore[no-untyped-def]
    """Outlives the test function: the dialogs are closed only after it returns."""
    runner = OpsRunner()
    yield runner
    runner.wait_for_done()


def test_notification_settings_save_and_reload(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths, german: None, ops: OpsRunner
) -> None:
    state = AccountState()
    dialog = SettingsDialog(Settings(), state, app_paths.settings_file, ops)
    qtbot.addWidget(dialog)
    box = dialog.notification_box
    assert not box.quiet_box.isChecked()
    assert (box.offer_spin.value(), box.invoice_spin.value()) == (2, 1)
    # Every label's mnemonic is unique in the dialog (keyboard access).
    texts = [w.text() for w in dialog.findChildren(QLabel)] + [box.quiet_box.text()]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t and not t.endswith("&")]
    assert len(keys) == len(set(keys)), keys
    box.quiet_box.setChecked(True)
    box.offer_spin.setValue(5)
    box.invoice_spin.setValue(3)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog._on_save()
    stored = load_settings(app_paths.settings_file)
    assert (stored.do_not_disturb, stored.notify_offer_days, stored.notify_invoice_days) == (
        True,
        5,
        3,
    )
    again = SettingsDialog(stored, state, app_paths.settings_file, ops)
    qtbot.addWidget(again)
    assert again.notification_box.quiet_box.isChecked()
    assert again.notification_box.offer_spin.value() == 5
    assert again.notification_box.invoice_spin.value() == 3


def test_out_of_range_lead_times_fall_back(app_paths: AppPaths) -> None:
    app_paths.settings_file.write_text(
        '{"notify_offer_days": 99, "notify_invoice_days": true, "do_not_disturb": 1}',
        encoding="utf-8",
    )
    stored = load_settings(app_paths.settings_file)
    assert (stored.notify_offer_days, stored.notify_invoice_days) == (2, 1)
    assert stored.do_not_disturb is False


def test_read_only_mode_starts_no_notifications_and_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, app_paths: AppPaths, clock: FixedClock, german: None
) -> None:
    synced_profile(app_paths)  # due notices exist: a normal start would deliver them
    before = fingerprint(app_paths)
    store = open_read_only(app_paths.database)
    context = build(app_paths, Settings(), clock, store, credentials=MemoryCredentials())
    qtbot.addWidget(context.window)
    with qtbot.waitSignal(context.window.controller.loaded, timeout=5000):
        context.window.show()
        context.window.controller.load_all()
    qtbot.waitUntil(lambda: context.settings_action is not None, timeout=10000)
    assert context.notifications is None
    assert context.window.findChild(NotificationBell) is None
    context.window.close()
    context.shutdown()
    assert fingerprint(app_paths) == before


def test_closing_twice_is_harmless_and_nothing_is_taken_after_close(qtbot, notifier) -> None:  # type: ignore[no-untyped-def]
    """Qt's aboutToQuit and the app's shutdown both close the notifier: the second close
    must not raise (a D-Bus worker already shut down did), and a check after closing must
    not mark notices delivered that nobody will see."""
    from desktop_app.gui.freedesktop_notifications import FreedesktopNotifications

    dbus = FreedesktopNotifications("Smart Orders", "Auftrag öffnen")
    dbus.close()
    dbus.close()

    controller, backend, _settings, store = notifier
    controller.close()
    controller.close()
    controller.check(catch_up=True)
    controller._ops.wait_for_done()
    assert controller.centre.entries == [] and backend.shown == []
    assert not NotificationLog(store.database).baselined()  # nothing was taken or marked
