"""Python's cyclic garbage collector, run on the GUI thread only.

CPython collects in whichever thread happens to allocate past the threshold. When that is a
database or network worker and the garbage holds a Python-owned Qt object (a wrapper in a
reference cycle), the object is destroyed off the GUI thread, which can crash the process.
So automatic collection is switched off and a timer on the GUI thread applies the same
generational thresholds instead, at most once per tick. Reference counting still frees
everything that is not part of a cycle at once; cycles wait at most a tick."""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 100  # short: a young generation collected often stays small and quick
# CPython skips a full pass unless the long-lived objects grew by a quarter, which Python
# cannot see; a full pass at most this often stands in for that rule.
FULL_EVERY_S = 10.0


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.collections = [0, 0, 0]  # per generation, for tests and diagnostics
        self._last_full = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        gc.disable()
        self.destroyed.connect(lambda *_a: gc.enable())

    def tick(self) -> int | None:
        """Collect the oldest generation whose threshold is reached; the generation or None."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] < thresholds[0]:
            return None
        generation = 0
        if counts[1] >= thresholds[1]:
            generation = 1
            full_due = time.monotonic() - self._last_full >= FULL_EVERY_S
            if counts[2] >= thresholds[2] and full_due:
                generation = 2
                self._last_full = time.monotonic()
        gc.collect(generation)
        self.collections[generation] += 1
        return generation


def install() -> GuiThreadCollector | None:
    """Once per process, owned by the application (None without one, or off its thread)."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)
