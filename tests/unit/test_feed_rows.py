"""A feed page is stored with set-based upserts: what the server sends replaces the order
with its child rows and the invoice, while our first save and stored events stay."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.invoice import Invoice
from desktop_app.domain.order import LineItem
from desktop_app.domain.status import InvoiceStatus, OrderStatus
from desktop_app.domain.timeline import Actor, TimelineEvent
from desktop_app.platform.paths import AppPaths
from desktop_app.storage.database import Database
from desktop_app.storage.order_repository import OrderRepository
from desktop_app.storage.sync_repository import FeedPage, SyncRepository
from tests.unit.storage_fixtures import (
    MOMENT,
    child_row_counts,
    open_profile_database,
    sample_order,
)

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(app_paths: AppPaths) -> Iterator[Database]:
    database = open_profile_database(app_paths)
    yield database
    database.dispose()


def _invoice(order_id: str, status: InvoiceStatus) -> Invoice:
    return Invoice(
        id=f"{order_id}-1",
        order_id=order_id,
        number=1,
        status=status,
        invoice_date=date(2026, 12, 4),
        currency="EUR",
        net_cents=100000,
        vat_cents=19000,
        gross_cents=119000,
        contribution_cents=9000,
        vat_rate="standard",
        updated_at=NOW,
        lines=({"description": "Bühnenbild", "net_cents": 100000},),
    )


def _event(order_id: str, seq: int, reason: str = "") -> TimelineEvent:
    return TimelineEvent(
        order_id, "approved", Actor.STAFF, NOW, "smart_review", "active", reason, seq=seq
    )


def test_a_changed_order_replaces_its_rows_and_keeps_our_first_save(db: Database) -> None:
    synced = SyncRepository(lambda: db)
    local = sample_order()
    OrderRepository(db).save(local)
    order_id = str(local.id)
    assert child_row_counts(db.path, local.id) == (2, 2, 2)

    server_copy = replace(
        local,
        status=OrderStatus.ACTIVE,
        created_at=NOW,  # the server's submission time
        updated_at=NOW,
        line_items=(LineItem("Pauschale", Decimal(1), "Stück", 50_000),),
        invoice_dates=(date(2026, 12, 4),),
        attachments=(),
    )
    earlier = replace(server_copy, status=OrderStatus.CLIENT_CONFIRMATION)
    page = FeedPage(
        (earlier, server_copy),  # the same order twice in one page: the last one counts
        (_invoice(order_id, InvoiceStatus.DRAFT),),
        (_event(order_id, 1),),
        "1",
        NOW,
    )
    synced.apply_page(page, "anna")
    later = FeedPage(
        (server_copy,),
        (_invoice(order_id, InvoiceStatus.ISSUED),),
        (_event(order_id, 1, reason="changed"), _event(order_id, 2)),
        "2",
        NOW + timedelta(minutes=1),
    )
    synced.apply_page(later, "anna")

    stored = OrderRepository(db).get(local.id)
    assert stored is not None
    assert stored.status is OrderStatus.ACTIVE
    assert stored.line_items == server_copy.line_items
    assert stored.invoice_dates == (date(2026, 12, 4),)
    assert stored.attachments == ()
    assert stored.created_at == MOMENT  # our first save, not the server's
    assert stored.updated_at == NOW
    assert child_row_counts(db.path, local.id) == (1, 1, 0)
    (invoice,) = synced.invoices(order_id)
    assert invoice.status is InvoiceStatus.ISSUED
    events = synced.events_for(order_id)
    assert [(e.seq, e.reason) for e in events] == [(1, ""), (2, "")]  # stored events stay
    assert synced.cursor("anna") == "2"


def test_an_order_new_to_the_profile_is_inserted_with_the_server_times(db: Database) -> None:
    synced = SyncRepository(lambda: db)
    remote = sample_order(status=OrderStatus.SMART_REVIEW, created_at=NOW, updated_at=NOW)
    synced.apply_page(FeedPage((remote,), (), (_event(str(remote.id), 7),), "7", NOW), "anna")
    assert OrderRepository(db).get(remote.id) == remote
    conn = sqlite3.connect(db.path)
    try:
        title, net = conn.execute(
            "SELECT title, net_cents FROM orders WHERE id = ?", (str(remote.id),)
        ).fetchone()
    finally:
        conn.close()
    assert (title, net) == (remote.title, remote.net_cents)  # the list's derived columns


def _rows(path: Path, order_id: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        rows: list[tuple[object, ...]] = []
        for table in ("orders", "line_items", "invoice_dates", "attachments"):
            key = "id" if table == "orders" else "order_id"
            rows += conn.execute(f"SELECT * FROM {table} WHERE {key} = ?", (order_id,)).fetchall()
        return rows
    finally:
        conn.close()


def test_pulled_rows_are_stored_exactly_as_the_orm_stores_them(tmp_path: Path) -> None:
    # The feed writes plain SQL; dates and times must keep SQLAlchemy's storage format, or
    # sorting by them and reading them back would go wrong.
    order = sample_order(status=OrderStatus.ACTIVE, created_at=MOMENT, updated_at=NOW)
    by_orm = open_profile_database(AppPaths.for_profile(tmp_path / "orm"))
    by_feed = open_profile_database(AppPaths.for_profile(tmp_path / "feed"))
    try:
        OrderRepository(by_orm).save(order)
        SyncRepository(lambda: by_feed).apply_page(FeedPage((order,), (), (), "1", NOW), "a")
        stored = _rows(by_feed.path, str(order.id))
        assert stored == _rows(by_orm.path, str(order.id))
        assert len(stored) == 1 + 2 + 2 + 2
    finally:
        by_orm.dispose()
        by_feed.dispose()
