"""What the performance record says about the run: when, where, with which versions."""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")


def load_average() -> str:
    try:
        return " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:  # not on every platform
        return "unknown"


def describe(command: str) -> dict[str, object]:
    """The machine and versions, read once before the benchmarks run; ``command`` is how
    the run was started."""
    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "pyside": PySide6.__version__,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "commit": _commit(),
        "command": command,
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _commit() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "--no-optional-locks", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short=12", "HEAD") or "unknown"
    return f"{commit} + local changes" if git("status", "--porcelain") else commit


def header_rows(meta: Mapping[str, Any]) -> list[str]:
    """The records' header table: when, where and how the figures were made."""

    def get(key: str) -> str:
        value = meta.get(key)
        return "unknown" if value in (None, "") else str(value)

    return [
        "| | |",
        "|---|---|",
        f"| Date (UTC) | {get('started')} → {get('finished')} |",
        f"| Machine | {get('cpu_model')}, {get('cpu_count')} CPUs, {get('platform')} |",
        f"| Load average (1/5/15 min) | before {get('load_before')}, after {get('load_after')} |",
        f"| Versions | Python {get('python')}, PySide6 {get('pyside')} (Qt {get('qt')}),"
        f" SQLite {get('sqlite')} |",
        f"| Commit | `{get('commit')}` |",
        f"| Reproduce | `{get('command')}` |",
        f"| Duration | {get('duration_s')} s |",
    ]
