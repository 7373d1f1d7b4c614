"""When notifications are looked for and how they are shown.

Looked for: at start (after the first paint; the first sync round after a start counts as
catching up too, since what happened while the app was closed arrives with it), after
every sync that brought changes, and at the next Berlin midnight a deadline notice falls
due (one single-shot timer, like the Übersicht's). Shown: through the first way that works
— the desktop's notifications over D-Bus (Linux), else a tray message (also the native way
on Windows and macOS, where Qt hands it to the system's notification centre), else only
in the in-app list, which always keeps every notification of the session. "Nicht stören"
suppresses the popups, never the list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from ..domain.review_time import BERLIN
from ..platform.settings import Settings
from ..services.notifications import NoticeBatch, NotificationService
from .notification_backend import Backend
from .notification_centre import NotificationCentre, NotificationPanel
from .notification_texts import notice_body, notice_title, summary_body, summary_title
from .ops import OpsRunner

log = logging.getLogger(__name__)

MAX_WAIT_MS = 15 * 60 * 1000  # re-check after a suspend or a clock jump (cf. the cockpit)
MARGIN_MS = 1000


class TrayBackend(Backend):
    """QSystemTrayIcon.showMessage: a balloon on Windows, the notification centre on
    macOS, a tray message where a Linux desktop has a tray. Made only when needed (the
    icon stays in the tray while the app runs)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._last: int | None = None
        self.tray = QSystemTrayIcon(window.windowIcon(), self)
        self.tray.setToolTip(window.windowTitle().replace("[*]", ""))
        self.tray.messageClicked.connect(self._on_message_clicked)
        self.tray.activated.connect(lambda _reason: window.activateWindow())
        self.tray.show()

    def notify(self, entry: int, title: str, body: str) -> None:
        self._last = entry  # one message at a time: a click means the latest
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _on_message_clicked(self) -> None:
        if self._last is not None:
            self.clicked.emit(self._last)


class NotificationController(QObject):
    order_requested = Signal(object)  # uuid.UUID
    centre_requested = Signal()

    def __init__(
        self,
        service: NotificationService,
        ops: OpsRunner,
        centre: NotificationCentre,
        backends: list[Callable[[], Backend | None]],
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._ops = ops
        self.centre = centre
        self._factories = backends  # made lazily, in order of preference
        self._backends: list[Backend | None] = [None] * len(backends)
        self._settings = settings
        self._catching_up = False
        self._closed = False
        self._summaries: set[int] = set()  # popup ids that stand for several notices
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.check())
        centre.order_requested.connect(self.order_requested)

    @property
    def catching_up(self) -> bool:
        return self._catching_up

    def start(self) -> None:
        """The start round: catches up on what was not delivered while the app was closed;
        the first sync round that follows catches up as well."""
        self._catching_up = True
        self.check(catch_up=True)

    def sync_round_finished(self) -> None:
        """After the first round the catch-up is over (deferred: the round's ``changed``
        signal comes right after its status)."""
        if self._catching_up:
            QTimer.singleShot(0, self._end_catch_up)

    def _end_catch_up(self) -> None:
        self._catching_up = False

    def sync_changed(self, _changes: object = None) -> None:
        self.check(catch_up=self._catching_up)

    def check(self, catch_up: bool = False) -> None:
        if self._closed:  # a notice taken now would be marked delivered and never shown
            return
        settings = self._settings()
        offer, invoice = settings.notify_offer_days, settings.notify_invoice_days
        self._ops.run_db(
            lambda: self._service.take_new(catch_up, offer, invoice), self._show, self._failed
        )

    # -- results --------------------------------------------------------------------------
    def _show(self, batch: NoticeBatch) -> None:
        self._arm(batch)
        if not batch.notices:
            return
        today = batch.now.astimezone(BERLIN).date() if batch.now else None
        entries = []
        for notice in batch.notices:
            title = notice_title(notice, today)
            # An event at its time; a deadline when it was found due (its window may have
            # opened days before, while the app was closed).
            at = notice.at if notice.from_event or batch.now is None else batch.now
            entry = self.centre.add(title, notice_body(notice), notice.order_id, at)
            entries.append(entry)
        if self._settings().do_not_disturb:
            return
        if batch.summary:
            popup = self.centre.next_id()
            self._summaries.add(popup)
            lines = [f"{e.title}: {n.title}" if n.title else e.title
                     for e, n in zip(entries, batch.notices, strict=True)]  # fmt: skip
            text = summary_body(lines[::-1])  # newest first
            self._pop(popup, summary_title(len(entries), batch.catch_up), text, 0)
        else:
            for entry in entries:
                self._pop(entry.id, entry.title, entry.body, 0)

    def _pop(self, popup: int, title: str, body: str, start: int) -> None:
        for index in range(start, len(self._factories)):
            backend = self._backend(index)
            if backend is None or backend.broken:
                continue
            backend.notify(popup, title, body)
            return
        # No way left to pop it up: the in-app list (and its bell) has it already.

    def _backend(self, index: int) -> Backend | None:
        if self._backends[index] is None:
            backend = self._factories[index]()
            if backend is None:
                self._factories[index] = lambda: None
                return None
            backend.clicked.connect(self._on_clicked)
            backend.failed.connect(
                lambda popup, i=index, b=backend: self._on_backend_failed(popup, i, b)
            )
            self._backends[index] = backend
        return self._backends[index]

    def _on_backend_failed(self, popup: int, index: int, backend: Backend) -> None:
        entry = self.centre.find(popup)
        if entry is not None:
            self._pop(popup, entry.title, entry.body, index + 1)
        elif popup in self._summaries:
            unread = self.centre.unread()
            self._pop(popup, summary_title(unread, True), "", index + 1)

    def _on_clicked(self, popup: int) -> None:
        if popup in self._summaries:
            self.centre_requested.emit()
        else:
            self.centre.open_entry(popup)

    def _arm(self, batch: NoticeBatch) -> None:
        self.timer.stop()
        wait = MAX_WAIT_MS
        if batch.next_due is not None and batch.now is not None:
            wait = min(_ms(batch.next_due, batch.now) + MARGIN_MS, MAX_WAIT_MS)
        self.timer.start(max(wait, 0))

    def _failed(self, exc: Exception) -> None:
        log.error("notifications could not be checked: %r", exc)
        self.timer.start(MAX_WAIT_MS)

    def close(self) -> None:
        """Idempotent: both aboutToQuit and the app's shutdown call it."""
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        for backend in self._backends:
            if backend is not None:
                backend.close()


def _ms(later: datetime, now: datetime) -> int:
    return int((later - now).total_seconds() * 1000)


def open_panel(centre: NotificationCentre, parent: QWidget) -> NotificationPanel:
    """Show the list (one panel per window)."""
    panel = parent.findChild(NotificationPanel, "notificationPanel")
    if panel is None:
        panel = NotificationPanel(centre, parent)
    panel.show()
    panel.raise_()
    panel.activateWindow()
    return panel
