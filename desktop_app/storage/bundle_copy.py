"""The database part of a diagnostics bundle: a consistent copy, scrubbed, and its outbox.

The copy is made through SQLite's backup API (consistent while the app writes, WAL
contents included); every text value of it then goes through a scrub function, and a
VACUUM with secure_delete rewrites the file so no old value survives in a free page.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .migrate import backup_database


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def scrubbed_copy(source: Path, staging: Path, scrub: Callable[[str], str]) -> Path:
    """A consistent copy of ``source`` in ``staging`` with ``scrub`` applied to every text
    value, in rollback-journal mode (a single file, openable read-only)."""
    copy = backup_database(source, staging, None)
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA secure_delete=ON")
        conn.create_function("scrub", 1, lambda v: scrub(v) if isinstance(v, str) else v)
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        conn.execute("BEGIN IMMEDIATE")
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")]
            for column in columns:
                col = _quote(column)
                conn.execute(
                    f"UPDATE {_quote(table)} SET {col} = scrub({col}) "
                    f"WHERE typeof({col}) = 'text' AND scrub({col}) IS NOT {col}"
                )
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return copy


def outbox_rows(database: Path) -> list[dict[str, Any]]:
    """Every outbox row with its state and error, payloads parsed where they are JSON."""
    conn = sqlite3.connect(database)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute("SELECT * FROM outbox ORDER BY seq").fetchall()
    except sqlite3.OperationalError:  # no outbox table (should not happen at head)
        return []
    finally:
        conn.close()
    result = []
    for row in rows:
        item = dict(row)
        with contextlib.suppress(ValueError):  # else kept as the (scrubbed) text it is
            item["payload"] = json.loads(item.get("payload") or "null")
        result.append(item)
    return result


def schema_revision(database: Path) -> str | None:
    conn = sqlite3.connect(database)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def integrity_ok(database: Path) -> bool:
    conn = sqlite3.connect(database)
    try:
        row = conn.execute("PRAGMA integrity_check").fetchone()
    finally:
        conn.close()
    return bool(row) and row[0] == "ok"
