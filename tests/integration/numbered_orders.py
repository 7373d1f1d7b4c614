"""Orders that differ in every field the member edits, for the reliability suites, and a
fingerprint of those fields as stored (so "nothing local was lost" is one comparison)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.order import Address, Client, ClientType, LineItem, Order

# Columns the server's copy may change: the status, the client's id in Smart's database and
# the time of the last change. Everything else in a local order is the member's and must stay.
SERVER_OWNED = frozenset({"status", "client_server_id", "updated_at"})


def numbered_order(n: int, budget: str, today: date, tag: str = "") -> Order:
    return Order.new(
        budget=budget,
        client=Client(
            ClientType.BUSINESS_EU_VAT,
            "Stadttheater Kassel gGmbH",
            Address("Friedrichsplatz 15", "34117", "Kassel", "DE"),
            "DE123456789",
        ),
        contact_name="Jana Weber",
        contact_email="jana.weber@example.org",
        order_description=f"Auftrag {tag} Nr. {n}\nBühnenbild, Teil {n}",
        service_description=f"Entwurf und Bau, Los {n}",
        service_start=today + timedelta(days=20 + n % 7),
        service_end=today + timedelta(days=40 + n % 11),
        line_items=(
            LineItem("Bühnenbild", Decimal(1), "Pauschal", 100_000 + n),
            LineItem("Stunden", Decimal(n % 9 + 1) / 2, "h", 6_500),
        ),
        invoice_dates=(today + timedelta(days=45 + n % 5),),
        offer_valid_until=today + timedelta(days=14),
        special_agreement=f"Vereinbarung {n}" if n % 3 == 0 else "",
    )


def member_fields(connection: sqlite3.Connection) -> dict[str, tuple[object, ...]]:
    """order id -> every member-owned column of the order and its child rows."""
    children: dict[str, list[tuple[object, ...]]] = defaultdict(list)
    for table in ("line_items", "invoice_dates", "attachments"):
        rows = connection.execute(f"SELECT order_id, * FROM {table} ORDER BY order_id, position")
        for row in rows:
            children[row[0]].append((table, *row[1:]))
    cursor = connection.execute("SELECT * FROM orders")
    names = [d[0] for d in cursor.description]
    keep = [i for i, name in enumerate(names) if name not in SERVER_OWNED]
    return {row[0]: (*(row[i] for i in keep), *children[row[0]]) for row in cursor.fetchall()}


def read_member_fields(database: Path) -> dict[str, tuple[object, ...]]:
    connection = sqlite3.connect(database)
    try:
        return member_fields(connection)
    finally:
        connection.close()
