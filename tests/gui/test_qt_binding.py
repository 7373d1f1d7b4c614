"""Guards against a PySide6 defect that crashes the app: a reference to True lost per emit.

PySide6 6.12.0 decrements True's reference count on every signal emitted from Python; after
enough emits the interpreter dies with "bool_dealloc" (seen at exit of the test run).
pyproject.toml excludes that release; this test catches a recurrence in a later one.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)
    plain = Signal()


def test_emitting_signals_keeps_bool_reference_counts(qapp) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for i in range(1000):
        emitter.fired.emit(i)
        emitter.plain.emit()
    after = (sys.getrefcount(True), sys.getrefcount(False))
    assert len(received) == 1000
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50, (before, after)
