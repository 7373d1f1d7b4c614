"""Run the performance suite.

    python -m benchmarks.run [NAME ...] [--quick] [--record docs/performance.md]
    python -m benchmarks.run --render benchmarks/results/STAMP.json --record FILE

NAME is any of list, list_view, timeline, startup, sync, server (default: all). The figures
go to benchmarks/results/<timestamp>.json; ``--record`` also renders the Markdown record
(benchmarks/record.py) from that document. ``--quick`` runs reduced sizes to prove the
command; its record says so.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import (
    bench_list_view,
    bench_order_list,
    bench_server,
    bench_startup,
    bench_sync,
    bench_timeline,
    machine,
)
from .record import evaluate, render

Bench = Callable[[bool], dict[str, float]]
BENCHMARKS: dict[str, Bench] = {
    "list": lambda quick: bench_order_list.run(20_000, 3) if quick else bench_order_list.run(),
    "list_view": lambda quick: (
        bench_list_view.run(20_000, 3, 10) if quick else bench_list_view.run()
    ),
    "timeline": lambda quick: bench_timeline.run(5, 500) if quick else bench_timeline.run(),
    "startup": lambda quick: (
        bench_startup.run(3, 2_000, 10_000, 1) if quick else bench_startup.run()
    ),
    "sync": lambda quick: bench_sync.run(2, 1_000, 10_000, 100) if quick else bench_sync.run(),
    "server": lambda quick: bench_server.run(2) if quick else bench_server.run(),
}
RESULTS = Path(__file__).with_name("results")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    parser.add_argument("--quick", action="store_true", help="reduced sizes (a smoke run)")
    parser.add_argument("--record", type=Path, help="write the Markdown record here")
    parser.add_argument("--render", type=Path, help="render this results file; run nothing")
    args = parser.parse_args(argv[1:])
    unknown = sorted(set(args.names) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    if args.render is not None:
        document = json.loads(args.render.read_text())
    else:
        document = run_all(args.names or list(BENCHMARKS), args.quick)
        RESULTS.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = RESULTS / f"{stamp}.json"
        target.write_text(json.dumps(document, indent=2))
        print(f"results: {target}")
    print_summary(document)
    for name in document.get("errors", {}):
        print(f"FAILED {name} (see the record or the results file)")
    if args.record is not None:
        args.record.parent.mkdir(parents=True, exist_ok=True)
        args.record.write_text(render(document), encoding="utf-8")
        print(f"record: {args.record}")
    return 1 if document.get("errors") else 0


def run_all(names: list[str], quick: bool) -> dict[str, Any]:
    command = " ".join(["python", "-m", "benchmarks.run", *sys.argv[1:]])
    meta: dict[str, Any] = machine.describe(command)
    meta["started"], meta["load_before"] = machine.now(), machine.load_average()
    began = time.monotonic()
    results: dict[str, dict[str, float]] = {}
    errors: dict[str, str] = {}
    for name in BENCHMARKS:  # in a fixed order, whatever order they were named in
        if name in names:
            print(f"== {name} …", flush=True)
            try:
                results[name] = BENCHMARKS[name](quick)
            except Exception:  # the others still run; the record shows what failed
                errors[name] = traceback.format_exc()[-4000:]
                print(errors[name], file=sys.stderr)
    meta["finished"], meta["load_after"] = machine.now(), machine.load_average()
    meta["duration_s"] = round(time.monotonic() - began)
    return {"meta": meta, "quick": quick, "benchmarks": results, "errors": errors}


def print_summary(document: dict[str, Any]) -> None:
    for name, figures in document["benchmarks"].items():
        print(f"== {name}")
        for key, value in figures.items():
            print(f"   {key:28s} {value:12.2f}")
    for outcome in evaluate(document["benchmarks"]):
        if outcome.met is not None:
            print(f"{'met   ' if outcome.met else 'MISSED'} {outcome.label}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
