"""Start-up to the painted main window with 10,000 drafts, against a bare PySide6 window;
then the app with a profile of 100,000 orders (how long until the whole list is there).

Both are measured the same way: from spawning the process to the line it prints once its
window is painted. The app prints it when the window is painted with the first screenful
of the list (the nearest invoice dates first, as the list sorts by default); it then
reports when all orders are loaded, which is reported as a second figure.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop_app.domain.status import OrderStatus

from .profile_factory import fill_profile

ROOT = Path(__file__).resolve().parents[1]


def _time_to_line(command: list[str], marker: str, second: str | None = None) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if elapsed is None and line.startswith(marker):
            elapsed = time.perf_counter() - started
            if second is None:
                break
        elif second is not None and line.startswith(second):
            _FULL.append(time.perf_counter() - started)
            break
    if elapsed is None:
        raise RuntimeError(f"{command} never printed {marker!r}")
    process.wait(timeout=120)
    return elapsed


_FULL: list[float] = []


def run(
    repeats: int = 7, drafts: int = 10_000, large: int = 100_000, large_repeats: int = 3
) -> dict[str, float]:
    figures = _startup(repeats, drafts)
    figures.update(_large_profile(large, large_repeats))
    return figures


def _large_profile(orders: int, repeats: int) -> dict[str, float]:
    """The app with a profile of ``orders`` orders (every status): spawn -> first screenful
    painted, and -> the whole list read, prepared and shown (then search and sort cover
    every order)."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        fill_profile(profile, orders)
        command = _app_command(profile)
        _time_to_line(command, "startup_ms", "full_list_ms")  # warm the OS file cache
        _FULL.clear()
        first = [_time_to_line(command, "startup_ms", "full_list_ms") for _ in range(repeats)]
    first_ms = statistics.median(first) * 1000
    full_ms = statistics.median(_FULL) * 1000
    return {
        "large_orders": orders,
        "large_first_paint_ms": first_ms,
        "large_full_list_ms": full_ms,
        "large_list_after_paint_ms": full_ms - first_ms,
    }


def _app_command(profile: Path) -> list[str]:
    return [sys.executable, "-m", "desktop_app", "--profile", str(profile), "--quit-after-load"]


def _startup(repeats: int, drafts: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        fill_profile(profile, drafts, status=OrderStatus.DRAFT)
        app_cmd = _app_command(profile)
        bare_cmd = [sys.executable, "-m", "benchmarks.bare_window"]
        _time_to_line(app_cmd, "startup_ms", "full_list_ms")  # warm the OS file cache
        _time_to_line(bare_cmd, "painted")
        _FULL.clear()
        app_times, bare_times = [], []
        for _ in range(repeats):  # interleaved, so machine noise hits both alike
            bare_times.append(_time_to_line(bare_cmd, "painted"))
            app_times.append(_time_to_line(app_cmd, "startup_ms", "full_list_ms"))
    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    return {
        "drafts": drafts,
        "app_median_ms": app_median * 1000,
        "bare_window_median_ms": bare_median * 1000,
        "ratio": app_median / bare_median,
        # when all orders are in the list (searchable, sortable); the window is usable before
        "full_list_median_ms": statistics.median(_FULL) * 1000,
    }
