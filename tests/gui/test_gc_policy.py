"""Cyclic garbage is collected on the GUI thread by a timer, never in a worker thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication

from desktop_app.gui import gc_policy


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_install_switches_automatic_collection_off_once_per_process(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = gc_policy.install()
    assert first is not None and not gc.isenabled()
    assert gc_policy.install() is first
    assert first.parent() is QCoreApplication.instance()


def test_worker_threads_allocating_do_not_collect_the_gui_thread_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    collector = gc_policy.install()
    assert collector is not None
    threads: set[str] = set()

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.add(threading.current_thread().name)

    gc.callbacks.append(note)
    try:

        def allocate() -> None:
            for _ in range(50_000):
                _Cycle()

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert threads == set()  # far past the threshold, yet no collection in the worker
        assert gc.get_count()[0] >= gc.get_threshold()[0]
        qtbot.waitUntil(lambda: bool(threads), timeout=3000)
        assert threads == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)


def test_tick_picks_the_generation_like_cpython(qtbot) -> None:  # type: ignore[no-untyped-def]
    collector = gc_policy.install()
    assert collector is not None
    gc.collect()
    assert collector.tick() is None  # below the first threshold: nothing to do
    for _ in range(gc.get_threshold()[0] + 10):
        _Cycle()
    assert collector.tick() in (0, 1, 2)
    assert gc.get_count()[0] < gc.get_threshold()[0]
