"""A search field above the client fields: type three letters, pick a client from Smart's
shared database (or, offline, from the clients seen before), and the fields are filled —
which avoids the duplicates Smart asks members to avoid."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.client_search import query_ok
from ..domain.order import Client
from ..services.clients import ClientDirectory, ClientMatches
from .draft_editor import DraftEditor
from .new_client_action import NewClientAction
from .ops import OpsRunner

DEBOUNCE_MS = 300


def _line(client: Client) -> str:
    place = " ".join(p for p in (client.address.postal_code, client.address.city) if p)
    parts = [client.legal_name, place, client.vat_id]
    return " · ".join(p for p in parts if p)


class ClientSearch(QObject):
    create_requested = Signal(str)  # "Neue*n Kund*in anlegen" from a search that found nothing

    def __init__(self, editor: DraftEditor, directory: ClientDirectory, ops: OpsRunner) -> None:
        super().__init__(editor)
        self._editor = editor
        self._directory = directory
        self._ops = ops
        self._found: list[Client] = []
        self._asked = ""
        group = editor.ui.clientGroup
        self.box = QWidget(group)
        self.edit = QLineEdit(self.box)
        self.edit.setObjectName("clientSearchEdit")
        self.edit.setPlaceholderText(self.tr("In Smart-Kund*innen suchen (mind. 3 Buchstaben) …"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Kund*in suchen"))
        self.hint = QLabel(self.box)
        self.hint.setObjectName("clientSearchHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.hint.linkActivated.connect(lambda _link: self.create_requested.emit(self._asked))
        self.hint.hide()
        self.layout = QVBoxLayout(self.box)  # the search field, the hint, then "Neu …"
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.layout.addWidget(self.edit)
        self.layout.addWidget(self.hint)
        editor.ui.clientGroupForm.insertRow(0, self.tr("Su&chen:"), self.box)
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self.edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(self._on_chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        editor.order_shown.connect(self._on_order_shown)
        self._on_order_shown(editor.order)
        self.new_client = NewClientAction(self, editor, directory, ops)

    def _on_order_shown(self, _order: object) -> None:
        order = self._editor.order
        self.box.setEnabled(order is not None and order.is_editable)
        self.edit.clear()
        self.hint.hide()

    def _search(self) -> None:
        query = self.edit.text().strip()
        if not query_ok(query):
            self.hint.hide()
            return
        self._asked = query
        self._ops.run_net(
            lambda: self._directory.search(query),
            lambda found: self._show(query, found),
        )

    def _show(self, query: str, found: ClientMatches) -> None:
        if query != self._asked:
            return  # a newer search is on its way
        self._found = list(found.clients)
        self.model.setStringList([_line(c) for c in self._found])
        texts = []
        if found.from_cache:
            texts.append(self.tr("Offline: nur bereits gesehene Kund*innen."))
        if not self._found:
            link = self.tr("Neue*n Kund*in anlegen …")
            texts.append(self.tr("Keine Kund*in gefunden.") + f' <a href="new">{link}</a>')
        self.hint.setText(" ".join(texts))
        self.hint.setVisible(found.from_cache or not self._found)
        if self._found:
            self.completer.complete()

    def _on_chosen(self, text: str) -> None:
        for client in self._found:
            if _line(client) == text:
                self._editor.set_client(client)
                self.hint.setText(
                    self.tr("Übernommen: %1 (aus Smarts Kund*innen-Datenbank).").replace(
                        "%1", html.escape(client.legal_name)
                    )
                )
                self.hint.show()
                QTimer.singleShot(0, self.edit.clear)
                return
