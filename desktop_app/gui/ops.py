"""The one runner for background work: disk I/O off the GUI thread, results by signal.

Database work runs on a pool with a single thread, so all SQLite writes are serialised and
happen in the order they were asked for. Network work (sync, login, keyring) has its own
single-thread pool, so a slow server never delays a save. Results and exceptions come back to
the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # every op has a failure path; nothing dies silently
            log.exception("background operation failed")
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class OpsRunner(QObject):
    failed = Signal(object)  # exceptions of ops that have no failure handler of their own

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._net_pool = QThreadPool(self)
        self._net_pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    @property
    def pending(self) -> int:
        return len(self._relays)

    def run_db(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        self._run(self._db_pool, fn, on_success, on_failure)

    def run_net(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        self._run(self._net_pool, fn, on_success, on_failure)

    def _run(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[Exception], None] | None,
    ) -> None:
        relay = _Relay(self)  # lives in the GUI thread: its signals are delivered there
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        def succeeded(result: Any) -> None:
            finish()
            if on_success is not None:
                on_success(result)

        def failed(exc: Exception) -> None:
            finish()
            if on_failure is not None:
                on_failure(exc)
            else:
                self.failed.emit(exc)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        pool.start(_Job(fn, relay))

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until queued work is finished (used on quit so that nothing is lost).
        Database writes are waited for in full; a network call is given a short grace: the
        outbox makes anything it did not finish safe to repeat on the next start."""
        net_done = self._net_pool.waitForDone(min(msecs, 3000))
        return self._db_pool.waitForDone(msecs) and net_done
