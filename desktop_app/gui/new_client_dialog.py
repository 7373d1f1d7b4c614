"""Creating a client together with the order, after a look for duplicates.

While the person types, the dialog asks (on the network thread) whether Smart's client
database already has this client — the server when online, the cached clients when offline.
Likely duplicates are shown before the client is used: "Vorhandene verwenden" links the
order to the existing record, "Trotzdem neu anlegen" keeps the new one. ``chosen`` carries the
client for the draft; the dialog never blocks the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.client_duplicates import (
    DuplicateCandidate,
    DuplicateMatch,
    dedup_key,
    worth_checking,
)
from ..domain.order import Client
from ..domain.validation import Severity
from ..services.clients import ClientDirectory, DuplicateCheck
from . import theme
from .client_duplicates_model import CANDIDATE_ROLE, DuplicatesModel
from .new_client_form import NewClientForm
from .ops import OpsRunner

CHECK_DELAY_MS = 500
_CHECKED_FIELDS = frozenset(
    {"client.legal_name", "client.vat_id", "client.address.country", "client.address.postal_code"}
)


def _check_key(client: Client) -> str:
    """What the duplicate check depends on: a change elsewhere needs no new check."""
    return dedup_key(client) + "|" + client.legal_name.casefold()


class NewClientDialog(QDialog):
    chosen = Signal(object)  # the Client for the draft (server_id set: an existing record)

    def __init__(
        self,
        directory: ClientDirectory,
        ops: OpsRunner,
        initial: Client | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newClientDialog")
        self.setWindowTitle(self.tr("Neue*n Kund*in anlegen"))
        self._directory = directory
        self._ops = ops
        self._touched: set[str] = set()
        self._asked = ""  # key of the check on its way
        self._checked = ""  # key of the last answer shown
        self._accept_when_checked = False
        self._closing = False

        intro = QLabel(
            self.tr(
                "Die Kund*in wird mit dem Auftrag an Smart übermittelt und in Smarts "
                "gemeinsame Kund*innen-Datenbank aufgenommen. Bitte prüfen Sie vorher, ob es "
                "sie schon gibt."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = NewClientForm(self)
        self.check_label = QLabel(self)
        self.check_label.setObjectName("duplicateCheckLabel")
        self.check_label.setWordWrap(True)
        self._build_panel()
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("&Kund*in anlegen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createClientButton")
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self._on_create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form.widget)
        layout.addWidget(self.panel)
        layout.addWidget(self.check_label)
        layout.addStretch(1)  # room to spare goes here, not into the message labels
        layout.addWidget(self.buttons)
        self.resize(680, 560)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        if initial is not None:
            self.form.fill(initial)
        self._initial = self.form.client()
        self.form.edited.connect(self._on_edited)
        if worth_checking(self._initial):
            self._timer.start()

    def _build_panel(self) -> None:
        self.panel = QFrame(self)
        self.panel.setObjectName("duplicatePanel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel_title = QLabel(self.tr("Diese Kund*in gibt es vielleicht schon:"), self.panel)
        self.panel_title.setObjectName("duplicateTitle")
        self.panel_title.setWordWrap(True)
        theme.apply_style(self.panel_title, "warning_badge")
        self.panel_title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.model = DuplicatesModel(self)
        self.list = QListView(self.panel)
        self.list.setObjectName("duplicateList")
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Mögliche Dubletten"))
        self.list.setMaximumHeight(110)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(self._on_candidate_activated)
        self.use_button = QPushButton(self.tr("Vorhandene &verwenden"), self.panel)
        self.use_button.setObjectName("useExistingButton")
        self.use_button.clicked.connect(self.use_existing)
        self.anyway_button = QPushButton(self.tr("&Trotzdem neu anlegen"), self.panel)
        self.anyway_button.setObjectName("createAnywayButton")
        self.anyway_button.clicked.connect(self.create_anyway)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.use_button)
        row.addWidget(self.anyway_button)
        layout = QVBoxLayout(self.panel)
        layout.addWidget(self.panel_title)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.panel.hide()

    # -- editing and the duplicate check ----------------------------------------------------
    @property
    def is_edited(self) -> bool:
        return self.form.client() != self._initial

    def _fit(self) -> None:
        """Grow when messages or the duplicate list appear: nothing gets squeezed."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _on_edited(self, field: str) -> None:
        self._touched.add(field)
        self.form.show_problems(self._touched)
        self._fit()
        if field in _CHECKED_FIELDS:
            self._accept_when_checked = False
            self._timer.start()

    def check_now(self) -> None:
        """Ask now (also what the delay timer does)."""
        self._timer.stop()
        client = self.form.client()
        key = _check_key(client)
        if not worth_checking(client):
            self._show_check(key, DuplicateCheck((), from_cache=False))
            return
        if key in (self._asked, self._checked):
            return
        self._asked = key
        self.check_label.setText(self.tr("Prüfe, ob es die Kund*in schon gibt …"))
        self._ops.run_net(
            lambda: self._directory.duplicates(client),
            lambda found: self._show_check(key, found),
            lambda exc: self._check_failed(key, exc),
        )

    def _show_check(self, key: str, found: DuplicateCheck) -> None:
        if self._closing or key != _check_key(self.form.client()):
            if key == self._asked:
                self._asked = ""  # values typed back to these get asked again
            return  # the person typed on; a newer check follows
        self._asked = ""
        self._checked = key
        self.model.set_candidates(list(found.candidates))
        if found.candidates:
            exact = found.candidates[0].match is DuplicateMatch.EXACT
            self.panel_title.setText(
                self.tr(
                    "Diese Kund*in gibt es schon – Smart würde den Auftrag beim Senden mit dem "
                    "vorhandenen Eintrag verknüpfen:"
                )
                if exact
                else self.tr("Diese Kund*in gibt es vielleicht schon:")
            )
            self.list.setCurrentIndex(self.model.index(0))
            self.check_label.setText(
                self.tr("Offline geprüft: nur bereits gesehene Kund*innen.")
                if found.from_cache
                else ""
            )
        elif worth_checking(self.form.client()):
            self.check_label.setText(
                self.tr(
                    "Offline geprüft (nur bereits gesehene Kund*innen): keine ähnliche gefunden."
                )
                if found.from_cache
                else self.tr("Keine ähnliche Kund*in in Smarts Datenbank gefunden.")
            )
        else:
            self.check_label.clear()
        self.panel.setVisible(bool(found.candidates))
        self._fit()
        if self._accept_when_checked:
            self._accept_when_checked = False
            if found.candidates:
                self.list.setFocus()
            else:
                self._finish(self.form.client())

    def _check_failed(self, key: str, _exc: Exception) -> None:
        if self._closing or key != self._asked:
            return
        self._asked = ""
        self._accept_when_checked = False
        self.check_label.setText(
            self.tr(
                "Die Prüfung auf Dubletten ist fehlgeschlagen – bitte selbst über „Suchen“ prüfen."
            )
        )
        self._checked = key  # do not ask again for the same values

    # -- choosing ---------------------------------------------------------------------------
    def _valid(self) -> bool:
        problems = self.form.show_problems(None)
        self._fit()
        errors = [p for p in problems if p.severity is Severity.ERROR]
        if errors:
            self.form.messages.focus(errors[0].field)
            return False
        return True

    def _on_create(self) -> None:
        if not self._valid():
            return
        client = self.form.client()
        if _check_key(client) != self._checked:
            self._accept_when_checked = True
            self.check_now()
            return
        if self.model.rowCount():
            self.list.setFocus()
            return
        self._finish(client)

    def create_anyway(self) -> None:
        if self._valid():
            self._finish(self.form.client())

    def use_existing(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        if index.isValid():
            self._on_candidate_activated(index)

    def _on_candidate_activated(self, index: QModelIndex) -> None:
        candidate = index.data(CANDIDATE_ROLE)
        if isinstance(candidate, DuplicateCandidate):
            self._finish(candidate.client)

    def _finish(self, client: Client) -> None:
        self._closing = True
        self.chosen.emit(client)
        self.accept()

    def reject(self) -> None:
        """Cancel asks first when something was typed, so nothing is lost by accident."""
        if self.is_edited and not self._closing:
            answer = QMessageBox.question(
                self,
                self.tr("Eingaben verwerfen?"),
                self.tr("Die eingegebene Kund*in wird nicht übernommen. Eingaben verwerfen?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._closing = True
        self._timer.stop()
        super().reject()
