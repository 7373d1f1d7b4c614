"""The helpers behind packaging/walkthrough.py and screenshots.py: the step runner waits for
conditions and reports failures, typing handles umlauts, PNGs are written small and intact."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from demo_driver import ScriptRunner, Until, save_image, type_text


def test_steps_run_in_order_once_their_condition_holds(qtbot) -> None:
    flag: list[str] = []
    done: list[str] = []
    failures: list[str] = []

    def script():  # type: ignore[no-untyped-def]
        QTimer.singleShot(100, lambda: flag.append("set"))
        yield Until(lambda: bool(flag), "the flag", timeout=5)
        done.append("after the flag")
        yield Until(lambda: True, "nothing")
        done.append("end")

    runner = ScriptRunner(script(), failures.append)
    runner.start()
    qtbot.waitUntil(lambda: runner.done, timeout=5000)
    assert done == ["after the flag", "end"]
    assert failures == []


def test_a_condition_that_never_holds_fails_with_its_name(qtbot) -> None:
    failures: list[str] = []
    reached: list[bool] = []

    def script():  # type: ignore[no-untyped-def]
        yield Until(lambda: False, "the submit dialog", timeout=0.2)
        reached.append(True)

    runner = ScriptRunner(script(), failures.append)
    runner.start()
    qtbot.waitUntil(lambda: runner.done, timeout=5000)
    assert failures == ["timed out waiting for the submit dialog"]
    assert reached == []


def test_an_exception_in_a_step_is_reported(qtbot) -> None:
    failures: list[str] = []

    def script():  # type: ignore[no-untyped-def]
        yield Until(lambda: True, "start")
        raise LookupError("no such widget")

    runner = ScriptRunner(script(), failures.append)
    runner.start()
    qtbot.waitUntil(lambda: runner.done, timeout=5000)
    assert failures == ["LookupError: no such widget"]


def test_typing_handles_umlauts_and_quotes(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    type_text(edit, "Müller „Süß“ – 2 × 3")
    assert edit.text() == "Müller „Süß“ – 2 × 3"


@pytest.mark.parametrize("colour", ["#fff3c4", "#dbeefe", "#b3261e"])
def test_png_is_written_with_a_palette_and_keeps_exact_colours(tmp_path: Path, colour: str) -> None:
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    for x in range(30):  # a line of text
        image.setPixelColor(x, 3, QColor(Qt.GlobalColor.black))
    for x in range(300):  # more colours than a palette holds: the frequent ones stay exact
        image.setPixelColor(x % 64, 20 + x // 64, QColor(x % 256, (x * 7) % 256, 90))
    target = tmp_path / "shots" / "step.png"
    save_image(image, target)
    back = QImage(str(target))
    assert (back.width(), back.height()) == (64, 32)
    assert back.format() == QImage.Format.Format_Indexed8
    assert back.pixelColor(10, 10) == QColor(colour)
    assert back.pixelColor(3, 3) == QColor(Qt.GlobalColor.black)
