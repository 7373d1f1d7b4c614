"""Menus, shortcuts and the status-bar corner for the account, sync and order actions,
installed on the main window (which stays layout and wiring only)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolBar

from ..domain.capabilities import OrderAction, allowed_actions
from ..services.composition import Services
from . import icons
from .draft_editor import DraftEditor
from .drafts_controller import DraftsController
from .login_dialog import LoginDialog
from .ops import OpsRunner
from .order_actions_controller import OrderActionsController
from .sync_controller import SyncController
from .sync_status import SyncStatusWidget


class SyncMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        editor: DraftEditor,
        drafts: DraftsController,
        services: Services,
        ops: OpsRunner,
        sync: SyncController,
        actions: OrderActionsController,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._window = window
        self._editor = editor
        self.services = services
        self._services = services
        self.ops = ops
        self._ops = ops
        self.sync = sync
        self.actions = actions
        self.status = SyncStatusWidget(window)
        window.statusBar().addPermanentWidget(self.status)

        def action(text: str, shortcut: str | None, slot: object) -> QAction:
            made = QAction(text, window)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            window.addAction(made)
            return made

        self.submit_action = action(self.tr("An Smart &senden …"), "Ctrl+Return", self._on_submit)
        self.submit_action.setIcon(icons.icon("send"))
        self.comment_action = action(self.tr("&Kommentar …"), "Ctrl+K", self._on_comment)
        self.cancel_order_action = action(
            self.tr("Stornierung &beantragen …"), None, self._on_request_cancellation
        )
        self.sync_action = action(self.tr("Jetzt &synchronisieren"), "F5", sync.sync_now)
        for made, name in (
            (self.comment_action, "comment"),
            (self.cancel_order_action, "cancel"),
            (self.sync_action, "sync"),
        ):
            made.setIcon(icons.icon(name))
        self.stop_action = action(self.tr("Synchronisation &abbrechen"), None, sync.cancel)
        self.attention_action = action(
            self.tr("Abgelehnte Ü&bertragungen …"), None, actions.show_attention
        )
        self.stop_action.setIcon(icons.icon("stop"))
        self.attention_action.setIcon(icons.icon("warning"))
        self.login_action = action(self.tr("&Anmelden …"), None, self.show_login)
        self.logout_action = action(self.tr("Ab&melden"), None, self._on_logout)

        bar = window.menuBar()
        help_menu = bar.actions()[-1]  # keep "Hilfe" last
        order_menu = bar.addMenu(self.tr("&Auftrag"))
        order_menu.addActions([self.submit_action, self.comment_action, self.cancel_order_action])
        sync_menu = bar.addMenu(self.tr("S&ynchronisation"))
        sync_menu.addActions([self.sync_action, self.stop_action])
        sync_menu.addSeparator()
        sync_menu.addAction(self.attention_action)
        sync_menu.addSeparator()
        sync_menu.addActions([self.login_action, self.logout_action])
        for menu in (order_menu, sync_menu):
            bar.insertMenu(help_menu, menu)
        toolbar = window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addActions([self.submit_action, self.sync_action])
            for made in (self.submit_action, self.sync_action):
                made.setToolTip(made.text().replace("&", "").replace(" …", ""))
                button = toolbar.widgetForAction(made)
                if button is not None:
                    button.setAccessibleName(made.toolTip())

        sync.status_changed.connect(self._on_status)
        sync.changed.connect(drafts.reload)
        sync.login_required.connect(self._on_login_required)
        actions.changed.connect(drafts.reload)
        actions.field_requested.connect(self._on_field_requested)
        self.status.cancel_requested.connect(sync.cancel)
        self.status.attention_requested.connect(actions.show_attention)
        self.status.login_requested.connect(self.show_login)
        editor.dirty_changed.connect(lambda _d: self.update_actions())
        drafts.changed.connect(lambda _c: QTimer.singleShot(0, self.update_actions))
        drafts.saved.connect(lambda _o: self.update_actions())
        self._login_dialog: LoginDialog | None = None
        self.auto_login = False
        self._on_status(sync.status)

    def update_actions(self) -> None:
        if not shiboken6.isValid(self.submit_action):
            return  # the window is being torn down
        order = self._editor.order
        allowed = allowed_actions(order.status) if order is not None else frozenset()
        self.submit_action.setEnabled(OrderAction.SUBMIT in allowed)
        self.comment_action.setEnabled(OrderAction.COMMENT in allowed)
        self.cancel_order_action.setEnabled(OrderAction.REQUEST_CANCELLATION in allowed)

    def _on_login_required(self) -> None:
        if self.auto_login:
            return  # someone else (the demo) logs in again by itself
        QTimer.singleShot(0, self.show_login)

    def show_login(self) -> None:
        if self._login_dialog is not None and self._login_dialog.isVisible():
            self._login_dialog.raise_()
            return
        dialog = LoginDialog(self._services.account, self._ops, self._window)
        self._login_dialog = dialog
        dialog.accepted.connect(self._on_logged_in)
        dialog.open()

    def _on_logged_in(self) -> None:
        state = self._services.account.state
        if state.secret_store_problem:
            QMessageBox.information(
                self._window,
                self.tr("Kein Schlüsselbund"),
                self.tr(
                    "Auf diesem Rechner gibt es keinen nutzbaren Schlüsselbund. Die Anmeldung "
                    "gilt deshalb nur bis zum Beenden der App und wird nirgends gespeichert."
                ),
            )
        self.sync.refresh()
        self.sync.sync_now()

    def _on_logout(self) -> None:
        self._ops.run_net(self._services.account.logout, lambda _s: self.sync.refresh())

    def _on_status(self, status: object) -> None:
        self.status.show_status(self.sync.status)
        running = self.sync.status.running
        logged_in = self.sync.status.logged_in
        self.stop_action.setEnabled(running)
        self.sync_action.setEnabled(logged_in and not running)
        self.logout_action.setEnabled(logged_in)
        self.attention_action.setEnabled(self.sync.status.failed > 0)

    def _on_submit(self) -> None:
        order = self._editor.order
        if order is not None and order.is_editable:
            self._editor.save_now()
            self.actions.submit(self._editor.order or order)

    def _on_comment(self) -> None:
        if self._editor.order is not None:
            self.actions.comment(self._editor.order.id)

    def _on_request_cancellation(self) -> None:
        if self._editor.order is not None:
            self.actions.request_cancellation(self._editor.order.id)

    def _on_field_requested(self, field: str) -> None:
        self._editor.show_all_problems()
        self._editor.messages.focus(field)
