"""Notifications over a real D-Bus session bus: a private dbus-daemon, a child process that
owns org.freedesktop.Notifications and records every call, and the app on a synced
profile. The right notifications arrive exactly once — not again after a restart — and the
server's ActionInvoked(id, "default") opens the order in the window."""

from __future__ import annotations

import json
import select
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.app import AppContext
from desktop_app.gui.sync_controller import SyncStatus
from desktop_app.platform.paths import AppPaths
from desktop_app.services.changes import Changes
from desktop_app.storage.migrate import prepare_database
from desktop_app.storage.order_store import OrderStore
from tests.gui.conftest import restart
from tests.unit.notification_fixtures import CONFIRMED, REJECTED, Feed, history, news

DBUS_DAEMON = shutil.which("dbus-daemon")
pytestmark = pytest.mark.skipif(
    DBUS_DAEMON is None,
    reason="dbus-daemon is not installed (Debian package dbus-daemon; .ci/run installs it)",
)
SERVER = Path(__file__).with_name("fake_notification_server.py")
CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def first_line(process: subprocess.Popen[str], timeout: float = 10) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, "the child process printed nothing"
    return process.stdout.readline().strip()


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@dataclass
class NotificationServer:
    address: str
    record: Path

    def calls(self, member: str = "Notify") -> list[dict]:  # type: ignore[type-arg]
        if not self.record.exists():
            return []
        lines = self.record.read_text(encoding="utf-8").splitlines()
        return [c for c in map(json.loads, lines) if c["member"] == member]

    def summaries(self) -> list[str]:
        return [c["args"][3] for c in self.calls()]

    def click(self, notification_id: int) -> None:
        """What the desktop does when the person clicks the notification."""
        from jeepney import DBusAddress, new_method_call  # Linux only, like the bus
        from jeepney.io.blocking import open_dbus_connection

        target = DBusAddress(
            "/org/freedesktop/Notifications",
            bus_name="org.freedesktop.Notifications",
            interface="org.example.FakeNotifications",
        )
        with open_dbus_connection(self.address) as connection:
            message = new_method_call(target, "Click", "u", (notification_id,))
            connection.send_and_get_reply(message, timeout=5)


@pytest.fixture
def session_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    folder = tmp_path / "bus"
    folder.mkdir()
    config = tmp_path / "session.conf"
    config.write_text(CONFIG.format(folder=folder), encoding="utf-8")
    assert DBUS_DAEMON is not None
    daemon = subprocess.Popen(
        [DBUS_DAEMON, f"--config-file={config}", "--print-address=1", "--nofork"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        address = first_line(daemon)
        assert address.startswith("unix:")
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        stop(daemon)


@pytest.fixture
def server(session_bus: str, tmp_path: Path) -> Iterator[NotificationServer]:
    record = tmp_path / "calls.jsonl"
    child = subprocess.Popen(
        [sys.executable, str(SERVER), str(record)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert first_line(child) == "ready"
        yield NotificationServer(session_bus, record)
    finally:
        stop(child)


def test_notifications_arrive_once_survive_a_restart_and_open_the_order(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    app_paths: AppPaths,
    server: NotificationServer,
) -> None:
    prepare_database(app_paths.database, app_paths.backups_dir)
    store = OrderStore(app_paths.database)
    history(Feed(store))  # a profile that pulled before: an offer ends tomorrow, a draft
    store.dispose()

    context = start_app()
    qtbot.waitUntil(lambda: context.notifications is not None, timeout=10000)
    notifications = context.notifications
    assert notifications is not None
    # The start: what is due is summarised; the month-old confirmation is history.
    qtbot.waitUntil(lambda: len(server.calls()) == 1, timeout=10000)
    (start,) = server.calls()
    assert start["signature"] == "susssasa{sv}i"
    app_name, replaces, _icon, summary, body, actions, hints, timeout = start["args"]
    assert (app_name, replaces, timeout) == ("Smart Aufträge", 0, -1)
    assert summary == "2 Neuigkeiten seit dem letzten Start"
    assert body.splitlines() == [
        "Neuer Rechnungsentwurf: Workshop Gestaltung",
        "Angebot läuft morgen ab: Ausstellung Plakat",
    ]
    assert actions == ["default", "Auftrag öffnen"]
    assert hints == {"desktop-entry": ["s", "smart-orders"]}

    # The first sync round ends the catch-up; the next one brings two events.
    assert context.sync_menu is not None
    sync = context.sync_menu.sync
    sync.status_changed.emit(SyncStatus(outcome="ok"))
    qtbot.waitUntil(lambda: not notifications.catching_up, timeout=2000)
    news(Feed(context.store))
    sync.changed.emit(Changes(orders_saved=frozenset({CONFIRMED, REJECTED})))
    qtbot.waitUntil(lambda: len(server.calls()) == 3, timeout=10000)
    assert server.summaries()[1:] == ["Kund*in hat bestätigt", "Smart hat abgelehnt"]
    assert server.calls()[2]["args"][4] == "Möbelverkauf wurde abgelehnt. Grund: Warenverkauf"
    sync.changed.emit(Changes())  # another round without news: nothing more
    qtbot.waitUntil(lambda: notifications.timer.isActive(), timeout=5000)

    # The desktop reports a click on "Kund*in hat bestätigt" (the server's id 2).
    context.navigation.tabs.setCurrentIndex(0)  # type: ignore[union-attr]
    server.click(2)
    qtbot.waitUntil(lambda: context.window.page.current_order_id() == CONFIRMED, timeout=5000)
    navigation = context.navigation
    assert navigation is not None
    assert navigation.tabs.currentIndex() == navigation.orders_index
    assert [c["args"] for c in server.calls("Click")] == [[2]]

    # A restart on the same profile: nothing is notified again.
    context = restart(context, start_app)
    qtbot.waitUntil(lambda: context.notifications is not None, timeout=10000)
    again = context.notifications
    assert again is not None
    qtbot.waitUntil(lambda: again.timer.isActive(), timeout=5000)  # its start round ran
    assert again.centre.entries == []
    assert server.summaries() == [
        "2 Neuigkeiten seit dem letzten Start",
        "Kund*in hat bestätigt",
        "Smart hat abgelehnt",
    ]
