"""OrderRepository and Database: round trips, children, summaries, PRAGMAs, write locking."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError, OperationalError

from desktop_app.domain.order import AttachmentRef, Client, LineItem, Order
from desktop_app.domain.status import OrderStatus
from desktop_app.platform.paths import AppPaths
from desktop_app.storage import database as database_module
from desktop_app.storage.database import BUSY_TIMEOUT_MS, Database
from desktop_app.storage.order_repository import OrderRepository
from desktop_app.storage.records import LineItemRecord, OrderRecord
from tests.unit.storage_fixtures import (
    MOMENT,
    child_row_counts,
    open_profile_database,
    orders,
    sample_order,
)


@pytest.fixture
def db(app_paths: AppPaths) -> Iterator[Database]:
    database = open_profile_database(app_paths)
    yield database
    database.dispose()


@pytest.fixture
def repo(db: Database) -> OrderRepository:
    return OrderRepository(db)


def _assert_same_order(stored: Order | None, expected: Order) -> None:
    assert stored == expected
    # Decimal equality ignores the exponent ("1.50" == "1.5"); what was typed must survive.
    assert [str(i.quantity) for i in stored.line_items] == [
        str(i.quantity) for i in expected.line_items
    ]
    for moment in (stored.created_at, stored.updated_at):
        assert moment is not None and moment.utcoffset() is not None
        assert moment.utcoffset().total_seconds() == 0


# --- round trips ----------------------------------------------------------------------------


@settings(
    max_examples=50,
    deadline=None,
    # One database for the whole test on purpose: examples share it like a long-lived profile.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(first=orders, second=orders)
def test_save_get_round_trips_any_order_and_resave_replaces_children(
    db: Database, repo: OrderRepository, first: Order, second: Order
) -> None:
    repo.save(first)
    _assert_same_order(repo.get(first.id), first)
    assert child_row_counts(db.path, first.id) == (
        len(first.line_items),
        len(first.invoice_dates),
        len(first.attachments),
    )

    # The same order saved again with other content and other numbers of children.
    second = replace(second, id=first.id)
    repo.save(second)
    _assert_same_order(repo.get(first.id), second)
    assert child_row_counts(db.path, first.id) == (
        len(second.line_items),
        len(second.invoice_dates),
        len(second.attachments),
    )

    (summary,) = [s for s in repo.summaries() if s.id == first.id]
    assert summary.status is second.status
    assert summary.client_name == second.client.legal_name
    assert summary.title == second.title[:300]
    assert summary.net_cents == second.net_cents
    assert summary.currency == second.currency
    assert summary.updated_at == second.updated_at
    # group_concat has no defined order; the summary's users only take min/max.
    assert sorted(summary.invoice_dates) == sorted(second.invoice_dates)


def test_timestamps_in_other_zones_come_back_as_the_same_instant_in_utc(
    repo: OrderRepository,
) -> None:
    berlin = datetime(2026, 3, 29, 3, 30, 0, 123456, tzinfo=ZoneInfo("Europe/Berlin"))
    order = sample_order(created_at=berlin, updated_at=berlin)
    repo.save(order)
    stored = repo.get(order.id)
    assert stored is not None
    assert stored.created_at == berlin
    assert stored.created_at.tzinfo is UTC  # type: ignore[union-attr]
    assert stored.created_at == datetime(2026, 3, 29, 1, 30, 0, 123456, tzinfo=UTC)


def test_failed_write_rolls_back_and_frees_the_writer(db: Database, repo: OrderRepository) -> None:
    order = sample_order()
    repo.save(order)
    with pytest.raises(RuntimeError, match="boom"), db.write() as session:
        record = session.get(OrderRecord, str(order.id))
        assert record is not None
        record.budget = "half-done"
        record.line_items = []
        session.flush()
        raise RuntimeError("boom")
    _assert_same_order(repo.get(order.id), order)
    # The next write goes through (the writer lock and the SQLite lock were released).
    repo.save(replace(order, budget="next"))
    assert repo.get(order.id).budget == "next"  # type: ignore[union-attr]


def test_get_unknown_order_is_none(repo: OrderRepository) -> None:
    assert repo.get(uuid.uuid4()) is None


def test_resave_with_fewer_then_more_children(db: Database, repo: OrderRepository) -> None:
    order = sample_order()
    repo.save(order)
    _assert_same_order(repo.get(order.id), order)
    assert child_row_counts(db.path, order.id) == (2, 2, 2)

    fewer = replace(
        order,
        line_items=(LineItem("nur noch eins", Decimal("2"), "h", 5_000),),
        invoice_dates=(),
        attachments=order.attachments[1:],
    )
    repo.save(fewer)
    _assert_same_order(repo.get(order.id), fewer)
    assert child_row_counts(db.path, order.id) == (1, 0, 1)

    more = replace(
        fewer,
        line_items=tuple(LineItem(f"Posten {i}", Decimal(i), "", 100 * i) for i in range(5)),
        invoice_dates=(date(2027, 1, 1), date(2026, 12, 1), date(2027, 2, 1)),
        attachments=(*order.attachments, AttachmentRef("c" * 64, "c.jpg", 5, "image/jpeg")),
    )
    repo.save(more)
    stored = repo.get(order.id)
    assert stored == more
    assert [i.description for i in stored.line_items] == [f"Posten {i}" for i in range(5)]
    assert stored.invoice_dates == more.invoice_dates  # position order, not date order
    assert child_row_counts(db.path, order.id) == (5, 3, 3)
    assert repo.count() == 1


def test_save_many_stores_every_order(repo: OrderRepository) -> None:
    batch = [sample_order(order_description=f"Auftrag {i}") for i in range(10)]
    repo.save_many(batch)
    assert repo.count() == 10
    for order in batch:
        _assert_same_order(repo.get(order.id), order)


# --- summaries, delete, count ---------------------------------------------------------------


def test_summaries_show_client_title_net_and_dates(repo: OrderRepository) -> None:
    full = sample_order()
    bare = Order.new(created_at=MOMENT, updated_at=MOMENT, status=OrderStatus.ACTIVE)
    long_title = sample_order(
        order_description="   " + "x" * 400 + "  \nsecond line",
        client=Client(legal_name="Other Client"),
        line_items=(LineItem("half cent", Decimal("0.5"), "", 1),),  # 0.5 ct rounds up to 1
        invoice_dates=(date(2030, 1, 2),),
        currency="CHF",
    )
    for order in (full, bare, long_title):
        repo.save(order)

    by_id = {s.id: s for s in repo.summaries()}
    assert set(by_id) == {full.id, bare.id, long_title.id}

    s = by_id[full.id]
    assert s.client_name == "Müller & Söhne GmbH"
    assert s.title == "Workshop Gestaltung"
    # 1.5 × 800.00 + 3 × 19.99 = 1,259.97
    assert s.net_cents == 125_997
    assert s.currency == "EUR"
    assert s.status is OrderStatus.DRAFT
    assert sorted(s.invoice_dates) == [date(2026, 5, 15), date(2026, 6, 1)]
    assert s.updated_at == MOMENT

    s = by_id[bare.id]
    assert (s.client_name, s.title, s.net_cents, s.invoice_dates) == ("", "", 0, ())
    assert s.status is OrderStatus.ACTIVE

    s = by_id[long_title.id]
    assert s.title == "x" * 300
    assert s.client_name == "Other Client"
    assert s.net_cents == 1
    assert s.currency == "CHF"
    assert s.invoice_dates == (date(2030, 1, 2),)


def test_summaries_follow_a_resave(repo: OrderRepository) -> None:
    order = sample_order()
    repo.save(order)
    repo.save(replace(order, order_description="Neuer Titel", invoice_dates=(), line_items=()))
    (s,) = repo.summaries()
    assert (s.title, s.net_cents, s.invoice_dates) == ("Neuer Titel", 0, ())


def test_delete_removes_order_and_children_by_cascade(db: Database, repo: OrderRepository) -> None:
    doomed, kept = sample_order(), sample_order()
    repo.save(doomed)
    repo.save(kept)
    assert repo.count() == 2

    assert repo.delete(doomed.id) is True
    assert repo.get(doomed.id) is None
    # The repository deletes only the order row: the children go by ON DELETE CASCADE,
    # which SQLite honours only with foreign_keys=ON.
    assert child_row_counts(db.path, doomed.id) == (0, 0, 0)
    assert child_row_counts(db.path, kept.id) == (2, 2, 2)
    assert repo.get(kept.id) == kept
    assert repo.count() == 1

    assert repo.delete(doomed.id) is False
    assert repo.delete(uuid.uuid4()) is False
    assert repo.count() == 1


def test_count(repo: OrderRepository) -> None:
    assert repo.count() == 0
    orders_ = [sample_order() for _ in range(3)]
    for order in orders_:
        repo.save(order)
    repo.save(orders_[0])  # a re-save is no new order
    assert repo.count() == 3


# --- connection set-up ----------------------------------------------------------------------


def _pragmas(session_connection) -> tuple[str, int, int, int]:  # type: ignore[no-untyped-def]
    def one(name: str):  # type: ignore[no-untyped-def]
        return session_connection.exec_driver_sql(f"PRAGMA {name}").scalar()

    return one("journal_mode"), one("foreign_keys"), one("busy_timeout"), one("synchronous")


def test_pragmas_on_every_live_connection(db: Database) -> None:
    expected = ("wal", 1, BUSY_TIMEOUT_MS, 1)  # synchronous 1 = NORMAL
    with db.read() as outer:
        assert _pragmas(outer.connection()) == expected
        # A second connection from the pool while the first is checked out.
        with db.write() as inner:
            assert inner.connection().connection.dbapi_connection is not (
                outer.connection().connection.dbapi_connection
            )
            assert _pragmas(inner.connection()) == expected


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(
            LineItemRecord(
                order_id=str(uuid.uuid4()),
                position=0,
                description="",
                quantity="1",
                unit="",
                unit_price_cents=0,
            )
        )


def test_write_begins_immediate_and_read_begins_deferred(app_paths: AppPaths) -> None:
    db = open_profile_database(app_paths)
    statements: list[str] = []
    # Registered before the first connection exists, so every pooled connection is traced.
    event.listen(
        db.engine, "connect", lambda dbapi, _record: dbapi.set_trace_callback(statements.append)
    )
    repo = OrderRepository(db)
    try:
        order = sample_order()
        repo.save(order)
        begins = [s for s in statements if s.upper().startswith("BEGIN")]
        assert begins == ["BEGIN IMMEDIATE"]
        first_insert = next(i for i, s in enumerate(statements) if s.startswith("INSERT"))
        assert statements.index("BEGIN IMMEDIATE") < first_insert
        assert statements[-1] == "COMMIT"

        statements.clear()
        assert repo.get(order.id) == order
        assert [s for s in statements if s.upper().startswith("BEGIN")] == ["BEGIN"]

        statements.clear()
        repo.delete(order.id)
        assert statements[0] == "BEGIN IMMEDIATE"
    finally:
        db.dispose()


def _hold_write_lock(path) -> sqlite3.Connection:  # type: ignore[no-untyped-def]
    """Another 'process': a plain connection that takes the write lock and keeps it."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_write_waits_for_another_writer_then_sees_its_commit(
    db: Database, repo: OrderRepository
) -> None:
    order = sample_order(budget="original")
    repo.save(order)

    other = _hold_write_lock(db.path)
    other.execute("UPDATE orders SET budget = 'from other process' WHERE id = ?", (str(order.id),))
    release = threading.Timer(0.3, other.execute, args=("COMMIT",))
    started = time.monotonic()
    release.start()
    try:
        # Read-modify-write. With a deferred BEGIN the read would run at once on the old
        # snapshot and the write would then fail with "database is locked" (busy snapshot);
        # BEGIN IMMEDIATE waits for the lock first, so the read sees the other commit.
        with db.write() as session:
            record = session.get(OrderRecord, str(order.id))
            assert record is not None
            seen_budget = record.budget
            record.contact_name = "from this process"
    finally:
        release.join()
        other.close()
    assert time.monotonic() - started >= 0.25
    assert seen_budget == "from other process"
    stored = repo.get(order.id)
    assert stored is not None
    assert (stored.budget, stored.contact_name) == ("from other process", "from this process")


def test_write_times_out_at_begin_while_another_writer_holds_the_lock(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    db = open_profile_database(app_paths)
    repo = OrderRepository(db)
    order = sample_order()
    repo.save(order)
    other = _hold_write_lock(db.path)
    try:
        reached_body = False
        started = time.monotonic()
        with (
            pytest.raises(OperationalError, match="database is locked") as excinfo,
            db.write() as session,
        ):
            session.get(OrderRecord, str(order.id))
            reached_body = True
        waited = time.monotonic() - started
        # It waited for the busy timeout and failed at BEGIN, before any statement of ours.
        assert waited >= 0.25
        assert excinfo.value.statement == "BEGIN IMMEDIATE"
        assert not reached_body
        # Readers are not blocked by a writer (WAL).
        assert repo.get(order.id) == order
    finally:
        other.close()
        db.dispose()
    # And the lock being gone, writing works again.
    db = Database(app_paths.database)
    try:
        OrderRepository(db).save(replace(order, budget="later"))
        assert OrderRepository(db).get(order.id).budget == "later"  # type: ignore[union-attr]
    finally:
        db.dispose()


def _increment_net_cents(db: Database, order_id: uuid.UUID, times: int, errors: list) -> None:  # type: ignore[type-arg]
    try:
        for _ in range(times):
            with db.write() as session:
                record = session.get(OrderRecord, str(order_id))
                assert record is not None
                record.net_cents += 1
    except Exception as exc:  # reported to the main thread
        errors.append(exc)


@pytest.mark.parametrize("separate_engines", [False, True], ids=["one-database", "two-databases"])
def test_concurrent_read_modify_write_loses_no_update(
    app_paths: AppPaths, separate_engines: bool
) -> None:
    """Two writers in this process (one Database) or as if in two processes (two Databases)."""
    first = open_profile_database(app_paths)
    second = Database(app_paths.database) if separate_engines else first
    order = sample_order(line_items=())
    OrderRepository(first).save(order)
    errors: list[Exception] = []
    threads = [
        threading.Thread(target=_increment_net_cents, args=(db, order.id, 40, errors))
        for db in (first, second)
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        with first.read() as session:
            assert session.get(OrderRecord, str(order.id)).net_cents == 80  # type: ignore[union-attr]
    finally:
        first.dispose()
        second.dispose()
