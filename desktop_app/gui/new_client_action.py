""" "Neue*n Kund*in anlegen …" beside the client search: opens the create-client form and puts
the client it returns into the draft as one undo step.

A new client travels with the order (its ``id`` stays empty on the wire, and the server
creates or links the record on submit), so nothing else needs to be sent. The action is one
of the editing capabilities: enabled for drafts only, and refused in read-only mode.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from ..domain.capabilities import OrderAction, allowed_actions
from ..domain.order import Client
from ..services.clients import ClientDirectory
from .draft_editor import DraftEditor
from .new_client_dialog import NewClientDialog
from .ops import OpsRunner

if TYPE_CHECKING:
    from .client_search import ClientSearch


class NewClientAction(QObject):
    def __init__(
        self,
        search: ClientSearch,
        editor: DraftEditor,
        directory: ClientDirectory,
        ops: OpsRunner,
    ) -> None:
        super().__init__(search)
        self._search = search
        self._editor = editor
        self._directory = directory
        self._ops = ops
        self.dialog: NewClientDialog | None = None
        self.action = QAction(self.tr("Neue*n Kund*in anlegen …"), editor)
        self.action.setObjectName("newClientAction")
        self.action.setToolTip(
            self.tr(
                "Eine Kund*in, die es in Smarts Datenbank noch nicht gibt, mit dem Auftrag anlegen"
            )
        )
        self.action.triggered.connect(lambda: self.open_form())
        self.button = QPushButton(self.action.text(), search.box)
        self.button.setObjectName("newClientButton")
        self.button.setToolTip(self.action.toolTip())
        self.button.clicked.connect(self.action.trigger)
        search.layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        # The button follows the action: hidden and disabled wherever the action is.
        self.action.changed.connect(self._follow_action)
        search.create_requested.connect(self.open_form)
        editor.order_shown.connect(lambda _order: self._update())
        self._update()

    def _update(self) -> None:
        order = self._editor.order
        allowed = order is not None and OrderAction.EDIT in allowed_actions(order.status)
        self.action.setEnabled(allowed)
        self._follow_action()

    def _follow_action(self) -> None:
        self.button.setVisible(self.action.isVisible())
        self.button.setEnabled(self.action.isEnabled())

    def open_form(self, query: str = "") -> NewClientDialog | None:
        """Open the form, filled with a search that found nothing or the draft's own new
        client (typed into the draft before); None when the action is not allowed now."""
        order = self._editor.order
        if order is None or not self.action.isEnabled() or not self.action.isVisible():
            return None
        initial: Client | None = None
        if query.strip():
            initial = Client(legal_name=query.strip())
        elif order.client.server_id is None and order.client != Client():
            initial = order.client
        if self.dialog is not None:  # already open (it is window-modal)
            self.dialog.raise_()
            return self.dialog
        self.dialog = dialog = NewClientDialog(
            self._directory, self._ops, initial, self._editor.window()
        )
        dialog.chosen.connect(self._use)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: NewClientDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _use(self, client: Client) -> None:
        self._editor.set_client(client)
        if client.server_id is not None:
            text = self.tr("Übernommen: %1 (aus Smarts Kund*innen-Datenbank).")
        else:
            text = self.tr("Neue Kund*in %1 – wird beim Senden in Smarts Datenbank angelegt.")
        self._search.hint.setText(text.replace("%1", html.escape(client.legal_name)))
        self._search.hint.show()
