"""Crash test: SIGKILL a process that saves a draft in a loop; nothing committed is lost."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from desktop_app.storage.migrate import DbState, inspect_database

CHILD = Path(__file__).with_name("autosave_child.py")
PROJECT_ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
READY_TIMEOUT_S = 30.0

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def _start_child(db_path: Path, order_id: uuid.UUID, stderr) -> subprocess.Popen[bytes]:  # type: ignore[no-untyped-def]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
    )
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path), str(order_id)],
        stdout=subprocess.PIPE,
        stderr=stderr,
        env=env,
    )


def _wait_ready(proc: subprocess.Popen[bytes], stderr_path: Path) -> int:
    """Block (no polling) until the child says it is ready; returns its starting counter."""
    assert proc.stdout is not None
    readable, _, _ = select.select([proc.stdout], [], [], READY_TIMEOUT_S)
    line = proc.stdout.readline() if readable else b""
    if not line.startswith(b"ready "):
        proc.kill()
        proc.wait()
        pytest.fail(f"child not ready: {line!r}\n{stderr_path.read_text(errors='replace')}")
    return int(line.split()[1])


def _stored_state(db_path: Path, order_id: uuid.UUID) -> tuple[int, list[str], int]:
    """(counter, line item descriptions, number of invoice dates) after integrity_check."""
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        row = conn.execute(
            "SELECT order_description FROM orders WHERE id = ?", (str(order_id),)
        ).fetchone()
        # Killed before the first commit ever: no draft yet, which reads as counter 0.
        counter = int(row[0]) if row else 0
        items = [
            r[0]
            for r in conn.execute(
                "SELECT description FROM line_items WHERE order_id = ? ORDER BY position",
                (str(order_id),),
            )
        ]
        (dates,) = conn.execute(
            "SELECT count(*) FROM invoice_dates WHERE order_id = ?", (str(order_id),)
        ).fetchone()
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == (1 if row else 0)
        return counter, items, dates
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_during_autosave_keeps_the_database_whole(tmp_path: Path) -> None:
    db_path = tmp_path / "profile" / "orders.sqlite3"
    stderr_path = tmp_path / "child-stderr.txt"
    order_id = uuid.uuid4()
    rng = random.Random(20261127)
    stored = 0
    commit_not_printed = 0

    with stderr_path.open("wb") as stderr:
        for kill in range(KILLS):
            proc = _start_child(db_path, order_id, stderr)
            try:
                start = _wait_ready(proc, stderr_path)
                # The next child continues from exactly what the last check found.
                assert start == stored, f"kill {kill}: child started at {start}, stored {stored}"
                time.sleep(rng.uniform(0.0, 0.15))  # allowed: the kill moment is random on purpose
                os.kill(proc.pid, signal.SIGKILL)
                assert proc.wait(timeout=10) == -signal.SIGKILL
                assert proc.stdout is not None
                output = proc.stdout.read()
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
                if proc.stdout is not None:
                    proc.stdout.close()

            # A line cut short by the kill was not printed; only whole lines count.
            lines = output.split(b"\n")[:-1]
            printed = [int(line) for line in lines]
            assert printed == list(range(start + 1, start + 1 + len(printed)))
            last_printed = printed[-1] if printed else start

            # What the app does at the next start: a read-only inspection with the hot WAL.
            assert inspect_database(db_path).state is DbState.CURRENT
            stored, items, dates = _stored_state(db_path, order_id)
            assert stored in (last_printed, last_printed + 1), (
                f"kill {kill}: printed up to {last_printed}, stored {stored}"
            )
            commit_not_printed += stored == last_printed + 1
            # The children belong to the same commit as the counter (autosave_child).
            assert items == [f"item {stored}/{i}" for i in range(stored % 4)]
            assert dates == stored % 3

    # The kills hit a child that was really saving, not one idling before its first save.
    assert stored >= KILLS
    print(f"{KILLS} kills, {stored} saves, {commit_not_printed} commits not yet printed")
