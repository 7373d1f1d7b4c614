"""The simulation helper plays Smart and the client over HTTP, as a demo needs it."""

from __future__ import annotations

import uuid

import pytest

from reference_server.simulation import Simulation, SimulationError, main

from .conftest import PASSWORD, LiveServer, valid_order


def _submit(server: LiveServer, **fields: object) -> str:
    anna = server.login("anna@example.org")
    body = valid_order(server.context.clock.today(), **fields)
    response = anna.post(
        server.api("/orders"), json=body, headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=10
    )
    assert response.status_code == 201, response.text
    return str(body["id"])


def _status(server: LiveServer, order_id: str) -> str:
    staff = server.login("staff@example.org")
    return str(staff.get(server.api(f"/orders/{order_id}"), timeout=10).json()["status"])


def test_approve_all_then_the_client_accepts_and_time_passes(live_server: LiveServer) -> None:
    simulation = Simulation(live_server.url, ("staff@example.org", PASSWORD))
    first, second = _submit(live_server), _submit(live_server)
    assert sorted(simulation.approve_all()) == sorted([first, second])
    assert simulation.approve_all() == []
    assert [o["id"] for o in simulation.orders("client_confirmation")] != []
    simulation.client_accept(first)
    simulation.client_reject(second, "Kein Budget mehr in diesem Jahr.")
    assert (_status(live_server, first), _status(live_server, second)) == ("active", "rejected")
    before = live_server.context.clock.today()
    simulation.advance(days=40)
    assert (live_server.context.clock.today() - before).days == 40
    invoices = live_server.login("anna@example.org").get(live_server.api("/invoices"), timeout=10)
    assert [i["status"] for i in invoices.json()["invoices"]] == ["draft"]


def test_staff_list_is_staff_only_and_errors_are_reported(live_server: LiveServer) -> None:
    anna = live_server.login("anna@example.org")
    assert anna.get(live_server.api("/staff/orders"), timeout=10).status_code == 403
    wrong = Simulation(live_server.url, ("staff@example.org", "falsch"))
    with pytest.raises(SimulationError, match="401"):
        wrong.approve_all()
    assert main(["--url", live_server.url, "--staff-password", PASSWORD, "approve-all"]) == 1
    assert (
        main(
            [
                "--url",
                live_server.url,
                "--staff-email",
                "staff@example.org",
                "--staff-password",
                PASSWORD,
                "approve-all",
            ]
        )
        == 0
    )
