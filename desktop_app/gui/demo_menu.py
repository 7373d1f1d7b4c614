"""Demo mode: a banner that says so, and a menu that plays Smart and the client and moves
the server's clock, so a newcomer sees the whole lifecycle in minutes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSizePolicy, QVBoxLayout, QWidget

from . import theme
from .draft_editor import DraftEditor
from .ops import OpsRunner

log = logging.getLogger(__name__)


class DemoDirector(Protocol):
    """What the demo menu asks of the demo server (the app passes the simulation)."""

    def approve_all(self) -> list[str]: ...
    def reject(self, order_id: str, reason: str) -> object: ...
    def client_accept(self, order_id: str) -> object: ...
    def client_reject(self, order_id: str, reason: str) -> object: ...
    def advance(self, days: int = 0, seconds: int = 0) -> str: ...


class DemoMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        editor: DraftEditor,
        director: DemoDirector,
        ops: OpsRunner,
        after_change: Callable[[], None],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._editor = editor
        self._director = director
        self._ops = ops
        self._after_change = after_change
        self._report = report
        self.banner = QLabel(
            self.tr(
                "Demo: Beispieldaten auf einem Testserver in dieser App – nichts geht an Smart. "
                "Das Menü „Demo“ spielt Smart und die Kund*in."
            ),
            window,
        )
        self.banner.setObjectName("demoBanner")
        self.banner.setWordWrap(True)
        theme.apply_style(self.banner, "notice_banner")
        # Above everything else in the window, full width, for as long as the demo runs.
        content = window.takeCentralWidget()
        frame = QWidget(window)
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column.addWidget(self.banner)
        if content is not None:
            column.addWidget(content, 1)
        window.setCentralWidget(frame)
        window.setWindowTitle(window.windowTitle() + self.tr(" – Demo"))

        bar = window.menuBar()
        menu = QMenu(self.tr("&Demo"), bar)
        bar.insertMenu(bar.actions()[-1], menu)  # before "Hilfe", which stays last
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("approve", self.tr("Smart: alle prüfenden Aufträge &annehmen"), self._approve_all),
            ("reject", self.tr("Smart: ausgewählten Auftrag &ablehnen"), self._reject),
            ("accept", self.tr("Kund*in: ausgewählten Auftrag &bestätigen"), self._accept),
            ("decline", self.tr("Kund*in: ausgewählten Auftrag a&blehnen"), self._decline),
            ("day", self.tr("Zeit: einen &Tag weiter"), lambda: self._advance(1)),
            ("week", self.tr("Zeit: eine &Woche weiter"), lambda: self._advance(7)),
        ):
            action = menu.addAction(text)
            action.triggered.connect(slot)
            self.actions[key] = action

    def _selected(self) -> str | None:
        order = self._editor.order
        return str(order.id) if order is not None else None

    def _run(self, work: Callable[[], object], done_text: str) -> None:
        def done(_result: object) -> None:
            self._report(done_text)
            self._after_change()

        def failed(exc: Exception) -> None:
            log.warning("demo action failed: %s", exc)
            self._report(self.tr("Demo-Aktion nicht möglich: %1").replace("%1", str(exc)[:200]))

        self._ops.run_net(work, done, failed)

    def _approve_all(self) -> None:
        self._run(self._director.approve_all, self.tr("Smart hat die Aufträge angenommen."))

    def _reject(self) -> None:
        order_id = self._selected()
        if order_id is not None:
            reason = self.tr("Demo: Tätigkeit erfordert eine Genehmigung.")
            self._run(
                lambda: self._director.reject(order_id, reason),
                self.tr("Smart hat den Auftrag abgelehnt."),
            )

    def _accept(self) -> None:
        order_id = self._selected()
        if order_id is not None:
            self._run(
                lambda: self._director.client_accept(order_id),
                self.tr("Die Kund*in hat bestätigt."),
            )

    def _decline(self) -> None:
        order_id = self._selected()
        if order_id is not None:
            reason = self.tr("Demo: Das Budget wurde gestrichen.")
            self._run(
                lambda: self._director.client_reject(order_id, reason),
                self.tr("Die Kund*in hat abgelehnt."),
            )

    def _advance(self, days: int) -> None:
        self._run(
            lambda: self._director.advance(days=days),
            self.tr("Die Serverzeit ist %1 Tag(e) weiter.").replace("%1", str(days)),
        )
