"""Background sync: when it runs (start, timer, after a local command, network back, F5),
off the GUI thread through the ops runner, and what the status bar shows about it."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from ..services.composition import Services
from ..services.sync import Outcome, SyncReport
from .ops import OpsRunner

log = logging.getLogger(__name__)

OFFLINE_RETRY_MS = 30_000
SOON_MS = 300


@dataclass(frozen=True)
class SyncStatus:
    running: bool = False
    outcome: str = ""  # the last round's Outcome, "" before the first
    logged_in: bool = False
    pending: int = 0
    failed: int = 0
    last_success: datetime | None = None
    events: int = 0  # pulled so far in the running round (progress)
    detail: str = ""


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    changed = Signal(object)  # Changes the sync brought (orders to reload)
    login_required = Signal()
    _progressed = Signal(int)  # from the worker thread; queued to the GUI thread

    def __init__(
        self,
        services: Services,
        ops: OpsRunner,
        interval_minutes: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._ops = ops
        self._status = SyncStatus()
        self._again = False
        self._cancel = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, interval_minutes) * 60_000)
        self._timer.timeout.connect(self.sync_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.sync_now)
        self._progressed.connect(self._on_progressed)

    @property
    def status(self) -> SyncStatus:
        return self._status

    def start(self) -> None:
        """Pick up the stored session (keyring off the GUI thread), then the first round."""
        self._timer.start()
        self._watch_network()
        self._ops.run_net(self._services.account.restore, self._on_restored, self._on_failed)

    def _watch_network(self) -> None:
        """Sync as soon as the system says the network is back (where the platform can
        tell; otherwise the offline retry timer covers it)."""
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        online = QNetworkInformation.Reachability.Online

        def changed(reachability: QNetworkInformation.Reachability) -> None:
            if reachability == online:
                self.network_available()

        info.reachabilityChanged.connect(changed)

    def stop(self) -> None:
        self._timer.stop()
        self._retry.stop()
        self._cancel.set()

    def set_interval(self, minutes: int) -> None:
        self._timer.setInterval(max(1, minutes) * 60_000)

    def sync_now(self) -> None:
        if self._status.running:
            self._again = True  # one more round right after this one
            return
        if not self._services.account.state.logged_in:
            self._refresh_counts()
            return
        self._cancel.clear()
        self._set(running=True, events=0)
        self._ops.run_net(self._round, self._on_finished, self._on_failed)

    def sync_soon(self) -> None:
        """After a local command: send it shortly (several quick commands share a round)."""
        QTimer.singleShot(SOON_MS, self.sync_now)

    def cancel(self) -> None:
        self._cancel.set()

    def network_available(self) -> None:
        if self._status.outcome == Outcome.OFFLINE:
            self.sync_now()

    def refresh(self) -> None:
        """Recount pending and failed commands (after a local command or a retry/discard)."""
        self._refresh_counts()

    # -- worker side ----------------------------------------------------------------------
    def _round(self) -> tuple[SyncReport, int, int, datetime | None]:
        report = self._services.sync.sync(self._progressed.emit, self._cancel.is_set)
        return (report, *self._counts())

    def _counts(self) -> tuple[int, int, datetime | None]:
        actions = self._services.actions
        return (
            actions.pending_count(),
            len(actions.needing_attention()),
            self._services.sync.last_success(),
        )

    # -- GUI side -------------------------------------------------------------------------
    def _on_restored(self, _state: object) -> None:
        self._set(logged_in=self._services.account.state.logged_in)
        self.sync_now()

    def _on_progressed(self, events: int) -> None:
        self._set(events=events)

    def _on_finished(self, result: tuple[SyncReport, int, int, datetime | None]) -> None:
        report, pending, failed, last_success = result
        self._set(
            running=False,
            outcome=report.outcome,
            pending=pending,
            failed=failed,
            last_success=last_success,
            detail=report.detail,
            logged_in=self._services.account.state.logged_in,
        )
        if not report.changes.empty:
            self.changed.emit(report.changes)
        if report.outcome == Outcome.LOGIN_REQUIRED:
            self.login_required.emit()
        elif report.outcome in (Outcome.OFFLINE, Outcome.SERVER_ERROR):
            self._retry.start(OFFLINE_RETRY_MS)
        self._arm_retry()
        if self._again:
            self._again = False
            self.sync_now()

    def _arm_retry(self) -> None:
        def arm(seconds: float | None) -> None:
            if seconds is None:
                return
            wait_ms = max(int(seconds * 1000), 1000)
            if not self._retry.isActive() or self._retry.remainingTime() > wait_ms:
                self._retry.start(wait_ms)

        self._ops.run_db(self._services.sync.seconds_until_retry, arm, self._on_helper_failed)

    def _refresh_counts(self) -> None:
        def show(counts: tuple[int, int, datetime | None]) -> None:
            pending, failed, last_success = counts
            self._set(
                pending=pending,
                failed=failed,
                last_success=last_success,
                logged_in=self._services.account.state.logged_in,
            )

        self._ops.run_db(self._counts, show, self._on_helper_failed)

    def _on_helper_failed(self, exc: Exception) -> None:
        # Reading counts or the retry time failed: the round itself may still be running.
        log.error("sync bookkeeping failed: %r", exc)

    def _on_failed(self, exc: Exception) -> None:
        log.error("sync failed: %r", exc)
        self._set(running=False, outcome=Outcome.SERVER_ERROR, detail=str(exc))
        self._retry.start(OFFLINE_RETRY_MS)

    def _set(self, **values: object) -> None:
        self._status = replace(self._status, **values)  # type: ignore[arg-type]
        self.status_changed.emit(self._status)
