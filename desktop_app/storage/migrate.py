"""Open the database safely at start-up: inspect, back up, migrate; never overwrite.

The inspection uses sqlite3 directly and imports no Alembic, so a start-up with an
up-to-date database stays fast; Alembic is loaded only when a migration must run.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from .sqlite_uri import read_only_uri

log = logging.getLogger(__name__)

# Every revision this build knows, oldest first; a test checks it against Alembic's chain.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DbState(StrEnum):
    NEW = "new"
    CURRENT = "current"
    OUTDATED = "outdated"
    NEWER = "newer"
    CORRUPT = "corrupt"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class DbInspection:
    state: DbState
    revision: str | None = None
    detail: str = ""


class DatabaseUnusableError(Exception):
    """The database must not be touched: corrupt, foreign or from a newer version."""

    def __init__(self, inspection: DbInspection, path: Path) -> None:
        super().__init__(f"{path}: {inspection.state} {inspection.detail}".strip())
        self.inspection = inspection
        self.path = path


def inspect_database(path: Path, full_check: bool = True) -> DbInspection:
    """What state the database is in. ``full_check`` runs SQLite's quick_check over every
    page (its cost grows with the file); without it only the header, the schema and the
    revision are read, which still catches a file that is no database at all."""
    if not path.exists() or path.stat().st_size == 0:
        return DbInspection(DbState.NEW)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return DbInspection(DbState.CORRUPT, detail=str(exc))
    try:
        if full_check:
            check = conn.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                return DbInspection(DbState.CORRUPT, detail=str(check[0] if check else "?"))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                return DbInspection(DbState.FOREIGN, detail=", ".join(sorted(tables)))
            return DbInspection(DbState.NEW)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        return DbInspection(DbState.CORRUPT, detail=str(exc))
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision == HEAD:
        return DbInspection(DbState.CURRENT, revision)
    if revision in REVISIONS or revision is None:
        return DbInspection(DbState.OUTDATED, revision)
    return DbInspection(DbState.NEWER, revision)


def backup_database(path: Path, backups_dir: Path, revision: str | None) -> Path:
    """A consistent copy through SQLite's backup API (WAL contents included)."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{path.stem}-rev{revision or 'none'}-{stamp}.sqlite3"
    source = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def move_aside(path: Path) -> Path:
    """Rename an unusable database (with its WAL and SHM files) so a fresh one can start."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.unusable-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            shutil.move(part, Path(f"{target}{suffix}"))
    log.warning("moved unusable database %s aside to %s", path, target)
    return target


def upgrade_to_head(path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from .database import make_engine

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(path).execution_options(sqlite_write=True)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, HEAD)
    finally:
        engine.dispose()


def prepare_database(path: Path, backups_dir: Path, full_check: bool = True) -> DbInspection:
    """Bring the database at ``path`` to the head revision, or raise DatabaseUnusableError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    inspection = inspect_database(path, full_check)
    if inspection.state in (DbState.CORRUPT, DbState.FOREIGN, DbState.NEWER):
        raise DatabaseUnusableError(inspection, path)
    if inspection.state is DbState.OUTDATED:
        copy = backup_database(path, backups_dir, inspection.revision)
        log.info("backed up %s to %s before migrating", path, copy)
    if inspection.state is not DbState.CURRENT:
        upgrade_to_head(path)
    return inspection
