"""Einstellungen → "Kalenderdatei aktuell halten": the deadlines of the Übersicht kept in one
.ics file that calendar apps subscribe to. After every change the app broadcasts (a sync,
a command) and at each new day the events are recomputed and the file is rewritten, on the
database thread and only when its content changed (services.calendar_file). Never in
read-only (inspection) mode."""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.deadlines import Deadline
from ..domain.review_time import BERLIN
from ..platform.clock import Clock
from ..services.calendar_file import CalendarFile
from ..services.changes import Changes
from ..services.cockpit import CockpitQueries
from .calendar_export import CalendarExport
from .ops import OpsRunner

log = logging.getLogger(__name__)
MAX_WAIT_MS = 15 * 60 * 1000  # a suspend or a clock jump is caught within this
MARGIN_MS = 1000  # just after midnight, not a hair before


class CalendarSubscription(QObject):
    checked = Signal(bool)  # the file is up to date; True: it had to be (re)written
    failed = Signal(str)  # a German message: the file cannot be written

    def __init__(
        self,
        parent: QObject,
        cockpit: CockpitQueries,
        export: CalendarExport,
        ops: OpsRunner,
        clock: Clock,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._cockpit = cockpit
        self._export = export
        self._ops = ops
        self._clock = clock
        self._file = CalendarFile(clock, read_only)
        self.read_only = read_only
        self.path: Path | None = None
        self._reported: Path | None = None  # a failure is shown once per path
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)

    def set_path(self, path: str) -> None:
        """The file to keep up to date; empty: none (the option is off)."""
        new = Path(path).expanduser() if path.strip() else None
        if new != self.path:
            self.path, self._reported = new, None
        self.refresh()

    def refresh(self, _changes: Changes | None = None) -> None:
        path = self.path
        if self.read_only or path is None:
            self.timer.stop()
            return
        self._ops.run_db(
            self._cockpit.items, lambda items: self._write(path, items), self._retry_later
        )
        self._arm_timer()

    def _write(self, path: Path, items: list[Deadline]) -> None:
        if path != self.path:
            return  # switched off or moved meanwhile
        events = self._export.events(items)  # translated texts: made on the GUI thread
        self._ops.run_db(
            lambda: self._file.update(path, events),
            lambda changed: self._written(path, changed),
            lambda exc: self._failed(path, exc),
        )

    def _written(self, path: Path, changed: bool) -> None:
        self._reported = None
        self.checked.emit(changed)

    def _failed(self, path: Path, exc: Exception) -> None:
        if path != self.path or self._reported == path:
            return
        self._reported = path
        reason = getattr(exc, "strerror", None) or str(exc)
        self.failed.emit(
            self.tr(
                "Die Kalenderdatei „%1“ lässt sich nicht schreiben (%2). Bitte unter "
                "Einstellungen → „Kalenderdatei aktuell halten“ einen anderen Speicherort "
                "wählen."
            )
            .replace("%1", str(path))
            .replace("%2", reason)
        )

    def _retry_later(self, exc: Exception) -> None:
        log.warning("deadlines for the calendar file not read (%r); the timer retries", exc)

    def _arm_timer(self) -> None:
        """The deadlines in the file change with the Berlin calendar day: re-check just
        after midnight, or sooner (capped) so a suspend or clock jump is noticed."""
        now = self._clock.now().astimezone(BERLIN)
        midnight = datetime.combine(now.date() + timedelta(days=1), time(), BERLIN)
        wait = (midnight - now).total_seconds() * 1000 + MARGIN_MS
        self.timer.start(int(min(max(wait, 0), MAX_WAIT_MS)))
