"""Desktop notifications over the session D-Bus (org.freedesktop.Notifications): GNOME,
KDE and the others show them, with or without a tray.

Why jeepney and not QtDBus: the Notify call needs a uint32 argument (replaces_id), and
PySide6's QtDBus cannot marshal one (a Python int goes out as int32, QDBusArgument << int
as uint16); GDBus-based servers such as GNOME Shell refuse the call for that signature.
jeepney (pure Python, already installed with keyring on Linux) builds the message exactly.
Every bus call runs on one worker thread with a short timeout; answers and the server's
signals come back to the GUI thread through queued Qt signals, so the GUI never waits.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from queue import Queue
from typing import Any

from PySide6.QtCore import QObject, Signal

from .notification_backend import Backend

log = logging.getLogger(__name__)

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_S = 2.0
DESKTOP_ENTRY = "smart-orders"


def bus_available() -> bool:
    """A session bus this process was given (Linux and BSDs; never an autolaunch). No
    file is touched here (GUI thread): a missing jeepney fails on the worker, and the
    notification falls back to the next way."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    # Desktop sessions (GNOME, KDE, ... under systemd or dbus-launch) export the address.
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))


def _address() -> str:
    return os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")


class FreedesktopNotifications(Backend):
    """``notify(entry, title, body)`` shows a notification; ``clicked(entry)`` when the
    person clicks it (the "default" action); ``failed(entry)`` when it could not be shown
    (then the caller falls back to the next way)."""

    shown = Signal(int, int)  # entry, the server's notification id
    _answered = Signal(int, int)  # worker thread -> GUI thread
    _refused = Signal(int, str)
    _signalled = Signal(str, int, str)  # member, notification id, action

    def __init__(self, app_name: str, open_text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._open_text = open_text
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="notifications-dbus")
        self._router: Any = None  # jeepney DBusRouter, used on the worker thread only
        self._connection: Any = None
        self._signals: Queue[Any] = Queue(maxsize=100)
        self._entries: dict[int, int] = {}  # notification id -> entry (GUI thread)
        self._closed = False
        self._answered.connect(self._on_answered)
        self._refused.connect(self._on_refused)
        self._signalled.connect(self._on_signalled)

    def notify(self, entry: int, title: str, body: str) -> None:
        if self._closed:
            self.failed.emit(entry)
            return
        self._worker.submit(self._notify, entry, title, body)

    def close(self) -> None:
        """Stop the worker and the listener (does not wait for a call in flight);
        idempotent."""
        if self._closed:
            return
        self._closed = True
        self._worker.submit(self._disconnect)
        self._worker.shutdown(wait=False)

    # -- worker thread ----------------------------------------------------------------------
    def _notify(self, entry: int, title: str, body: str) -> None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        try:
            router = self._connect()
            target = DBusAddress(PATH, bus_name=NAME, interface=NAME)
            hints = {"desktop-entry": ("s", DESKTOP_ENTRY)}
            actions = ["default", self._open_text]
            message = new_method_call(
                target,
                "Notify",
                "susssasa{sv}i",
                (self._app_name, 0, DESKTOP_ENTRY, title, body, actions, hints, -1),
            )
            reply = router.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
            (notification_id,) = unwrap_msg(reply)
        except Exception as exc:  # any failure means: show it the next way
            self._refused.emit(entry, repr(exc))
            return
        self._answered.emit(entry, int(notification_id))

    def _connect(self) -> Any:
        if self._router is not None:
            return self._router
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus
        from jeepney.io.threading import DBusRouter, open_dbus_connection

        connection = open_dbus_connection(_address())
        router = DBusRouter(connection)
        rule = MatchRule(type="signal", sender=NAME, interface=NAME, path=PATH)
        router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        # Locally the sender is the daemon's unique name: filter by interface and path.
        router.filter(MatchRule(type="signal", interface=NAME, path=PATH), queue=self._signals)
        threading.Thread(target=self._listen, name="notifications-signals", daemon=True).start()
        self._connection, self._router = connection, router
        return router

    def _listen(self) -> None:
        while True:
            message = self._signals.get()
            if message is None:
                return
            from jeepney import HeaderFields

            member = message.header.fields.get(HeaderFields.member, "")
            body = message.body
            action = body[1] if member == "ActionInvoked" and len(body) > 1 else ""
            if body:
                self._signalled.emit(str(member), int(body[0]), str(action))

    def _disconnect(self) -> None:
        self._signals.put(None)
        if self._router is not None:
            try:
                self._router.close()
                self._connection.close()
            except OSError as exc:
                log.info("closing the notification bus connection: %r", exc)
            self._router = None

    # -- GUI thread -------------------------------------------------------------------------
    def _on_answered(self, entry: int, notification_id: int) -> None:
        self._entries[notification_id] = entry
        self.shown.emit(entry, notification_id)

    def _on_refused(self, entry: int, why: str) -> None:
        log.warning("desktop notification failed, falling back: %s", why)
        self.broken = True
        self.failed.emit(entry)

    def _on_signalled(self, member: str, notification_id: int, action: str) -> None:
        if member == "ActionInvoked" and action == "default":
            entry = self._entries.get(notification_id)
            if entry is not None:
                self.clicked.emit(entry)
        elif member == "NotificationClosed":
            self._entries.pop(notification_id, None)
