"""Shared helpers of the scripts that render the --demo app for the docs
(``screenshots.py``, ``walkthrough.py``): start the app in this process, find its widgets,
save PNGs, and run a scripted sequence of steps that waits for conditions, not for time.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

TICK_MS = 50
DEFAULT_TIMEOUT_S = 30.0


def window() -> Any:
    """The app's main window (typed loosely: the app hangs its parts on it as attributes)."""
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMainWindow) and w.objectName() == "mainWindow"
    )


def has_window() -> bool:
    return any(
        isinstance(w, QMainWindow) and w.objectName() == "mainWindow"
        for w in QApplication.topLevelWidgets()
    )


def child(name: str, kind: type[QObject] = QWidget) -> Any:
    found = window().findChild(kind, name)
    assert found is not None, name
    return found


def child_of_type(type_name: str) -> Any:
    """A helper object the app hangs on the main window (SyncMenu, DemoMenu, …)."""
    win = window()
    found = (c for c in win.findChildren(QObject) if type(c).__name__ == type_name)
    return next(found, None)


def show_page(name: str) -> None:
    pages = child("pageTabs", QTabWidget)
    pages.setCurrentWidget(child(name))


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII: umlauts and „“ would
    abort it, so those are sent as key events that carry the character)."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)  # type: ignore[call-overload]  # str works at runtime
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def palette_of(image: QImage, size: int = 256) -> list[int]:
    """The ``size`` most frequent colours (ARGB): a screen's flat colours exactly, whatever
    anti-aliased text adds (every third pixel is counted; that finds them all)."""
    data = bytes(image.constBits())  # RGB32: B, G, R, 0xFF per pixel (little-endian)
    counts = Counter(data[i : i + 4] for i in range(0, len(data), 12))
    return [int.from_bytes(c, "little") | 0xFF000000 for c, _n in counts.most_common(size)]


def save_image(image: QImage, path: Path) -> None:
    """An 8-bit PNG with the image's own most frequent colours and the strongest compression
    (Qt: quality 0): flat UI colours stay exact, text crisp, at about 40 % of the size of a
    32-bit PNG. (Qt's own palette would shift pale colours to its colour cube.)"""
    path.parent.mkdir(parents=True, exist_ok=True)
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    indexed = rgb.convertToFormat(QImage.Format.Format_Indexed8, palette_of(rgb), flags)
    if not indexed.save(str(path), "PNG", 0):  # type: ignore[call-overload]  # str works
        raise RuntimeError(f"could not write {path}")
    print("saved", path, flush=True)


def save_widget(widget: QWidget | None, path: Path) -> None:
    if widget is not None:
        save_image(widget.grab().toImage(), path)


def save_screen_area(area: QRect, path: Path) -> None:
    """What the screen shows in ``area``: the window with its open dialogs and menus
    (needs a real display such as Xvfb; offscreen has no screen to grab)."""
    screen = QApplication.primaryScreen()
    pixmap = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
    save_image(pixmap.toImage(), path)


def run_demo(lang: str, on_started: Callable[[], None]) -> int:
    """Run ``smart-orders --demo --lang LANG`` in this process; ``on_started`` runs once the
    event loop does. Returns the app's exit code."""
    sys.argv = ["smart-orders", "--demo", "--lang", lang]
    from desktop_app import cli

    original_exec = QApplication.exec

    def exec_with_steps(*_args: object) -> int:
        QTimer.singleShot(0, on_started)
        return original_exec()

    QApplication.exec = exec_with_steps  # type: ignore[method-assign,assignment]
    return cli.main()


# -- scripted steps -------------------------------------------------------------------------
@dataclass(frozen=True)
class Until:
    """A step waits until ``ready()`` holds (checked between events), at most ``timeout``."""

    ready: Callable[[], bool]
    what: str
    timeout: float = DEFAULT_TIMEOUT_S


def pause(ms: int) -> Until:
    """Let the event loop run for ``ms`` (repaints, animations) before the next step."""
    end = time.monotonic() + ms / 1000
    return Until(lambda: time.monotonic() >= end, f"{ms} ms", ms / 1000 + 5)


Script = Generator[Until, None, None]


class ScriptRunner(QObject):
    """Runs a generator of steps on the GUI thread. The generator yields ``Until`` values;
    between them the event loop runs, so background work, sync and modal dialogs proceed.
    Never open a modal dialog from inside a step (its exec() would block the generator):
    schedule the trigger with ``QTimer.singleShot(0, …)`` and wait for the dialog."""

    def __init__(self, script: Script, on_failure: Callable[[str], None]) -> None:
        super().__init__(QApplication.instance())
        self._script = script
        self._on_failure = on_failure
        self._waiting: Until | None = None
        self._deadline = 0.0
        self._busy = False
        self.done = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._timer.start()

    def _tick(self) -> None:
        if self._busy or self.done:
            return
        self._busy = True
        try:
            self._advance()
        except Exception as exc:  # any failure ends the run with its reason
            self._fail(f"{type(exc).__name__}: {exc}")
        finally:
            self._busy = False

    def _advance(self) -> None:
        waiting = self._waiting
        if waiting is not None and not waiting.ready():
            if time.monotonic() > self._deadline:
                self._fail(f"timed out waiting for {waiting.what}")
            return
        try:
            self._waiting = next(self._script)
        except StopIteration:
            self.done = True
            self._timer.stop()
            return
        self._deadline = time.monotonic() + self._waiting.timeout

    def _fail(self, reason: str) -> None:
        self.done = True
        self._timer.stop()
        self._on_failure(reason)
