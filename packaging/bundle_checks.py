"""Smoke test and figures of a built bundle: self-test, cold start, unpacked size."""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

MB = 1_000_000
TIMEOUT_S = 120


def headless_env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Never probe or touch the builder's real secret store from a smoke test.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def self_test(command: Sequence[str], profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, "--self-test", "--profile", str(profile)],
        env=headless_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )


def time_self_test(command: Sequence[str], runs: int) -> list[float]:
    """Spawn to exit of --self-test, each run with a fresh profile (so it includes
    creating and migrating the database); seconds."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="smart-orders-bundle-") as folder:
            started = time.perf_counter()
            result = self_test(command, Path(folder) / "profile")
            times.append(time.perf_counter() - started)
        if result.returncode != 0:
            raise RuntimeError(f"self-test failed while timing:\n{result.stdout}{result.stderr}")
    return times


def time_window(command: Sequence[str], profile: Path, runs: int) -> list[float]:
    """Spawn to the main window painted with its list (the start-up benchmark's marker
    ``startup_ms``, printed with --quit-after-load); seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        process = subprocess.Popen(
            [*command, "--profile", str(profile), "--quit-after-load"],
            env=headless_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert process.stdout is not None
        painted = None
        for line in process.stdout:
            if painted is None and line.startswith("startup_ms"):
                painted = time.perf_counter() - started
        process.wait(timeout=TIMEOUT_S)
        if painted is None:
            raise RuntimeError(f"{command} never reported its painted window")
        times.append(painted)
    return times


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def folder_size(folder: Path) -> int:
    """Bytes of every file under folder, links counted once as links."""
    total = 0
    for base, _dirs, files in os.walk(folder):
        for name in files:
            total += (Path(base) / name).lstat().st_size
    return total


def dropped_summary(report: Path) -> dict[str, int]:
    """How many collected files the spec dropped, by kind (plugin folder, translations,
    libraries), from the list the spec writes."""
    counts: dict[str, int] = {}
    if not report.exists():
        return counts
    for line in report.read_text(encoding="utf-8").splitlines():
        parts = line.replace("\\", "/").split("/")
        if "plugins" in parts:
            kind = "plugins/" + parts[parts.index("plugins") + 1]
        elif "translations" in parts:
            kind = "translations"
        elif "qml" in parts:
            kind = "qml"
        else:
            kind = "libraries"
        counts[kind] = counts.get(kind, 0) + 1
    return dict(sorted(counts.items()))
