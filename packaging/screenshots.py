"""Screenshots of the main screens from a --demo run, for the README and the user guide.

    xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots.py [de|en] [OUT_DIR]

Waits for the demo data to arrive, then shows each screen and saves <screen>-<lang>.png.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QTableView, QTabWidget, QWidget

STEP_MS = 800
FIRST_MS = 7000


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "de"
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    sys.argv = ["smart-orders", "--demo", "--lang", lang]
    from desktop_app import cli

    def save(widget: QWidget | None, name: str) -> None:
        if widget is not None:
            widget.grab().save(str(out / f"{name}-{lang}.png"))
            print("saved", out / f"{name}-{lang}.png", flush=True)

    def window() -> QMainWindow:
        return next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMainWindow) and w.objectName() == "mainWindow"
        )

    def child(name: str, kind: type[QObject] = QWidget) -> QObject:
        found = window().findChild(kind, name)
        assert found is not None, name
        return found

    def then(*steps: Callable[[], None]) -> None:
        for number, step in enumerate(steps):
            QTimer.singleShot(STEP_MS * number, step)

    def show_page(name: str) -> None:
        pages = child("pageTabs", QTabWidget)
        assert isinstance(pages, QTabWidget)
        pages.setCurrentWidget(child(name))  # type: ignore[arg-type]

    def cockpit() -> None:
        show_page("cockpitPage")

    def clients() -> None:
        save(window(), "cockpit")
        show_page("clientsPage")

    def orders() -> None:
        save(window(), "clients")
        show_page("mainSplitter")

    def main_window() -> None:
        save(window(), "main-window")
        win = window()
        table = win.page.table  # type: ignore[attr-defined]
        model = table.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data() in ("Aktiv", "Active"):
                table.selectRow(row)
                break

    def timeline() -> None:
        tabs = child("detailTabs", QTabWidget)
        assert isinstance(tabs, QTabWidget)
        tabs.setCurrentIndex(1)

    def invoices() -> None:
        save(window(), "timeline")
        show_page("invoicePage")
        table = child("invoiceTable", QTableView)
        assert isinstance(table, QTableView)
        table.selectRow(5)

    def settings() -> None:
        save(window(), "invoices")
        show_page("mainSplitter")
        action = child("settingsAction", QAction)
        assert isinstance(action, QAction)
        action.trigger()

    def login() -> None:
        dialog = window().findChild(QDialog, "settingsDialog")
        save(dialog, "settings")
        if dialog is not None:
            dialog.reject()
        menu = next(c for c in window().children() if type(c).__name__ == "SyncMenu")
        menu.show_login()  # type: ignore[attr-defined]

    def submit_check() -> None:
        dialog = window().findChild(QDialog, "loginDialog")
        save(dialog, "login")
        if dialog is not None:
            dialog.reject()
        window().controller.new_draft()  # type: ignore[attr-defined]
        menu = next(c for c in window().children() if type(c).__name__ == "SyncMenu")
        QTimer.singleShot(STEP_MS, menu.submit_action.trigger)  # type: ignore[attr-defined]

    def finish() -> None:
        modal = QApplication.activeModalWidget()
        save(modal, "submit-check")
        if isinstance(modal, QDialog):
            modal.reject()
        QApplication.instance().quit()  # type: ignore[union-attr]

    original_exec = QApplication.exec

    def exec_with_steps(*_args: object) -> int:
        QTimer.singleShot(
            FIRST_MS,
            lambda: then(
                cockpit,
                clients,
                orders,
                main_window,
                timeline,
                invoices,
                settings,
                login,
                submit_check,
                lambda: None,
                finish,
            ),
        )
        return original_exec()

    QApplication.exec = exec_with_steps  # type: ignore[method-assign,assignment]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
