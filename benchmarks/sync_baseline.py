"""Baselines for the sync benchmarks: the same HTTP exchanges with a bare requests.Session,
and the pulled rows stored with stdlib sqlite3 (executemany) in the app's own schema, one
transaction per page with its cursor — what the app does, minus every abstraction."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import requests

PAGE_SIZE = 200  # as desktop_app.services.sync.PAGE_SIZE

_ORDER_COLUMNS = [
    *("id", "status", "budget", "client_type", "client_legal_name", "client_street"),
    *("client_postal_code", "client_city", "client_country", "client_vat_id"),
    *("client_invoice_email", "client_server_id", "contact_name", "contact_email"),
    *("order_description", "service_description", "service_start", "service_end"),
    *("currency", "reduced_vat", "offer_valid_until", "skip_client_confirmation"),
    *("special_agreement", "created_at", "updated_at", "title", "net_cents"),
]
# An order met again (on a later page) is updated in full, except its first-seen time.
_ORDER = (
    f"INSERT INTO orders ({', '.join(_ORDER_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_ORDER_COLUMNS))}) ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _ORDER_COLUMNS if c not in ("id", "created_at"))
)
_LINE = "INSERT INTO line_items VALUES (?, ?, ?, ?, ?, ?)"
_DATE = "INSERT INTO invoice_dates VALUES (?, ?, ?)"
_INVOICE = "INSERT OR REPLACE INTO invoices VALUES (" + ", ".join(["?"] * 14) + ")"
_EVENT = "INSERT OR IGNORE INTO timeline_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
_STATE = "INSERT OR REPLACE INTO sync_state VALUES (?, ?)"
_INVOICE_KEYS = (
    *("id", "order_id", "number", "status", "invoice_date", "currency", "net_cents"),
    *("vat_cents", "gross_cents", "contribution_cents", "vat_rate"),
)
_INVOICE_END = ("change_request", "updated_at")
_EVENT_KEYS = (
    *("seq", "order_id", "type", "actor_role", "status_from", "status_to", "reason", "at"),
    "invoice_id",
)


def login(url: str, email: str, password: str) -> requests.Session:
    session = requests.Session()
    answer = session.post(
        f"{url}/api/v1/auth/login", json={"email": email, "password": password}, timeout=30
    )
    answer.raise_for_status()
    session.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
    return session


def pull(session: requests.Session, url: str, database: Path) -> int:
    """Every page of the feed into ``database`` (a migrated, empty profile); events stored."""
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    cursor, events = "0", 0
    try:
        while True:
            answer = session.get(
                f"{url}/api/v1/changes",
                params={"cursor": cursor, "limit": str(PAGE_SIZE)},
                timeout=60,
            )
            answer.raise_for_status()
            page = json.loads(answer.content)
            conn.execute("BEGIN IMMEDIATE")
            _store(conn, page)
            conn.execute("COMMIT")
            cursor = page["next_cursor"]
            events += len(page["events"])
            if not page["has_more"]:
                return events
    finally:
        conn.close()


def _store(conn: sqlite3.Connection, page: dict[str, Any]) -> None:
    orders = page["orders"]
    ids = [(o["id"],) for o in orders]
    for table in ("line_items", "invoice_dates", "attachments"):
        conn.executemany(f"DELETE FROM {table} WHERE order_id = ?", ids)
    conn.executemany(_ORDER, [_order_row(o) for o in orders])
    conn.executemany(
        _LINE,
        [
            (o["id"], i, li["description"], li["quantity"], li["unit"], li["unit_price_cents"])
            for o in orders
            for i, li in enumerate(o["line_items"])
        ],
    )
    conn.executemany(
        _DATE, [(o["id"], i, day) for o in orders for i, day in enumerate(o["invoice_dates"])]
    )
    conn.executemany(
        _INVOICE,
        [
            (*(v[k] for k in _INVOICE_KEYS), json.dumps(v["lines"]), *(v[k] for k in _INVOICE_END))
            for v in page["invoices"]
        ],
    )
    conn.executemany(_EVENT, [tuple(e[k] for k in _EVENT_KEYS) for e in page["events"]])
    conn.executemany(
        _STATE,
        [("cursor", page["next_cursor"]), ("server_time", page["server_time"])],
    )


def _order_row(o: dict[str, Any]) -> tuple[Any, ...]:
    client, address = o["client"], o["client"]["address"]
    net = sum(int(Decimal(li["quantity"]) * li["unit_price_cents"]) for li in o["line_items"])
    return (
        o["id"], o["status"], o["budget"], client["type"], client["legal_name"],
        address["street"], address["postal_code"], address["city"], address["country"],
        client["vat_id"], client["invoice_email"], client["id"], o["contact_name"],
        o["contact_email"], o["order_description"], o["service_description"],
        o["service_start"], o["service_end"], o["currency"], o["reduced_vat"],
        o["offer_valid_until"], o["skip_client_confirmation"], o["special_agreement"],
        o["submitted_at"], o["updated_at"], o["order_description"].split("\n")[0][:300], net,
    )  # fmt: skip


def push(session: requests.Session, url: str, documents: list[dict[str, Any]]) -> int:
    """POST every order document once, each with its own Idempotency-Key; the count sent."""
    sent = 0
    for n, document in enumerate(documents):
        answer = session.post(
            f"{url}/api/v1/orders",
            json=document,
            headers={"Idempotency-Key": f"baseline-{document['id']}-{n}"},
            timeout=60,
        )
        if answer.status_code not in (200, 201):
            raise RuntimeError(f"baseline POST refused: {answer.status_code} {answer.text}")
        sent += 1
    return sent
