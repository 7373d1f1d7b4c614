"""The main window: layout, actions and wiring only (pages and logic live elsewhere)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from .. import __version__
from . import icons
from .draft_editor import DraftEditor
from .drafts_controller import DraftsController
from .order_list_page import OrderListPage


class MainWindow(QMainWindow):
    def __init__(
        self,
        page: OrderListPage,
        editor: DraftEditor,
        controller: DraftsController,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.editor = editor
        self.controller = controller
        self._settings = settings
        self._closed = False
        self.setWindowTitle(self.tr("Smart Aufträge") + "[*]")
        self.setObjectName("mainWindow")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(page)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 520])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

        editor.dirty_changed.connect(self._on_editor_dirty_changed)
        editor.undo_stack.cleanChanged.connect(lambda _c: self._update_actions())
        page.order_selected.connect(lambda _id: QTimer.singleShot(0, self._update_actions))
        controller.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        controller.error.connect(self.show_error)
        controller.changed.connect(lambda _c: self._update_counts())
        controller.changed.connect(lambda _c: QTimer.singleShot(0, self._update_actions))
        controller.loaded.connect(lambda _n: self._update_counts())
        # Orders also arrive from the server (sync): count whatever the list shows.
        for signal in (page.model.rowsInserted, page.model.rowsRemoved, page.model.modelReset):
            signal.connect(lambda *_a: self._update_counts())
        self._restore_layout()
        self._update_actions()

    # -- actions ------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
        icon: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icons.icon(icon))  # resources/icons/<icon>.svg
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&Neuer Entwurf"), key.New, self.controller.new_draft, "new"
        )
        self.save_action = self._action(
            self.tr("&Speichern"), key.Save, self.editor.save_now, "save"
        )
        self.duplicate_action = self._action(
            self.tr("&Duplizieren"), "Ctrl+D", self._on_duplicate, "duplicate"
        )
        self.delete_action = self._action(
            self.tr("Entwurf &löschen …"), key.Delete, self._on_delete, "delete"
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.page.table.addAction(self.delete_action)
        self.find_action = self._action(
            self.tr("&Suchen"), key.Find, self.page.focus_search, "find"
        )
        self.check_action = self._action(
            self.tr("Vollständigkeit &prüfen"),
            "Ctrl+Shift+P",
            self.editor.show_all_problems,
            "check",
        )
        self.undo_action = self.editor.undo_stack.createUndoAction(self, self.tr("&Rückgängig"))
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.undo_action.setIcon(icons.icon("undo"))
        self.redo_action = self.editor.undo_stack.createRedoAction(self, self.tr("&Wiederholen"))
        # Every platform key for redo (Ctrl+Y on Windows) plus Ctrl+Shift+Z everywhere.
        self.redo_action.setShortcuts(
            [*QKeySequence.keyBindings(key.Redo), QKeySequence("Ctrl+Shift+Z")]
        )
        self.redo_action.setIcon(icons.icon("redo"))
        self.quit_action = self._action(self.tr("&Beenden"), "Ctrl+Q", self.close)
        self.about_action = self._action(self.tr("Ü&ber Smart Aufträge"), None, self._on_about)
        for action in (
            self.new_action,
            self.save_action,
            self.duplicate_action,
            self.delete_action,
        ):
            action.setToolTip(action.text().replace("&", "").replace(" …", ""))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        file_menu.setObjectName("fileMenu")
        file_menu.addActions([self.new_action, self.save_action, self.duplicate_action])
        file_menu.addSeparator()
        file_menu.addAction(self.delete_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Bearbeiten"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.check_action])
        help_menu = bar.addMenu(self.tr("&Hilfe"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Werkzeugleiste"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions(
            [self.new_action, self.save_action, self.duplicate_action, self.delete_action]
        )
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.toolTip())

    def _update_actions(self) -> None:
        if self._closed:
            return  # the editor may still signal while the closed window is torn down
        selected = self.page.current_order_id()
        order = self.editor.order
        editable = order is not None and order.is_editable
        self.save_action.setEnabled(editable and self.editor.is_dirty)
        self.duplicate_action.setEnabled(selected is not None)
        self.delete_action.setEnabled(
            order is not None and order.is_editable and order.id == selected
        )
        self.check_action.setEnabled(editable)

    def _update_counts(self) -> None:
        if self._closed:
            return
        total = self.page.model.total
        if total == 1:
            self.count_label.setText(self.tr("1 Auftrag"))
        else:
            self.count_label.setText(self.tr("%1 Aufträge").replace("%1", str(total)))

    # -- slots --------------------------------------------------------------------------
    def _on_editor_dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self._update_actions()

    def _on_duplicate(self) -> None:
        order_id = self.page.current_order_id()
        if order_id is not None:
            self.controller.duplicate(order_id)

    def _on_delete(self) -> None:
        order = self.editor.order
        if order is None or not order.is_editable:
            return
        name = order.title or self.tr("(ohne Titel)")
        answer = QMessageBox.question(
            self,
            self.tr("Entwurf löschen"),
            self.tr("Den Entwurf „%1“ endgültig löschen?").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.delete(order.id)

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Über Smart Aufträge"),
            self.tr("Smart Aufträge %1\nAufträge offline vorbereiten und verfolgen.").replace(
                "%1", __version__
            ),
        )

    def show_error(self, text: str) -> None:
        # Window-modal but not blocking: background results keep arriving meanwhile.
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Smart Aufträge"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("errorBox")
        box.open()

    # -- window state -------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, target in (
            ("window/splitter", self.splitter.restoreState),
            ("window/order_columns", self.page.table.horizontalHeader().restoreState),
        ):
            state = self._settings.value(key)
            if isinstance(state, QByteArray):
                target(state)

    def _save_layout(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.setValue(
            "window/order_columns", self.page.table.horizontalHeader().saveState()
        )
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.controller.flush()
        self._save_layout()
        event.accept()
