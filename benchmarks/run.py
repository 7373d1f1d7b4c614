"""Run the performance suite: ``python -m benchmarks.run [startup|list|sync|server]``."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from . import bench_order_list, bench_server, bench_startup, bench_sync

TARGETS = {
    "startup": (
        "ratio <= 2.5 and app_median_ms < 1000",
        lambda f: f["ratio"] <= 2.5 and f["app_median_ms"] < 1000,
    ),
    "list": (
        "sort_worst_column_ms, filter_text_ms, filter_status_ms <= 100",
        lambda f: max(f["sort_worst_column_ms"], f["filter_text_ms"], f["filter_status_ms"]) <= 100,
    ),
    "sync": (
        "pull_ratio <= 2, idle_sync_ms <= 50 with exactly 1 request, gui_max_gap_ms <= 50",
        lambda f: (
            f["pull_ratio"] <= 2
            and f["idle_sync_ms"] <= 50
            and f["idle_requests_max"] == 1
            and f["gui_max_gap_ms"] <= 50
        ),
    ),
    "server": (
        "feed_ratio <= 5 and submit_p95_ms < 1000 (20 clients, default rate limits)",
        lambda f: f["feed_ratio"] <= 5 and f["submit_p95_ms"] < 1000,
    ),
}


def main(argv: list[str]) -> int:
    wanted = argv[1:] or ["list", "startup", "sync", "server"]
    results = {}
    if "list" in wanted:
        results["list"] = bench_order_list.run()
    if "startup" in wanted:
        results["startup"] = bench_startup.run()
    if "sync" in wanted:
        results["sync"] = bench_sync.run()
    if "server" in wanted:
        results["server"] = bench_server.run()
    for name, figures in results.items():
        text, check = TARGETS[name]
        print(f"== {name}: target {'met' if check(figures) else 'MISSED'} ({text})")
        for key, value in figures.items():
            print(f"   {key:28s} {value:10.2f}")
    out = Path(__file__).with_name("results")
    out.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (out / f"{stamp}.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
