"""Steps shared by the invoice and time-rule tests: orders in a given status, the dev clock
moved to a Berlin day, invoices and events read back over HTTP."""

from __future__ import annotations

import math
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

import requests

from reference_server.clock import BERLIN

from .conftest import LiveServer, valid_order


class Person(requests.Session):
    """A signed-in user that signs in again when the moved clock expired the access token,
    as the desktop app refreshes its token."""

    def __init__(self, server: LiveServer, email: str) -> None:
        super().__init__()
        self._server = server
        self._email = email
        self._sign_in()

    def _sign_in(self) -> None:
        self.headers["Authorization"] = self._server.login(self._email).headers["Authorization"]

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        response = super().request(method, url, *args, **kwargs)
        if response.status_code == 401 and response.json().get("code") == "token_expired":
            self._sign_in()
            response = super().request(method, url, *args, **kwargs)
        return response


def days(server: LiveServer, offset: int) -> date:
    """The Berlin day ``offset`` days after the server's today."""
    return server.context.clock.today() + timedelta(days=offset)


def member_command(
    client: requests.Session,
    server: LiveServer,
    path: str,
    body: dict[str, Any] | None = None,
    key: str | None = None,
) -> requests.Response:
    headers = {"Idempotency-Key": key or str(uuid.uuid4())}
    return client.post(server.api(path), json=body or {}, headers=headers, timeout=10)


def submit(server: LiveServer, member: str = "anna@example.org", **fields: Any) -> str:
    budget = "B-1" if member.startswith("anna") else "B-2"
    body = valid_order(server.context.clock.today(), budget, **fields)
    response = member_command(server.login(member), server, "/orders", body)
    assert response.status_code == 201, response.text
    return str(body["id"])


def approved(server: LiveServer, member: str = "anna@example.org", **fields: Any) -> str:
    """An order approved by staff: active when ``skip_client_confirmation`` is given."""
    order_id = submit(server, member, **fields)
    staff = server.login("staff@example.org")
    response = staff.post(server.api(f"/staff/orders/{order_id}/approve"), timeout=10)
    assert response.status_code == 200, response.text
    return order_id


def active_order(server: LiveServer, member: str = "anna@example.org", **fields: Any) -> str:
    return approved(server, member, skip_client_confirmation=True, **fields)


def planned(server: LiveServer, *offsets: int) -> list[str]:
    """Invoice dates ``offsets`` days from today, as the wire format wants them."""
    return [days(server, offset).isoformat() for offset in offsets]


def advance_to(server: LiveServer, day: date) -> None:
    """Move the server clock to noon (Berlin) of ``day`` through POST /api/v1/dev/clock."""
    target = datetime.combine(day, time(12), tzinfo=BERLIN)
    seconds = math.ceil((target - server.context.clock.now()).total_seconds())
    if seconds < 0 and server.context.clock.today() == day:
        seconds = 0  # already that day, past noon (real time runs on during the test)
    assert seconds >= 0, "the clock only moves forward"
    response = requests.post(server.api("/dev/clock"), json={"seconds": seconds}, timeout=10)
    assert response.status_code == 200, response.text
    assert server.context.clock.today() == day


def invoices(client: requests.Session, server: LiveServer, order_id: str) -> list[dict[str, Any]]:
    response = client.get(server.api("/invoices"), params={"order_id": order_id}, timeout=10)
    assert response.status_code == 200, response.text
    return list(response.json()["invoices"])


def statuses(client: requests.Session, server: LiveServer, order_id: str) -> list[str]:
    return [invoice["status"] for invoice in invoices(client, server, order_id)]


def order_status(client: requests.Session, server: LiveServer, order_id: str) -> str:
    return str(client.get(server.api(f"/orders/{order_id}"), timeout=10).json()["status"])


def events(client: requests.Session, server: LiveServer, order_id: str) -> list[dict[str, Any]]:
    feed = client.get(server.api("/changes"), params={"limit": 500}, timeout=10).json()
    return [event for event in feed["events"] if event["order_id"] == order_id]


def timeline(client: requests.Session, server: LiveServer, order_id: str) -> list[tuple]:
    """(type, actor, order status after, invoice id) of each of the order's events."""
    return [
        (e["type"], e["actor_role"], e["status_to"], e["invoice_id"])
        for e in events(client, server, order_id)
    ]
