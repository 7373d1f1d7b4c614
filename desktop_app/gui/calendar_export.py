"""Datei → "Fristen als Kalender exportieren …": the dated deadlines of the Übersicht as an
.ics file (offers that run out, last days to change invoice drafts), with a reminder a day
ahead. Exporting again after changes keeps each deadline's UID."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from ..domain.deadlines import Deadline, DeadlineKind
from ..domain.ics import CalendarEvent, to_ics
from ..services.cockpit import CockpitQueries
from . import icons
from .ops import OpsRunner
from .problem_texts import format_date


class CalendarExport(QObject):
    def __init__(self, window: QMainWindow, cockpit: CockpitQueries, ops: OpsRunner) -> None:
        super().__init__(window)
        self._window = window
        self._cockpit = cockpit
        self._ops = ops
        self.action = QAction(self.tr("Fristen als &Kalender exportieren …"), window)
        self.action.setObjectName("calendarExportAction")
        self.action.setIcon(icons.icon("calendar"))
        self.action.triggered.connect(self.export)
        file_menu = window.menuBar().findChild(QMenu, "fileMenu")
        if file_menu is not None:
            file_menu.insertAction(file_menu.actions()[-1], self.action)

    def export(self, _checked: bool = False, target: Path | None = None) -> None:
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Fristen exportieren"),
                str(Path.home() / "smart-fristen.ics"),
                self.tr("Kalender (*.ics)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        self._ops.run_db(self._cockpit.items, lambda items: self._write(items, target))

    def events(self, deadlines: list[Deadline]) -> list[CalendarEvent]:
        """Dated deadlines only: a wait for Smart or a refused command has no day to put
        in a calendar."""
        events = []
        for item in deadlines:
            if item.day is None:
                continue
            if item.kind is DeadlineKind.OFFER_EXPIRING:
                events.append(
                    CalendarEvent(
                        f"offer-{item.order_id}@smart-orders",
                        item.day,
                        self.tr("Angebot läuft ab: %1").replace("%1", item.title),
                        self.tr("Die Kund*in muss bis zum Ende dieses Tages bestätigen."),
                    )
                )
            elif item.kind is DeadlineKind.INVOICE_REVIEW:
                events.append(
                    CalendarEvent(
                        f"invoice-{item.invoice_id or item.order_id}@smart-orders",
                        item.day - timedelta(days=1),
                        self.tr("Letzter Tag für Änderungen: Rechnung %1").replace(
                            "%1", item.title
                        ),
                        self.tr("Smart stellt die Rechnung am %1.").replace(
                            "%1", format_date(item.day)
                        ),
                    )
                )
        return events

    def _write(self, items: list[Deadline], target: Path) -> None:
        text = to_ics(self.events(items), datetime.now(UTC))
        self._ops.run_db(
            lambda: target.write_text(text, encoding="utf-8", newline=""),
            lambda _r: self._window.statusBar().showMessage(
                self.tr("Kalender gespeichert: %1").replace("%1", str(target)), 8000
            ),
        )
