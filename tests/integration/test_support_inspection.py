"""Support looks up a member and browses its orders read-only; the member sees that."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from desktop_app.domain.status import OrderStatus
from desktop_app.platform.clock import Clock
from desktop_app.services.account import LoginError
from desktop_app.services.support import SupportInspection
from desktop_app.storage.database import Database
from desktop_app.storage.order_repository import OrderRepository

from .conftest import PASSWORD, LiveServer, valid_order


def _submit_two(server: LiveServer) -> list[str]:
    anna = server.login("anna@example.org")
    ids = []
    for _ in range(2):
        body = valid_order(server.context.clock.today())
        response = anna.post(
            server.api("/orders"),
            json=body,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=10,
        )
        assert response.status_code == 201
        ids.append(str(body["id"]))
    staff = server.login("staff@example.org")
    assert staff.post(server.api(f"/staff/orders/{ids[0]}/approve"), timeout=10).ok
    return ids


def test_support_snapshot_of_a_member(live_server: LiveServer, tmp_path: Path) -> None:
    ids = _submit_two(live_server)
    inspection = SupportInspection(Clock())
    inspection.login(live_server.url, "support@example.org", PASSWORD)
    (member,) = inspection.find_members("M-1")
    assert (member.display_name, member.email) == ("Anna", "anna@example.org")

    snapshot = inspection.snapshot(member, tmp_path / "anna")
    assert (snapshot.orders, snapshot.events) == (2, 3)
    db = Database(snapshot.paths.database)
    try:
        statuses = {
            str(o.id): o.status
            for o in map(OrderRepository(db).get, map(uuid.UUID, ids))
            if o is not None
        }
    finally:
        db.dispose()
    assert statuses == {ids[0]: OrderStatus.CLIENT_CONFIRMATION, ids[1]: OrderStatus.SMART_REVIEW}

    anna = live_server.login("anna@example.org")
    feed = anna.get(live_server.api("/changes"), timeout=10).json()
    seen = sorted(e["order_id"] for e in feed["events"] if e["type"] == "support_inspected")
    assert seen == sorted(ids)  # the member sees that support looked


def test_only_support_accounts_may_inspect(live_server: LiveServer) -> None:
    inspection = SupportInspection(Clock())
    with pytest.raises(LoginError) as refused:
        inspection.login(live_server.url, "anna@example.org", PASSWORD)
    assert refused.value.code == "not_support"
    with pytest.raises(LoginError):
        inspection.find_members("M-1")


@pytest.mark.slow
def test_the_support_command_opens_the_member_read_only(live_server: LiveServer) -> None:
    _submit_two(live_server)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SMART_ORDERS_PASSWORD": PASSWORD}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--quit-after-load",
            "support",
            "--server",
            live_server.url,
            "--email",
            "support@example.org",
            "--member",
            "M-1",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Anna (M-1): 2 Aufträge, nur lesend geöffnet." in result.stdout
    assert "orders=2" in result.stdout  # the read-only window listed both
