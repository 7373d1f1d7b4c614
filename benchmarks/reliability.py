"""Run the reliability suites at a larger scale than CI and write the reliability record.

    python -m benchmarks.reliability --kills 1000 --orders 2000 --bad-server 1000 \\
        --record docs/reliability.md

The suites are the CI tests themselves (one source of truth): the kill test
(tests/integration/test_sync_kill.py), the fault-proxy test (test_sync_faults.py) and the
malformed-server test (test_bad_server.py). Each runs in its own pytest process with its
scale set through environment variables; each appends what it tried and what held as a JSON
line to a file named by SMART_RELIABILITY_RECORD, and pytest's JUnit report gives any
failure in full. The record (benchmarks/reliability_record.py) is rendered from both. The
variable names are spelled here and in tests/integration/reliability_scale.py (benchmarks
do not import tests; tests/unit/test_reliability_record.py checks they agree).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import machine
from .reliability_record import render

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).with_name("results")
KILLS_ENV = "SMART_RELIABILITY_KILLS"
ORDERS_ENV = "SMART_RELIABILITY_ORDERS"
EXAMPLES_ENV = "SMART_RELIABILITY_EXAMPLES"
KILL_SEED_ENV = "SMART_RELIABILITY_KILL_SEED"
RECORD_ENV = "SMART_RELIABILITY_RECORD"
FAULT_SEED_ENV = "FAULT_SEED"
SUITES = {  # name: (pytest node id, the variable that sets its scale)
    "kill": (
        "tests/integration/test_sync_kill.py"
        "::test_sigkill_during_sync_loses_nothing_and_sends_nothing_twice",
        KILLS_ENV,
    ),
    "faults": (
        "tests/integration/test_sync_faults.py"
        "::test_every_order_reaches_the_server_exactly_once_through_faults",
        ORDERS_ENV,
    ),
    "bad_server": (
        "tests/integration/test_bad_server.py::test_malformed_answers_end_typed_and_change_nothing",
        EXAMPLES_ENV,
    ),
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.reliability",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--kills", type=int, default=1000, help="SIGKILLs in all (CI: 100)")
    parser.add_argument("--orders", type=int, default=2000, help="through the proxy (CI: 300)")
    parser.add_argument("--bad-server", type=int, default=1000, help="answers (CI: 60)")
    parser.add_argument("--kill-seed", type=int, help="seed of the kill moments")
    parser.add_argument("--fault-seed", type=int, help="seed of the fault plan")
    parser.add_argument("--only", nargs="+", choices=list(SUITES), help="run only these")
    parser.add_argument("--record", type=Path, help="write the Markdown record here")
    parser.add_argument("--render", type=Path, help="render this results file; run nothing")
    args = parser.parse_args(argv[1:])
    if args.render is not None:
        document = json.loads(args.render.read_text())
    else:
        if min(args.kills, args.orders, args.bad_server) < 1:
            parser.error("--kills, --orders and --bad-server must be at least 1")
        scale = {KILLS_ENV: args.kills, ORDERS_ENV: args.orders, EXAMPLES_ENV: args.bad_server}
        seeds = {KILL_SEED_ENV: args.kill_seed, FAULT_SEED_ENV: args.fault_seed}
        command = " ".join(["python", "-m", "benchmarks.reliability", *argv[1:]])
        document = run_suites(args.only or list(SUITES), scale, seeds, command)
        RESULTS.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = RESULTS / f"reliability-{stamp}.json"
        target.write_text(json.dumps(document, indent=2))
        print(f"results: {target}")
    if args.record is not None:
        args.record.parent.mkdir(parents=True, exist_ok=True)
        args.record.write_text(render(document), encoding="utf-8")
        print(f"record: {args.record}")
    failed = [run["suite"] for run in document["runs"] if run["outcome"] != "passed"]
    print("all suites passed" if not failed else f"NOT passed: {', '.join(failed)}")
    return 1 if failed else 0


def run_suites(
    names: list[str], scale: dict[str, int], seeds: dict[str, int | None], command: str
) -> dict[str, Any]:
    meta: dict[str, Any] = machine.describe(command)
    meta["started"], meta["load_before"] = machine.now(), machine.load_average()
    began = time.monotonic()
    runs = []
    with tempfile.TemporaryDirectory(prefix="reliability-") as tmp:
        lines = Path(tmp) / "record.jsonl"
        env = {**os.environ, **{k: str(v) for k, v in scale.items()}, RECORD_ENV: str(lines)}
        env.update({k: str(v) for k, v in seeds.items() if v is not None})
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for name in SUITES:
            if name in names:
                runs.append(_run_one(name, env, Path(tmp) / f"{name}.xml"))
        records = (
            [json.loads(line) for line in lines.read_text().splitlines()] if lines.exists() else []
        )
    meta["finished"], meta["load_after"] = machine.now(), machine.load_average()
    meta["duration_s"] = round(time.monotonic() - began)
    return {
        "meta": meta,
        "requested": {
            "kills": scale[KILLS_ENV],
            "orders": scale[ORDERS_ENV],
            "bad_server": scale[EXAMPLES_ENV],
        },
        "runs": runs,
        "records": records,
    }


def _run_one(name: str, env: dict[str, str], junit: Path) -> dict[str, Any]:
    node, _ = SUITES[name]
    print(f"== {name}: {node}", flush=True)
    command = [
        sys.executable,
        "-m",
        "pytest",
        node,
        "-q",
        "-s",  # the tests print their one-line summaries
        "-p",
        "no:randomly",
        "-p",
        "no:cacheprovider",
        f"--junitxml={junit}",
    ]
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, check=False)
    run: dict[str, Any] = {
        "suite": name,
        "exit_code": done.returncode,
        "wall_s": round(time.monotonic() - started, 1),
    }
    run.update(read_junit(junit))
    return run


def read_junit(path: Path) -> dict[str, Any]:
    """The one test case's outcome, and the failure's message and traceback if any."""
    if not path.exists():
        return {"outcome": "error", "message": "pytest wrote no report", "detail": ""}
    cases = ET.parse(path).getroot().iter("testcase")
    case = next(cases, None)
    if case is None:
        return {"outcome": "error", "message": "no test was collected", "detail": ""}
    for tag, outcome in (("failure", "failed"), ("error", "error"), ("skipped", "skipped")):
        element = case.find(tag)
        if element is not None:
            return {
                "outcome": outcome,
                "message": element.get("message", ""),
                "detail": element.text or "",
                "test_s": float(case.get("time", "0")),
            }
    return {
        "outcome": "passed",
        "message": "",
        "detail": "",
        "test_s": float(case.get("time", "0")),
    }


if __name__ == "__main__":
    sys.exit(main(sys.argv))
