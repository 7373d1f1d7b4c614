"""Play Smart's staff and the client against a running server — for demos and tests.

    python -m reference_server.simulation --url http://127.0.0.1:8765 approve-all
    python -m reference_server.simulation --url ... client-accept-all
    python -m reference_server.simulation --url ... advance 7

Everything goes over HTTP, exactly as Smart's back office and the client's browser would.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import requests

from .demo import DEMO_ACCOUNTS

TIMEOUT = (5.0, 30.0)


class SimulationError(Exception):
    pass


class Simulation:
    def __init__(
        self,
        base_url: str,
        staff: tuple[str, str] = DEMO_ACCOUNTS["staff"],
        session: requests.Session | None = None,
    ) -> None:
        self._base = base_url.rstrip("/") + "/api/v1"
        self._staff = staff
        self._http = session or requests.Session()
        self._token: str | None = None

    # -- Smart's back office --------------------------------------------------------------
    def orders(self, status: str | None = None) -> list[dict[str, Any]]:
        params = {"status": status} if status else {}
        return list(self._staff_call("GET", "/staff/orders", params=params)["orders"])

    def approve(self, order_id: str) -> dict[str, Any]:
        return self._staff_call("POST", f"/staff/orders/{order_id}/approve")

    def reject(self, order_id: str, reason: str) -> dict[str, Any]:
        return self._staff_call("POST", f"/staff/orders/{order_id}/reject", json={"reason": reason})

    def approve_all(self) -> list[str]:
        """Approve every order waiting for Smart; the ids approved."""
        ids = [o["id"] for o in self.orders("smart_review")]
        for order_id in ids:
            self.approve(order_id)
        return ids

    def decide_cancellations(self, approve: bool = True) -> list[str]:
        ids = [o["id"] for o in self.orders("cancellation_review")]
        for order_id in ids:
            if approve:
                self._staff_call("POST", f"/staff/orders/{order_id}/cancellation/approve")
            else:
                self._staff_call(
                    "POST",
                    f"/staff/orders/{order_id}/cancellation/decline",
                    json={"reason": "Der Auftrag wird wie vereinbart fortgeführt."},
                )
        return ids

    # -- the client, through the link in Smart's e-mail -----------------------------------
    def client_link(self, order_id: str) -> str:
        return str(self._staff_call("GET", f"/staff/orders/{order_id}/client-link")["token"])

    def client_accept(self, order_id: str) -> dict[str, Any]:
        return self._client_call(order_id, "accept", None)

    def client_reject(self, order_id: str, reason: str) -> dict[str, Any]:
        return self._client_call(order_id, "reject", {"reason": reason})

    def client_request_changes(self, order_id: str, comment: str) -> dict[str, Any]:
        return self._client_call(order_id, "request-changes", {"comment": comment})

    def client_accept_all(self) -> list[str]:
        ids = [o["id"] for o in self.orders("client_confirmation")]
        for order_id in ids:
            self.client_accept(order_id)
        return ids

    # -- time -----------------------------------------------------------------------------
    def advance(self, days: int = 0, seconds: int = 0) -> str:
        """Move the server clock forward (server started with --dev-clock)."""
        body = {"seconds": days * 86400 + seconds}
        return str(self._call("POST", "/dev/clock", json=body)["server_time"])

    # -- plumbing -------------------------------------------------------------------------
    def _client_call(self, order_id: str, verb: str, body: dict[str, str] | None) -> dict[str, Any]:
        token = self.client_link(order_id)
        return self._call("POST", f"/client-confirmations/{token}/{verb}", json=body or {})

    def _staff_call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        if self._token is None:
            email, password = self._staff
            tokens = self._call("POST", "/auth/login", json={"email": email, "password": password})
            self._token = str(tokens["access_token"])
        headers = {"Authorization": f"Bearer {self._token}"}
        try:
            return self._call(method, path, headers=headers, **kwargs)
        except SimulationError as exc:
            if "401" not in str(exc):
                raise
            self._token = None  # expired (the clock moved): log in again once
            return self._staff_call(method, path, **kwargs)

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        response = self._http.request(method, self._base + path, timeout=TIMEOUT, **kwargs)
        if response.status_code >= 400:
            raise SimulationError(f"{method} {path}: {response.status_code} {response.text}")
        return response.json() if response.content else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reference_server.simulation")
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--staff-email", default=DEMO_ACCOUNTS["staff"][0])
    parser.add_argument("--staff-password", default=DEMO_ACCOUNTS["staff"][1])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("approve-all", help="Smart approves every order under review")
    commands.add_parser("client-accept-all", help="every client confirms")
    commands.add_parser("cancellations", help="Smart approves every cancellation request")
    advance = commands.add_parser("advance", help="move the server clock forward")
    advance.add_argument("days", type=int)
    options = parser.parse_args(argv)
    simulation = Simulation(options.url, (options.staff_email, options.staff_password))
    try:
        if options.command == "approve-all":
            print("\n".join(simulation.approve_all()))
        elif options.command == "client-accept-all":
            print("\n".join(simulation.client_accept_all()))
        elif options.command == "cancellations":
            print("\n".join(simulation.decide_cancellations()))
        else:
            print(simulation.advance(days=options.days))
    except (SimulationError, requests.RequestException) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
