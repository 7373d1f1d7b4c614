"""Puts notifications into the window: the bell in the status bar (and Ctrl+Shift+B) for
the list, the ways to pop up (D-Bus, tray), and the signals that make it
look (sync, start). Not used in read-only mode: marking a notification delivered writes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from ..platform.settings import Settings
from ..services.composition import Services
from ..services.sync import Outcome
from .freedesktop_notifications import FreedesktopNotifications, bus_available
from .navigation import Navigation
from .notification_centre import NotificationBell, NotificationCentre
from .notification_controller import (
    Backend,
    NotificationController,
    TrayBackend,
    open_panel,
)
from .ops import OpsRunner
from .sync_controller import SyncController, SyncStatus


def default_backends(window: QMainWindow) -> list[Callable[[], Backend | None]]:
    def freedesktop() -> Backend | None:
        if not bus_available():
            return None
        open_text = QCoreApplication.translate("NotificationSetup", "Auftrag öffnen")
        return FreedesktopNotifications(window.windowTitle().replace("[*]", ""), open_text, window)

    def tray() -> Backend | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        return TrayBackend(window)

    return [freedesktop, tray]


def attach_notifications(
    window: QMainWindow,
    services: Services,
    ops: OpsRunner,
    sync: SyncController,
    navigation: Navigation,
    settings: Callable[[], Settings],
    backends: list[Callable[[], Backend | None]] | None = None,
    start: bool = True,
) -> NotificationController:
    centre = NotificationCentre(window)
    bell = NotificationBell(centre, window)
    window.statusBar().addPermanentWidget(bell)
    controller = NotificationController(
        services.notifications,
        ops,
        centre,
        backends if backends is not None else default_backends(window),
        settings,
        window,
    )

    def show_order(order_id: object) -> None:
        navigation.show_order(order_id)  # type: ignore[arg-type]
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def show_list() -> None:
        open_panel(centre, window)

    controller.order_requested.connect(show_order)
    controller.centre_requested.connect(show_list)
    bell.clicked.connect(show_list)
    action = QAction(QCoreApplication.translate("NotificationSetup", "Benachrichtigungen"), window)
    action.setObjectName("notificationsAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+B"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(show_list)
    window.addAction(action)

    def round_done(status: SyncStatus) -> None:
        # Only a round that reached the server brings what happened while the app was
        # closed; an offline start keeps catching up until one does.
        if not status.running and status.outcome == Outcome.OK:
            controller.sync_round_finished()

    sync.changed.connect(controller.sync_changed)
    sync.status_changed.connect(round_done)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.close)
    if start:
        controller.start()
    return controller
