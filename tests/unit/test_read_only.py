"""Read-only (inspection) mode below the GUI: every mutating service method is refused
before it touches anything, and SQLite itself refuses writes to the read-only database."""

from __future__ import annotations

import hashlib
import inspect
import sqlite3
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from desktop_app.domain.commands import CommandKind
from desktop_app.domain.errors import ReadOnlyError
from desktop_app.domain.invoice import Invoice, InvoiceStatus
from desktop_app.domain.status import OrderStatus
from desktop_app.platform.clock import FixedClock
from desktop_app.platform.credentials import MemoryCredentials
from desktop_app.platform.paths import AppPaths
from desktop_app.services.composition import Services, build_services
from desktop_app.services.invoices import InvoiceRow
from desktop_app.services.read_only import READERS, public_methods
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import HEAD, prepare_database
from desktop_app.storage.order_store import OrderStore
from desktop_app.storage.outbox import Outbox
from desktop_app.storage.read_only import ReadOnlyOpenError, open_read_only, refusal_message
from desktop_app.storage.sqlite_uri import read_only_uri

from .storage_fixtures import sample_order

DRAFT = uuid.UUID("00000000-0000-4000-8000-000000000001")
ACTIVE = uuid.UUID("00000000-0000-4000-8000-000000000002")


def fill_profile(paths: AppPaths, clock: FixedClock) -> None:
    """A profile as a member leaves it: a draft, an active order, a queued comment."""
    prepare_database(paths.database, paths.backups_dir)
    store = OrderStore(paths.database)
    store.save(sample_order(id=DRAFT, order_description="Entwurf"))
    store.save(sample_order(id=ACTIVE, order_description="Aktiv", status=OrderStatus.ACTIVE))
    Outbox(store.database).enqueue(str(ACTIVE), CommandKind.COMMENT, {"text": "hallo"}, clock.now())
    store.dispose()  # the last connection checkpoints the WAL into the file
    paths.settings_file.write_text(
        '{"server_url": "https://smart.example", "account_email": "anna@example.org"}',
        encoding="utf-8",
    )


def fingerprint(paths: AppPaths) -> dict[str, str]:
    """Every file of the profile except logs, SQLite's shared-memory index and an empty
    write-ahead log (a reader of a WAL database may create both; they hold no data)."""
    return {
        str(p.relative_to(paths.data_dir.parent)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(paths.data_dir.parent.rglob("*"))
        if p.is_file()
        and not p.name.endswith("-shm")
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)
        and "logs" not in p.parts
    }


@pytest.fixture
def profile(app_paths: AppPaths, clock: FixedClock) -> AppPaths:
    fill_profile(app_paths, clock)
    return app_paths


@pytest.fixture
def read_only_services(profile: AppPaths, clock: FixedClock) -> Services:
    credentials = MemoryCredentials()
    services = build_services(
        profile, open_read_only(profile.database), clock, credentials, read_only=True
    )
    yield services
    services.dispose()


def _mutators(services: Services) -> list[tuple[object, str]]:
    found = []
    for service in vars(services).values():
        for name in public_methods(type(service)):
            if name not in READERS.get(type(service), frozenset()):
                found.append((service, name))
    return found


def test_every_public_method_is_a_declared_reader_or_refused(
    profile: AppPaths, read_only_services: Services
) -> None:
    before = fingerprint(profile)
    mutators = _mutators(read_only_services)
    # The enumeration really covers the services (a refactoring must not empty it).
    names = {f"{type(s).__name__}.{n}" for s, n in mutators}
    for expected in (
        "DraftService.save",
        "DraftService.import_attachment",
        "OrderActions.submit",
        "OrderActions.discard",
        "SyncService.sync",
        "SyncService.pull",
        "AccountService.login",
        "AccountService.logout",
        "ClientDirectory.search",
        "OrderStore.save",
        "NotificationService.take_new",
    ):
        assert expected in names
    for service, name in mutators:
        method = getattr(service, name)
        required = [
            p
            for p in inspect.signature(getattr(type(service), name)).parameters.values()
            if p.name != "self"
            and p.default is inspect.Parameter.empty
            and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        ]
        args = [
            Path("/nonexistent") if "path" in p.name or p.name == "source" else "x"
            for p in required
        ]
        with pytest.raises(ReadOnlyError) as refused:
            method(*args)
        assert refused.value.code == "read_only"
    assert fingerprint(profile) == before


def test_readers_are_real_methods_and_keep_working(read_only_services: Services) -> None:
    for cls, readers in READERS.items():
        assert readers <= set(public_methods(cls)), cls  # no stale names in the allow-list
    services = read_only_services
    assert {s.id for s in services.drafts.summaries()} == {DRAFT, ACTIVE}
    assert services.drafts.load(ACTIVE).title == "Aktiv"
    assert services.actions.pending_count() == 1
    assert [e.pending for e in services.actions.timeline(ACTIVE)] == [True]
    assert services.invoices.rows() == []
    # Support selecting an invoice on Rechnungen gets the comparison, not ReadOnlyError.
    invoice = Invoice(
        "inv-1", str(ACTIVE), 1, InvoiceStatus.DRAFT, date(2026, 12, 1), "EUR", 100_00,
        19_00, 119_00, 9_00, "19", datetime(2026, 11, 20, tzinfo=UTC),
        lines=({"description": "Beratung", "quantity": "1", "unit": "Std.",
                "unit_price": "100.00", "net": "100.00"},),
    )  # fmt: skip
    review = services.invoices.review(InvoiceRow(invoice, "Aktiv", "", 3), Decimal(9))
    assert review.row.invoice.id == "inv-1" and review.lines
    assert services.sync.last_success() is None
    assert services.account.restore().logged_in is False


def test_guard_alone_refuses_even_over_a_writable_store(
    profile: AppPaths, clock: FixedClock
) -> None:
    """Defence in depth: the service guard does not rely on the read-only engine."""
    before = fingerprint(profile)
    services = build_services(
        profile, OrderStore(profile.database), clock, MemoryCredentials(), read_only=True
    )
    try:
        with pytest.raises(ReadOnlyError):
            services.drafts.delete(DRAFT)
        with pytest.raises(ReadOnlyError):
            services.actions.comment(ACTIVE, "noch ein Kommentar")
        with pytest.raises(ReadOnlyError):
            services.account.login("https://smart.example", "ben@example.org", "pw")
    finally:
        services.dispose()
    assert fingerprint(profile) == before


def test_write_through_the_read_only_engine_fails_at_the_sqlite_level(profile: AppPaths) -> None:
    before = fingerprint(profile)
    database = Database(profile.database, read_only=True)
    try:
        with pytest.raises(ReadOnlyError), database.write():
            pass
        # Below the app's own checks: the engine's connection, even with query_only off.
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA query_only=OFF")
            with pytest.raises(OperationalError) as failed:
                connection.execute(text("DELETE FROM orders"))
        assert isinstance(failed.value.orig, sqlite3.OperationalError)
        assert "attempt to write a readonly database" in str(failed.value.orig)
    finally:
        database.dispose()
    raw = sqlite3.connect(read_only_uri(profile.database), uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError, match="attempt to write a readonly"):
            raw.execute("UPDATE orders SET title = 'x'")
    finally:
        raw.close()
    assert fingerprint(profile) == before


@pytest.mark.parametrize("state", ["new", "outdated", "newer", "corrupt"])
def test_an_unusual_database_is_refused_never_migrated(app_paths: AppPaths, state: str) -> None:
    path = app_paths.database
    if state != "new":
        prepare_database(path, app_paths.backups_dir)
    if state in ("outdated", "newer"):
        conn = sqlite3.connect(path)
        conn.execute(
            "UPDATE alembic_version SET version_num = ?",
            ("0001" if state == "outdated" else "9999",),
        )
        conn.commit()
        conn.close()
    if state == "corrupt":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(ReadOnlyOpenError) as refused:
        open_read_only(path)
    assert refused.value.inspection.state.value == state
    assert (path.read_bytes() if path.exists() else None) == before
    assert not app_paths.running_marker.exists()
    assert str(path) in refusal_message(refused.value)
    assert HEAD  # the head revision is what a usable database must have
