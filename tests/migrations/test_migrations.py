"""Start-up safety: inspect, refuse, move aside, back up, migrate — and the schema matches."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from desktop_app.platform.paths import AppPaths
from desktop_app.storage import migrate
from desktop_app.storage.database import Database
from desktop_app.storage.migrate import (
    DatabaseUnusableError,
    DbState,
    backup_database,
    inspect_database,
    move_aside,
    prepare_database,
)
from desktop_app.storage.order_repository import OrderRepository
from desktop_app.storage.records import Base
from tests.unit.storage_fixtures import sample_order


@pytest.fixture
def db_path(app_paths: AppPaths) -> Path:
    return app_paths.database


@pytest.fixture
def backups(app_paths: AppPaths) -> Path:
    return app_paths.backups_dir


def _revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        conn.close()


def _fill(path: Path, count: int) -> list:  # type: ignore[type-arg]
    """Store ``count`` orders and close the DB cleanly (WAL checkpointed into the file)."""
    db = Database(path)
    orders = [sample_order(order_description=f"Auftrag {i}") for i in range(count)]
    try:
        OrderRepository(db).save_many(orders)
    finally:
        db.dispose()
    return orders


def _assert_refused_untouched(path: Path, backups: Path, state: DbState) -> DatabaseUnusableError:
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(DatabaseUnusableError) as excinfo:
        prepare_database(path, backups)
    assert excinfo.value.inspection.state is state
    assert excinfo.value.path == path
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings  # no backup, no new file
    return excinfo.value


# --- the schema -----------------------------------------------------------------------------


def test_revisions_constant_is_alembics_chain() -> None:
    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    newest_first = [rev.revision for rev in script.walk_revisions("base", "heads")]
    assert tuple(reversed(newest_first)) == migrate.REVISIONS
    assert script.get_heads() == [migrate.HEAD]
    assert migrate.REVISIONS[-1] == migrate.HEAD
    assert len(set(migrate.REVISIONS)) == len(migrate.REVISIONS)


def test_empty_database_is_migrated_to_head(db_path: Path, backups: Path) -> None:
    assert not db_path.exists()
    assert inspect_database(db_path).state is DbState.NEW
    inspection = prepare_database(db_path, backups)
    assert inspection.state is DbState.NEW
    assert _revision(db_path) == migrate.HEAD
    assert inspect_database(db_path).state is DbState.CURRENT
    assert not backups.exists() or list(backups.iterdir()) == []  # nothing to back up


def test_zero_byte_file_is_new(db_path: Path, backups: Path) -> None:
    db_path.touch()
    assert inspect_database(db_path).state is DbState.NEW
    prepare_database(db_path, backups)
    assert inspect_database(db_path).state is DbState.CURRENT


def test_sqlite_file_without_tables_is_new(db_path: Path, backups: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 3")  # forces a real header page on disk
    conn.close()
    assert db_path.stat().st_size > 0
    assert inspect_database(db_path).state is DbState.NEW
    prepare_database(db_path, backups)
    assert inspect_database(db_path).state is DbState.CURRENT


def test_head_schema_matches_the_models(db_path: Path, backups: Path) -> None:
    prepare_database(db_path, backups)
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_current_database_is_left_alone(
    db_path: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepare_database(db_path, backups)
    orders = _fill(db_path, 3)
    inspection = inspect_database(db_path)
    assert (inspection.state, inspection.revision) == (DbState.CURRENT, migrate.HEAD)

    def no_upgrade(path: Path) -> None:
        raise AssertionError("a current database must not be migrated")

    monkeypatch.setattr(migrate, "upgrade_to_head", no_upgrade)
    assert prepare_database(db_path, backups).state is DbState.CURRENT
    assert not backups.exists() or list(backups.iterdir()) == []
    db = Database(db_path)
    try:
        assert OrderRepository(db).count() == len(orders)
    finally:
        db.dispose()


@pytest.mark.parametrize("folder", ["Aufträge #2", "100% sicher", "wer?was", "a%41b"])
def test_paths_with_url_characters(tmp_path: Path, folder: str) -> None:
    """A profile folder name is not a URL: '#', '?' and '%' must not change which file opens."""
    path = tmp_path / folder / "orders.sqlite3"
    prepare_database(path, tmp_path / folder / "backups")
    assert inspect_database(path).state is DbState.CURRENT
    orders = _fill(path, 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]  # no stray files beside
    assert sorted(p.name for p in path.parent.iterdir()) == ["orders.sqlite3"]
    copy = backup_database(path, tmp_path / folder / "backups", migrate.HEAD)
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == len(orders)
    finally:
        conn.close()
    _set_revision(path, "9999")
    assert inspect_database(path).state is DbState.NEWER


# --- databases that must not be touched -----------------------------------------------------


def test_newer_database_is_refused_and_untouched(db_path: Path, backups: Path) -> None:
    prepare_database(db_path, backups)
    _fill(db_path, 2)
    _set_revision(db_path, "9999_from_the_future")
    inspection = inspect_database(db_path)
    assert (inspection.state, inspection.revision) == (DbState.NEWER, "9999_from_the_future")
    error = _assert_refused_untouched(db_path, backups, DbState.NEWER)
    assert error.inspection.revision == "9999_from_the_future"
    assert "newer" in str(error)
    assert _revision(db_path) == "9999_from_the_future"


def test_garbage_file_is_corrupt_and_untouched(db_path: Path, backups: Path) -> None:
    db_path.write_bytes(random.Random(1).randbytes(64 * 1024))
    assert inspect_database(db_path).state is DbState.CORRUPT
    _assert_refused_untouched(db_path, backups, DbState.CORRUPT)


def test_damaged_pages_are_corrupt_and_untouched(db_path: Path, backups: Path) -> None:
    prepare_database(db_path, backups)
    _fill(db_path, 300)
    assert not Path(f"{db_path}-wal").exists()
    size = db_path.stat().st_size
    page = 4096
    assert size >= 20 * page
    # Garbage over two whole pages in the middle of the file; the header stays valid.
    middle = (size // 2) // page * page
    data = bytearray(db_path.read_bytes())
    data[middle : middle + 2 * page] = random.Random(2).randbytes(2 * page)
    db_path.write_bytes(bytes(data))

    inspection = inspect_database(db_path)
    assert inspection.state is DbState.CORRUPT
    assert inspection.detail
    _assert_refused_untouched(db_path, backups, DbState.CORRUPT)


def test_foreign_sqlite_file_is_refused_and_untouched(db_path: Path, backups: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('someone else''s data')")
    conn.close()
    inspection = inspect_database(db_path)
    assert inspection.state is DbState.FOREIGN
    assert "customers" in inspection.detail
    _assert_refused_untouched(db_path, backups, DbState.FOREIGN)


def test_move_aside_then_start_fresh(db_path: Path, backups: Path) -> None:
    parts = {"": b"garbage main", "-wal": b"garbage wal", "-shm": b"garbage shm"}
    for suffix, content in parts.items():
        Path(f"{db_path}{suffix}").write_bytes(content)
    assert inspect_database(db_path).state is DbState.CORRUPT

    target = move_aside(db_path)
    assert target.parent == db_path.parent
    assert target.name.startswith(f"{db_path.name}.unusable-")
    for suffix in parts:
        assert not Path(f"{db_path}{suffix}").exists()
        assert Path(f"{target}{suffix}").exists()
    # The -shm is only an index that SQLite rebuilds (the inspection already did); the
    # database and its -wal are what a recovery needs, and they move unchanged.
    assert target.read_bytes() == parts[""]
    assert Path(f"{target}-wal").read_bytes() == parts["-wal"]

    assert prepare_database(db_path, backups).state is DbState.NEW
    assert inspect_database(db_path).state is DbState.CURRENT
    db = Database(db_path)
    try:
        order = sample_order()
        OrderRepository(db).save(order)
        assert OrderRepository(db).get(order.id) == order
    finally:
        db.dispose()
    assert target.read_bytes() == parts[""]  # the old file is kept as it was


# --- backups and upgrades -------------------------------------------------------------------

_NEXT_REVISION = '''
"""Test-only revision after the real head: adds a table and a column."""

import sqlalchemy as sa
from alembic import op

revision = "9001_test"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("upgrade_marker", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("extra", sa.Text(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError
'''


@pytest.fixture
def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """This build's migrations plus one newer revision, so today's head is an old revision."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_test.py").write_text(
        _NEXT_REVISION.format(head=migrate.HEAD), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "REVISIONS", (*migrate.REVISIONS, "9001_test"))
    monkeypatch.setattr(migrate, "HEAD", "9001_test")
    return "9001_test"


def test_outdated_database_is_backed_up_then_upgraded(
    db_path: Path, backups: Path, next_revision: str
) -> None:
    old_head = migrate.REVISIONS[-2]
    prepare_database(db_path, backups)  # with the extra revision: straight to the new head
    assert _revision(db_path) == next_revision
    db_path.unlink()

    # A database as the previous build left it: at the old head, with data.
    scripts = migrate.MIGRATIONS_DIR
    migrate.MIGRATIONS_DIR, migrate.HEAD = Path(migrate.__file__).with_name("migrations"), old_head
    try:
        prepare_database(db_path, backups)
        orders = _fill(db_path, 5)
    finally:
        migrate.MIGRATIONS_DIR, migrate.HEAD = scripts, next_revision
    assert _revision(db_path) == old_head
    inspection = inspect_database(db_path)
    assert (inspection.state, inspection.revision) == (DbState.OUTDATED, old_head)

    assert prepare_database(db_path, backups).state is DbState.OUTDATED
    assert _revision(db_path) == next_revision
    assert inspect_database(db_path).state is DbState.CURRENT

    (copy,) = backups.iterdir()
    assert copy.name.startswith(f"{db_path.stem}-rev{old_head}-")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_head
        stored = {r[0] for r in conn.execute("SELECT order_description FROM orders")}
        assert stored == {o.order_description for o in orders}
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "upgrade_marker" not in tables  # taken before the migration ran
    finally:
        conn.close()

    # The upgraded database kept its data and gained the new schema.
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM orders WHERE extra IS NULL").fetchone()[0] == 5
        assert conn.execute("SELECT count(*) FROM line_items").fetchone()[0] == 10
        assert conn.execute("SELECT count(*) FROM upgrade_marker").fetchone()[0] == 0
    finally:
        conn.close()


def test_backup_includes_what_is_still_in_the_wal(db_path: Path, backups: Path) -> None:
    prepare_database(db_path, backups)
    db = Database(db_path)
    try:
        repo = OrderRepository(db)
        orders = [sample_order() for _ in range(4)]
        for order in orders:
            repo.save(order)
        # The engine still holds its connection: the commits are in the -wal, not the file.
        assert Path(f"{db_path}-wal").stat().st_size > 0
        copy = backup_database(db_path, backups, migrate.HEAD)
    finally:
        db.dispose()
    assert copy.parent == backups
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = {r[0] for r in conn.execute("SELECT id FROM orders")}
        assert ids == {str(o.id) for o in orders}
        assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 8
    finally:
        conn.close()


def test_a_0001_database_with_orders_upgrades_to_the_sync_schema(
    db_path: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate, "HEAD", "0001")
    prepare_database(db_path, backups)
    orders = _fill(db_path, 3)
    monkeypatch.undo()
    assert _revision(db_path) == "0001"

    prepare_database(db_path, backups)

    assert _revision(db_path) == migrate.HEAD
    conn = sqlite3.connect(db_path)
    try:
        stored = {r[0] for r in conn.execute("SELECT order_description FROM orders")}
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert stored == {o.order_description for o in orders}
    assert {"outbox", "timeline_events", "invoices", "sync_state"} <= tables


def test_a_0003_database_with_a_feed_upgrades_to_delivered_notifications(
    db_path: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate, "HEAD", "0003")
    prepare_database(db_path, backups)
    orders = _fill(db_path, 2)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "INSERT INTO timeline_events (seq, order_id, type, actor, reason, at) "
            "VALUES (7, ?, 'client_accepted', 'client', '', '2026-11-20 09:00:00')",
            (str(orders[0].id),),
        )
    conn.close()
    monkeypatch.undo()
    assert _revision(db_path) == "0003"

    prepare_database(db_path, backups)

    assert _revision(db_path) == migrate.HEAD
    conn = sqlite3.connect(db_path)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(delivered_notifications)")]
        assert columns == ["key", "delivered_at"]
        # Nothing counts as delivered yet: the first run takes the history in (silently).
        assert conn.execute("SELECT count(*) FROM delivered_notifications").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM timeline_events").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == len(orders)
    finally:
        conn.close()
