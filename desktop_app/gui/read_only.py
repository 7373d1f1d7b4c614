"""Read-only (inspection) mode in the window: a permanent banner, and every action that
changes data hidden and disabled in this one place.

The services refuse every write anyway (services.read_only); this is the second line:
nothing the person can click even tries. Hidden actions in a disabled group stay disabled
whatever the window's own update code later asks for (Qt ignores setEnabled(True) then).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar

from ..domain.capabilities import OrderAction, allowed_actions
from ..domain.status import OrderStatus
from . import theme
from .main_window import MainWindow

if TYPE_CHECKING:  # imported with the sync GUI, after the first paint
    from .invoice_page import InvoicePage
    from .sync_menu import SyncMenu

# What read-only mode still allows for any status: nothing today, but driven from the one
# capability table so the GUI and the services can never disagree.
STILL_ALLOWED: frozenset[OrderAction] = frozenset().union(
    *(allowed_actions(status, read_only=True) for status in OrderStatus)
)


class ReadOnlyView(QObject):
    def __init__(self, window: MainWindow, bundle_name: str | None = None) -> None:
        super().__init__(window)
        self._window = window
        if bundle_name:
            text = self.tr("Nur-Lesen – Inspektion von %1").replace("%1", bundle_name)
        else:
            text = self.tr("Nur-Lesen – Inspektionsmodus")
        self.banner = QLabel(text, window)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        theme.apply_style(self.banner, "info_banner")
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        # A bar of its own above everything, not part of the central widget: the pages
        # (tabs) replace that, and the banner must stay whatever page is shown.
        bar = QToolBar(self.tr("Nur-Lesen"), window)
        bar.setObjectName("readOnlyBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)  # cannot be hidden
        self.banner_action = bar.addWidget(self.banner)  # shows the label; does nothing
        first = window.findChild(QToolBar, "mainToolbar")
        if first is not None:
            window.insertToolBar(first, bar)
            window.insertToolBarBreak(first)
        else:
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        window.setWindowTitle(window.windowTitle() + self.tr(" – Nur-Lesen"))

        self._refused = QActionGroup(self)
        self._refused.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self._refused.setEnabled(False)
        self.refused: list[QAction] = []
        self._by_capability(
            {
                OrderAction.EDIT: (window.save_action, window.undo_action, window.redo_action),
                OrderAction.DELETE: (window.delete_action,),
                OrderAction.DUPLICATE: (window.duplicate_action,),
            }
        )
        self.refuse(window.new_action)  # creates a draft: no order's capability
        editor = window.editor
        editor.order_shown.connect(lambda _order: self._lock_editor())
        self._lock_editor()

    def _by_capability(self, actions: dict[OrderAction, tuple[QAction, ...]]) -> None:
        for capability, made in actions.items():
            if capability not in STILL_ALLOWED:
                self.refuse(*made)

    def refuse_unless_allowed(self, capability: OrderAction, *actions: QAction) -> None:
        """Refuse ``actions`` (e.g. the editor's own) when read-only mode takes ``capability``."""
        self._by_capability({capability: actions})

    def refuse(self, *actions: QAction) -> None:
        for action in actions:
            action.setVisible(False)
            self._refused.addAction(action)
            self.refused.append(action)

    def _lock_editor(self) -> None:
        editor = self._window.editor
        editor.form.setEnabled(False)

    def cover_sync(
        self, menu: SyncMenu, settings_action: QAction, invoice_page: InvoicePage
    ) -> None:
        """The sync GUI arrives after the first paint: refuse its writing actions too."""
        self._by_capability(
            {
                OrderAction.SUBMIT: (menu.submit_action,),
                OrderAction.COMMENT: (menu.comment_action,),
                OrderAction.REQUEST_CANCELLATION: (menu.cancel_order_action,),
            }
        )
        # Sync writes the outbox and the feed; log in/out and settings write the keyring
        # and the settings file; the attention list retries or discards commands.
        self.refuse(
            menu.sync_action,
            menu.stop_action,
            menu.attention_action,
            menu.login_action,
            menu.logout_action,
            settings_action,
        )
        for signal in (menu.status.login_requested, menu.status.attention_requested):
            signal.disconnect()
        invoice_page.set_read_only()  # stays so on every selection
