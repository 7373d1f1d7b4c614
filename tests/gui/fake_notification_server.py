"""A stand-in for a desktop's notification daemon, run as a child process on a test bus.

    python fake_notification_server.py RECORD_FILE

Owns ``org.freedesktop.Notifications`` on the session bus named by DBUS_SESSION_BUS_ADDRESS,
answers Notify / GetCapabilities / GetServerInformation / CloseNotification as a real
server would, and appends every call (member, D-Bus signature, arguments) as one JSON line
to RECORD_FILE. A test "clicks" a notification by calling ``org.example.FakeNotifications.
Click(id)`` (or closes it with ``Dismiss(id)``): the server then emits ActionInvoked(id,
"default") / NotificationClosed(id, 2) like a desktop does. "ready" is printed on stdout
once the name is owned."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CONTROL = "org.example.FakeNotifications"
DO_NOT_QUEUE = 4
EMITTER = DBusAddress(PATH, interface=NAME)
INTROSPECTION = """<node><interface name="org.freedesktop.Notifications">
<method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="as" direction="in"/><arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
<arg type="u" direction="out"/></method>
<method name="CloseNotification"><arg type="u" direction="in"/></method>
<method name="GetCapabilities"><arg type="as" direction="out"/></method>
<method name="GetServerInformation"><arg type="s" direction="out"/><arg type="s" direction="out"/>
<arg type="s" direction="out"/><arg type="s" direction="out"/></method>
<signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
<signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
</interface></node>"""


def plain(value: Any) -> Any:
    """jeepney's variants are (signature, value) tuples; JSON wants lists."""
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def main() -> int:
    record = Path(sys.argv[1])
    conn = open_dbus_connection(bus="SESSION")
    owned = conn.send_and_get_reply(message_bus.RequestName(NAME, DO_NOT_QUEUE))
    if owned.body[0] != 1:  # not the primary owner
        print("name taken", flush=True)
        return 1
    print("ready", flush=True)
    next_id = 0
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        fields = msg.header.fields
        member = fields.get(HeaderFields.member, "")
        interface = fields.get(HeaderFields.interface, "")
        signature = fields.get(HeaderFields.signature, "")
        with record.open("a", encoding="utf-8") as out:
            line = {"member": member, "signature": signature, "args": plain(msg.body)}
            out.write(json.dumps(line) + "\n")
        if interface == CONTROL and member in ("Click", "Dismiss"):
            (notification_id,) = msg.body
            if member == "Click":
                conn.send(new_signal(EMITTER, "ActionInvoked", "us", (notification_id, "default")))
            conn.send(new_signal(EMITTER, "NotificationClosed", "uu", (notification_id, 2)))
            conn.send(new_method_return(msg))
        elif member == "Introspect":
            conn.send(new_method_return(msg, "s", (INTROSPECTION,)))
        elif member == "Notify":
            replaces = msg.body[1]
            if not replaces:
                next_id += 1
            conn.send(new_method_return(msg, "u", (replaces or next_id,)))
        elif member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (["actions", "body"],)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(msg, "ssss", ("fake", "tests", "1", "1.2")))
        elif member == "CloseNotification":
            conn.send(new_signal(EMITTER, "NotificationClosed", "uu", (msg.body[0], 3)))
            conn.send(new_method_return(msg))
        else:
            error = "org.freedesktop.DBus.Error.UnknownMethod"
            conn.send(new_error(msg, error, "s", (f"unknown: {member}",)))


if __name__ == "__main__":
    sys.exit(main())
