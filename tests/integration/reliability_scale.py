"""Scale and record of the reliability suites (kill, fault proxy, malformed server).

CI runs them at the defaults each test names. ``python -m benchmarks.reliability`` runs the
same tests bigger by setting the environment variables below, and collects what each test
tried and what held from the JSON lines the tests append to the file named by RECORD_ENV
(benchmarks/reliability.py spells the same names: it must not import tests).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

KILLS_ENV = "SMART_RELIABILITY_KILLS"
ORDERS_ENV = "SMART_RELIABILITY_ORDERS"
EXAMPLES_ENV = "SMART_RELIABILITY_EXAMPLES"
KILL_SEED_ENV = "SMART_RELIABILITY_KILL_SEED"
RECORD_ENV = "SMART_RELIABILITY_RECORD"


def scale(name: str, default: int) -> int:
    """The positive whole number in environment variable ``name``, else ``default``."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    value = int(text)
    if value < 1:
        raise ValueError(f"{name} must be at least 1, not {value}")
    return value


def record(suite: str, figures: Mapping[str, Any]) -> None:
    """Append one JSON line for ``suite`` when a record file is wanted; else nothing."""
    target = os.environ.get(RECORD_ENV)
    if not target:
        return
    line = json.dumps({"suite": suite, **figures}, default=str, sort_keys=True)
    with Path(target).open("a", encoding="utf-8") as out:
        out.write(line + "\n")


def failure_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:4000]
