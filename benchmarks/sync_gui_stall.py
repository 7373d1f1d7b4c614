"""The GUI thread while the real app pulls 10,000 changed orders: the longest gap between
beats of a 5 ms heartbeat timer. Runs as its own process (``python -m
benchmarks.sync_gui_stall URL EMAIL PASSWORD PROFILE [ORDERS]``) so that the in-process reference
server of the caller does not compete with this GUI thread for the GIL; prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HEARTBEAT_MS = 5
IDLE_WINDOW_S = 1.0


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.gaps: list[float] = []
        self.checks: list[Callable[[], None]] = []
        self._last = 0.0

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now
        for check in list(self.checks):
            check()


def _spin(app: object, done: Callable[[], bool], timeout_s: float = 120) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)


def measure(
    url: str, email: str, password: str, profile: Path, orders: int = 10_000
) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import build, open_store
    from desktop_app.gui.sync_menu import SyncMenu
    from desktop_app.platform.clock import Clock
    from desktop_app.platform.credentials import MemoryCredentials
    from desktop_app.platform.paths import AppPaths
    from desktop_app.platform.settings import Settings

    app = QApplication.instance() or QApplication([])
    paths = AppPaths.for_profile(profile)
    paths.ensure()
    store = open_store(paths, interactive=False)
    assert store is not None
    menus: list[SyncMenu] = []
    context = build(
        paths,
        Settings(),
        Clock(),
        store,
        credentials=MemoryCredentials(),
        start_sync=False,
        on_sync_ready=menus.append,
    )
    window = context.window
    window.show()
    window.controller.load_all()
    _spin(app, lambda: bool(menus))
    menu = menus[0]
    menu.services.account.login(url, email, password)
    sync, ops, model = menu.sync, context.ops, window.page.model
    _spin(app, lambda: ops.pending == 0)

    beat = Heartbeat()
    loop = QEventLoop()
    beat.start()
    idle_until = time.perf_counter() + IDLE_WINDOW_S
    beat.checks.append(lambda: loop.quit() if time.perf_counter() >= idle_until else None)
    loop.exec()
    idle_gaps = list(beat.gaps)

    seen_running: list[bool] = []
    marks: dict[str, float] = {}
    sync.status_changed.connect(lambda status: seen_running.append(status.running))

    def check() -> None:
        if "round" not in marks and seen_running and not sync.status.running:
            marks["round"] = time.perf_counter()
        if "round" in marks and ops.pending == 0 and model.total >= orders:
            marks["listed"] = time.perf_counter()
            loop.quit()

    beat.checks[:] = [check]
    started = time.perf_counter()
    beat.start()
    sync.sync_now()
    loop.exec()
    beat.timer.stop()
    gaps = beat.gaps
    result = {
        "gui_idle_max_gap_ms": max(idle_gaps),
        "gui_max_gap_ms": max(gaps),
        "gui_gaps_over_50ms": float(sum(g > 50 for g in gaps)),
        "gui_beats": float(len(gaps)),
        "gui_round_ms": (marks["round"] - started) * 1000,
        "gui_listed_ms": (marks["listed"] - started) * 1000,
        "gui_orders_listed": float(model.total),
        "gui_outcome_ok": float(sync.status.outcome == "ok"),
    }
    window.close()
    context.shutdown()
    return result


if __name__ == "__main__":
    url, email, password, profile = sys.argv[1:5]
    orders = int(sys.argv[5]) if len(sys.argv) > 5 else 10_000
    print(json.dumps(measure(url, email, password, Path(profile), orders)), flush=True)
