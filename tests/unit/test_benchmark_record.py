"""The performance record's renderer (benchmarks/record.py) on a fixed results document."""

from __future__ import annotations

from typing import Any

from benchmarks.number_format import number
from benchmarks.record import evaluate, render
from benchmarks.record_rows import ROWS, AtMost, Exactly, Row

META = {
    "started": "2026-11-27 13:00:00",
    "finished": "2026-11-27 13:20:00",
    "cpu_model": "Test CPU",
    "cpu_count": 2,
    "platform": "Linux",
    "load_before": "0.10 / 0.20 / 0.30",
    "load_after": "1.10 / 1.20 / 1.30",
    "python": "3.11.7",
    "pyside": "6.11.3",
    "qt": "6.11.3",
    "sqlite": "3.40.1",
    "commit": "abc123",
    "command": "python -m benchmarks.run --record docs/performance.md",
    "duration_s": 1200,
}


def _document(**overrides: dict[str, float]) -> dict[str, Any]:
    benchmarks: dict[str, dict[str, float]] = {
        "startup": {
            "drafts": 10_000,
            "app_median_ms": 300.0,
            "bare_window_median_ms": 120.0,
            "full_list_median_ms": 612.14,
            "large_orders": 100_000,
            "large_first_paint_ms": 350.0,
            "large_list_after_paint_ms": 4_321.06,
        },
        "list": {
            "orders": 100_000,
            "filter_text_ms": 41.24,
            "sort_worst_column_ms": 79.6,
            "filter_status_ms": 26.0,
            "baseline_list_sort_ms": 16.5,
        },
        "sync": {
            "pull_orders": 10_000,
            "pull_events": 15_000,
            "pull_requests": 75,
            "pull_app_ms": 3_535.0,
            "pull_baseline_ms": 2_021.0,
            "idle_orders": 100_000,
            "idle_sync_ms": 8.1,
            "idle_requests_max": 1,
            "gui_max_gap_ms": 46.0,
            "gui_idle_max_gap_ms": 9.0,
        },
        "server": {
            "feed_events": 10_000,
            "feed_events_per_s": 6_000.0,
            "feed_baseline_events_per_s": 18_000.0,
            "submit_clients": 20,
            "submit_p95_ms": 500.0,
            "me_p95_ms": 110.0,
        },
    }
    benchmarks.update(overrides)
    return {"meta": META, "quick": False, "benchmarks": benchmarks}


def _line(markdown: str, start: str) -> str:
    (line,) = [row for row in markdown.splitlines() if row.startswith(start)]
    return line


def test_a_met_target_and_a_missed_one_are_marked_so() -> None:
    markdown = render(_document())
    pull = _line(markdown, "| 4 | Pull of 10,000 changed orders (15,000 events, 75 requests)")
    assert pull.endswith("| ≤ 2.00 × baseline | met |")
    assert "| 3,535.0 ms | 2,021.0 ms (" in pull and "| 1.75 × |" in pull
    listed = _line(markdown, "| 5 | App with 100,000 orders: first paint")
    assert listed.endswith("| 4,321.1 ms | – | – | ≤ 500.0 ms | **missed** |")


def test_the_summary_counts_and_names_what_was_missed() -> None:
    markdown = render(_document())
    # judged: start-up 2, list 3, sync 4, server 2; not run: list_view 2, timeline 1.
    summary = _line(markdown, "**Targets:")
    assert summary.startswith("**Targets: 10 of 11 met**; missed: App with 100,000 orders")
    assert summary.endswith("; 3 not measured in this run.")


def test_a_ratio_target_fails_when_the_ratio_is_over_its_limit() -> None:
    slow = dict(_document()["benchmarks"]["sync"], pull_app_ms=4_100.0)
    (outcome,) = [o for o in evaluate({"sync": slow}) if o.row.value == "pull_app_ms"]
    assert outcome.ratio is not None and round(outcome.ratio, 3) == round(4_100 / 2_021, 3)
    assert outcome.met is False


def test_throughput_ratios_are_time_ratios() -> None:
    (feed,) = [o for o in evaluate(_document()["benchmarks"]) if o.row.value.startswith("feed")]
    assert feed.ratio == 3.0 and feed.met is True  # 18,000/s vs 6,000/s: three times as long
    assert "| 6,000 events/s | 18,000 events/s (" in render(_document())


def test_idle_sync_with_two_requests_misses_exactly_one() -> None:
    sync = dict(_document()["benchmarks"]["sync"], idle_requests_max=2)
    (requests,) = [o for o in evaluate({"sync": sync}) if o.row.value == "idle_requests_max"]
    assert requests.met is False
    assert "| Idle sync: HTTP requests (most of any run) | 2 | – | – | = 1 | **missed** |" in (
        render(_document(sync=sync))
    )


def test_a_benchmark_not_run_shows_as_not_run_with_its_target() -> None:
    line = _line(render(_document()), "| 5 | Open an order with N timeline events → Verlauf")
    assert line == (
        "| 5 | Open an order with N timeline events → Verlauf painted | not run | – | – "
        "| ≤ 100.0 ms | not run |"
    )


def test_the_header_names_machine_versions_commit_and_command() -> None:
    markdown = render(_document())
    assert "| Load average (1/5/15 min) | before 0.10 / 0.20 / 0.30, after 1.10 / 1.20" in markdown
    assert "Python 3.11.7, PySide6 6.11.3 (Qt 6.11.3), SQLite 3.40.1" in markdown
    assert "| Commit | `abc123` |" in markdown
    assert "`python -m benchmarks.run --record docs/performance.md`" in markdown
    assert "Quick run" not in markdown


def test_a_quick_run_and_a_failed_benchmark_are_said_so() -> None:
    document = _document() | {"quick": True, "errors": {"timeline": "TimeoutError: no rows"}}
    markdown = render(document)
    assert "**Quick run:**" in markdown
    assert "## Benchmarks that failed" in markdown and "TimeoutError: no rows" in markdown


def test_numbers_have_one_format_per_unit() -> None:
    assert number(8.14, "ms") == "8.1"
    assert number(1234.56, "ms") == "1,234.6"
    assert number(1.754, "ratio") == "1.75"
    assert number(6789.4, "events/s") == "6,789"
    assert number(1, "") == "1"


def test_every_row_names_a_figure_its_benchmark_reports() -> None:
    """The rows and the benchmarks agree on names (a typo would show as 'not run')."""
    reported = {
        "startup": "app_median_ms bare_window_median_ms full_list_median_ms large_first_paint_ms"
        " large_list_after_paint_ms",
        "list_view": "open_total_ms open_ms open_baseline_ms scroll_repaint_ms"
        " scroll_repaint_max_ms scroll_baseline_ms",
        "list": "filter_text_ms sort_worst_column_ms filter_status_ms baseline_list_sort_ms",
        "timeline": "open_ms open_max_ms open_baseline_ms",
        "sync": "pull_app_ms pull_baseline_ms idle_sync_ms idle_requests_max push_app_ms"
        " push_baseline_ms submit_queue_per_order_ms gui_max_gap_ms gui_idle_max_gap_ms"
        " gui_listed_ms",
        "server": "feed_events_per_s feed_baseline_events_per_s submit_p95_ms me_p95_ms"
        " submit_p50_ms me_p50_ms submit_per_s me_per_s",
    }
    for row in ROWS:
        names = reported[row.bench].split()
        assert row.value in names, row
        assert row.baseline is None or row.baseline in names, row


def test_targets_describe_themselves() -> None:
    row = Row("5", "x", "y", "v", "ms", targets=(AtMost(100), AtMost(2.5, ratio=True)))
    assert [t.text(row.unit) for t in row.targets] == ["≤ 100.0 ms", "≤ 2.50 × baseline"]
    assert Exactly(1).text("") == "= 1"
