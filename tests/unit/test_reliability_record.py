"""The reliability record's renderer (benchmarks/reliability_record.py) on a fixed results
document, the JUnit reading of the runner, and the environment names both sides spell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks import reliability
from benchmarks.reliability_record import render

from ..integration import reliability_scale

KILL = {
    "suite": "kill",
    "passed": True,
    "failure": None,
    "kills_requested": 1000,
    "seed": 20261128,
    "members": 2,
    "kills": 1000,
    "ended_before_kill": 12,
    "orders": 3036,
    "commands": 4048,
    "invariant_checks": 1014,
    "moments": {"after a command's request (push)": 800, "after the token refresh request": 200},
    "delay_ms": [0.04, 15.2, 29.9],
    "duration_s": 812.4,
}
FAULTS = {
    "suite": "faults",
    "passed": False,
    "failure": "AssertionError: missing or extra orders",
    "orders_requested": 2000,
    "seed": 7,
    "fault_rate_planned": 0.4,
    "read_timeout_s": 0.4,
    "members": 2,
    "orders": 2000,
    "comments": 500,
    "rounds": 77,
    "offline_every_rounds": 40,
    "token_expiry_every_rounds": 15,
    "requests": 4000,
    "faults": {"pass": 2400, "refuse": 1000, "delay": 600},
    "processed_then_lost": 600,
    "injected_rate": 0.4,
    "duration_s": 200.0,
}


def _document() -> dict[str, Any]:
    return {
        "meta": {"commit": "abc123", "command": "python -m benchmarks.reliability --kills 1000"},
        "requested": {"kills": 1000, "orders": 2000, "bad_server": 1000},
        "runs": [
            {"suite": "kill", "outcome": "passed", "wall_s": 815.0, "message": "", "detail": ""},
            {
                "suite": "faults",
                "outcome": "failed",
                "wall_s": 203.5,
                "message": "AssertionError: missing or extra orders",
                "detail": "def test():\n>   assert set(on_server) == drafted\nE   AssertionError",
            },
            {
                "suite": "bad_server",
                "outcome": "error",
                "wall_s": 3.0,
                "message": "no test was collected",
                "detail": "",
            },
        ],
        "records": [KILL, FAULTS],
    }


def _section(markdown: str, title: str) -> str:
    return markdown.split(f"## {title}", 1)[1].split("\n## ", 1)[0]


def test_the_summary_counts_the_suites_and_marks_what_did_not_pass() -> None:
    markdown = render(_document())
    assert "**1 of 3 suites passed.**" in markdown
    assert "| kill | 1,000 kills of 1,000 requested, 3,036 orders, 4,048 commands | passed |" in (
        markdown
    )
    assert "| faults | 2,000 orders + 500 comments, 4,000 requests, 40% faulty | **failed** |" in (
        markdown
    )
    assert "| bad_server | no record (the test ended before writing one) | **error** | 3.0 s |" in (
        markdown
    )


def test_a_passed_suite_says_what_was_tried_and_what_held() -> None:
    kill = _section(render(_document()), "Kill test")
    assert "- 1,000 SIGKILLs (requested 1,000), 2 members side by side, seed 20261128." in kill
    assert "| after a command's request (push) | 800 |" in kill
    assert "(min / median / max): 0.0 / 15.2 / 29.9 ms" in kill
    assert "1,014 invariant checks passed" in kill
    assert "**What held:**" in kill and "outbox drained" in kill


def test_a_failed_suite_shows_the_failure_in_full_and_claims_nothing_held() -> None:
    faults = _section(render(_document()), "Fault proxy")
    assert "**What held:**" not in faults
    assert "**Not passed (failed):** AssertionError: missing or extra orders" in faults
    assert ">   assert set(on_server) == drafted" in faults
    assert "| `refuse`: connection reset before forwarding (the server never saw it) |" in faults
    assert "| 1,000 (25.0%) |" in faults
    assert "- 4,000 requests, 40.0% faulty; 600 were processed by the server" in faults


def test_junit_reports_are_read_into_outcomes(tmp_path: Path) -> None:
    report = tmp_path / "junit.xml"
    report.write_text(
        '<testsuites><testsuite><testcase name="t" time="12.5">'
        '<failure message="AssertionError: lost">trace line</failure>'
        "</testcase></testsuite></testsuites>"
    )
    assert reliability.read_junit(report) == {
        "outcome": "failed",
        "message": "AssertionError: lost",
        "detail": "trace line",
        "test_s": 12.5,
    }
    report.write_text(
        '<testsuites><testsuite><testcase name="t" time="1"/></testsuite></testsuites>'
    )
    assert reliability.read_junit(report)["outcome"] == "passed"
    assert reliability.read_junit(tmp_path / "missing.xml")["outcome"] == "error"


def test_runner_and_tests_spell_the_same_environment_names() -> None:
    names = ("KILLS_ENV", "ORDERS_ENV", "EXAMPLES_ENV", "KILL_SEED_ENV", "RECORD_ENV")
    for name in names:
        assert getattr(reliability, name) == getattr(reliability_scale, name), name
    for node, _env in reliability.SUITES.values():
        path, test = node.split("::")
        source = (Path(__file__).resolve().parents[2] / path).read_text()
        assert f"def {test}(" in source, node
