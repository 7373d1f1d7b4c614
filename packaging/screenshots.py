"""Screenshots of the main screens from a --demo run, for the README and the user guide.

    xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots.py [de|en] [OUT_DIR]
        [--theme light|dark]

Waits for the demo data to arrive, then shows each screen and saves <screen>-<lang>.png
(<screen>-<lang>-dark.png with ``--theme dark``; QT_SCALE_FACTOR=2 renders at 200 %).
The helpers are shared with walkthrough.py (demo_driver.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from demo_driver import child, run_demo, save_widget, show_page, window
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QTabWidget, QWidget

from desktop_app.domain.order import Address, Client, ClientType

STEP_MS = 800
FIRST_MS = 7000
DRAFT = ("Entwurf", "Draft")  # an invoice draft in the status column (de, en)
# The demo's "Theater am Lindenhof gGmbH" typed anew (reference_server/demo_clients.py).
NEW_CLIENT = Client(
    ClientType.BUSINESS_EU_VAT,
    "Theater am Lindenhof GGMBH",
    Address("Lindenstr. 12", "10969", "Berlin", "DE"),
    "DE 273 849 154",
)


def main() -> int:
    args = sys.argv[1:]
    suffix = ""
    if "--theme" in args:
        at = args.index("--theme")
        scheme = args[at + 1] if at + 1 < len(args) else ""
        del args[at : at + 2]
        if scheme not in ("light", "dark"):
            print("--theme takes light or dark", file=sys.stderr)
            return 2
        os.environ["SMART_ORDERS_THEME"] = scheme  # read by desktop_app.gui.appearance
        suffix = "-dark" if scheme == "dark" else ""
    lang = args[0] if args else "de"
    out = Path(args[1] if len(args) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget | None, name: str) -> None:
        save_widget(widget, out / f"{name}-{lang}{suffix}.png")

    def then(*steps: Callable[[], None]) -> None:
        for number, step in enumerate(steps):
            QTimer.singleShot(STEP_MS * number, step)

    def notifications() -> None:
        child("notificationsAction", QAction).trigger()  # the in-app list (the bell)

    def cockpit() -> None:
        panel = QApplication.activeWindow()
        if panel is not None and panel.objectName() == "notificationPanel":
            save(panel, "notifications")
            panel.close()
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
        model = table.model()
        drafts = [r for r in range(model.rowCount()) if model.index(r, 0).data() in DRAFT]
        table.selectRow(drafts[0] if drafts else 0)  # the review pane shows a draft

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
        # The create-client form, filled with a demo client: the duplicate warning shows.
        child("newClientAction", QAction).trigger()
        form = window().findChild(QDialog, "newClientDialog")
        form.form.fill(NEW_CLIENT)  # type: ignore[union-attr]
        form.check_now()  # type: ignore[union-attr]

    def new_client() -> None:
        form = window().findChild(QDialog, "newClientDialog")
        save(form, "new-client")
        if isinstance(form, QDialog):
            form.done(QDialog.DialogCode.Rejected)  # without asking to discard
        QApplication.instance().quit()  # type: ignore[union-attr]

    def steps() -> None:
        QTimer.singleShot(
            FIRST_MS,
            lambda: then(
                notifications,
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
                lambda: None,
                new_client,
            ),
        )

    return run_demo(lang, steps)


if __name__ == "__main__":
    sys.exit(main())
