"""A real reference server on 127.0.0.1 (random port), spoken to over real HTTP."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop_app.domain.order import Address, Client, ClientType, LineItem, Order
from desktop_app.domain.order_json import order_to_json
from reference_server.accounts import create_user
from reference_server.app import create_app
from reference_server.context import ServerContext
from reference_server.in_thread import serve_in_thread

PASSWORD = "richtig-geheim"


@dataclass
class LiveServer:
    url: str
    context: ServerContext

    def api(self, path: str) -> str:
        return f"{self.url}/api/v1{path}"

    def login(self, email: str, password: str = PASSWORD) -> requests.Session:
        response = requests.post(
            self.api("/auth/login"), json={"email": email, "password": password}, timeout=10
        )
        assert response.status_code == 200, response.text
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        return session


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    app = create_app(tmp_path / "server.sqlite3", dev_clock=True)
    context: ServerContext = app.state.context
    with context.db.session() as session:
        create_user(
            session,
            "anna@example.org",
            PASSWORD,
            "member",
            "M-1",
            "Anna",
            {"B-1": "Persönliches Budget"},
        )
        create_user(
            session, "ben@example.org", PASSWORD, "member", "M-2", "Ben", {"B-2": "Budget Ben"}
        )
        create_user(session, "staff@example.org", PASSWORD, "staff")
        create_user(session, "support@example.org", PASSWORD, "support")
    running = serve_in_thread(app)
    yield LiveServer(running.url, context)
    running.stop()
    context.db.dispose()


def valid_domain_order(today: date, budget: str = "B-1") -> Order:
    """A complete order as the app drafts it (a fresh id each time)."""
    return Order(
        id=uuid.uuid4(),
        budget=budget,
        client=Client(
            ClientType.BUSINESS_EU_VAT,
            "Stadttheater Kassel gGmbH",
            Address("Friedrichsplatz 15", "34117", "Kassel", "DE"),
            "DE123456789",
        ),
        contact_name="Jana Weber",
        contact_email="jana.weber@example.org",
        order_description="Bühnenbild Frühjahrsproduktion",
        service_description="Entwurf und Bau des Bühnenbilds",
        service_start=today + timedelta(days=20),
        service_end=today + timedelta(days=40),
        line_items=(LineItem("Bühnenbild", Decimal(1), "Pauschal", 320000),),
        invoice_dates=(today + timedelta(days=45),),
        offer_valid_until=today + timedelta(days=14),
    )


def valid_order(today: date, budget: str = "B-1", **fields: Any) -> dict[str, Any]:
    """The same order in its wire form, with ``fields`` overriding members."""
    document = order_to_json(valid_domain_order(today, budget))
    document.update(fields)
    return document
