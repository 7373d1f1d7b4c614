"""The demo walked as a new user would, with a screenshot of every step, for docs/walkthrough.

    xvfb-run -a -s "-screen 0 1400x900x24" python packaging/walkthrough.py [de|en] [OUT_DIR]

Starts ``smart-orders --demo`` in this process and drives it through its real widgets
(keyboard shortcuts, typing, clicks, menu actions): a new order is filled, checked,
submitted, approved by Smart and confirmed by the client (the Demo menu, which plays them
through the reference server's simulation helper), a cancellation is requested, a rejected
order is duplicated, and the invoices are shown. Every wait is for a condition (only a
screenshot waits a fixed 0.4 s for the repaint), so the run is repeatable; a step that does
not happen in time ends the run with exit code 1, its reason on stderr and FAILED.png.

Needs a real display (Xvfb): dialogs and menus are captured with the window from the screen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from demo_driver import (
    ScriptRunner,
    Until,
    child,
    child_of_type,
    has_window,
    pause,
    run_demo,
    save_screen_area,
    type_text,
    window,
)
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from walkthrough_texts import TEXTS

from desktop_app.domain.invoice import InvoiceStatus
from desktop_app.domain.status import OrderStatus
from desktop_app.gui.i18n import status_text

SIZE = QRect(0, 0, 1280, 800)
SETTLE_MS = 400  # repaint after a change before the screenshot
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def modal() -> Any:
    """The open modal dialog (typed loosely: the app's dialogs carry their own attributes)."""
    return QApplication.activeModalWidget()


def focus() -> Any:
    return QApplication.focusWidget()


class Walkthrough:
    def __init__(self, lang: str, out: Path) -> None:
        self.lang = lang
        self.out = out
        self.texts = TEXTS[lang]
        self.exit_code = 0

    # -- plumbing -------------------------------------------------------------------------
    def shot(self, name: str) -> Until:
        """Settle, then save the screen area of the window (with dialogs and menus)."""
        yield_pause = pause(SETTLE_MS)

        def settled_then_saved() -> bool:
            if not yield_pause.ready():
                return False
            save_screen_area(SIZE, self.out / f"{name}.png")
            return True

        return Until(settled_then_saved, f"screenshot {name}")

    def fail(self, reason: str) -> None:
        print("walkthrough failed:", reason, file=sys.stderr, flush=True)
        menu = child_of_type("SyncMenu") if has_window() else None
        if menu is not None:  # what the server refused, if anything
            for command in menu.services.actions.needing_attention():
                print("  refused:", command, file=sys.stderr, flush=True)
        try:
            save_screen_area(SIZE, self.out / "FAILED.png")
        finally:
            self.exit_code = 1
            QApplication.exit(1)

    def sync(self) -> Any:
        return child_of_type("SyncMenu").sync

    def synced(self) -> bool:
        status = self.sync().status
        return status.logged_in and not status.running and status.pending == 0 and status.outcome

    def order(self) -> Any:
        return window().editor.order

    def status_is(self, status: OrderStatus) -> Callable[[], bool]:
        return lambda: self.order() is not None and self.order().status is status

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        target = QApplication.focusWidget() or window()
        QTest.keyClick(target, key, modifier)

    def activate(self):  # type: ignore[no-untyped-def]
        """Make the main window the active one (its shortcuts work only then)."""
        win = window()
        win.activateWindow()
        yield Until(win.isActiveWindow, "main window active")

    def type_into(self, widget: QWidget, text: str) -> None:
        widget.setFocus()
        type_text(widget, text)

    def show_timeline(self) -> None:
        child("detailTabs", QTabWidget).setCurrentIndex(1)

    def show_form(self) -> None:
        child("detailTabs", QTabWidget).setCurrentIndex(0)

    def timeline_rows(self) -> int:
        return child_of_type("TimelinePanel").model.rowCount()

    def timeline_has(self, status: OrderStatus) -> Callable[[], bool]:
        """The timeline shows a sent (not waiting) event that moved the order to ``status``."""

        def check() -> bool:
            model = child_of_type("TimelinePanel").model
            wanted = status_text(status)
            return any(
                model.index(row, 2).data() == wanted
                and model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is None
                for row in range(model.rowCount())
            )

        return check

    def cell_editor(self, view: Any, column: int) -> bool:
        """A line-item cell of ``column`` is open for typing and has the focus."""
        focus = QApplication.focusWidget()
        return (
            isinstance(focus, QLineEdit)
            and view.isAncestorOf(focus)
            and view.currentIndex().column() == column
        )

    def scroll_editor_to(self, widget: QWidget) -> None:
        window().editor._scroll.ensureWidgetVisible(widget, 0, 160)

    # -- the walk -------------------------------------------------------------------------
    def script(self):  # type: ignore[no-untyped-def]
        t = self.texts
        yield Until(has_window, "the main window", 60)
        yield Until(lambda: child_of_type("SyncMenu") is not None, "sync attached", 60)
        yield Until(lambda: child_of_type("DemoMenu") is not None, "demo menu", 60)
        yield Until(
            lambda: self.synced() and window().page.model.total >= 10, "demo data synced", 90
        )
        win = window()
        win.setGeometry(SIZE)
        yield from self.activate()

        # 1 — the Übersicht after start
        self.key(Qt.Key.Key_1, CTRL)
        yield Until(lambda: child("pageTabs", QTabWidget).currentIndex() == 0, "Übersicht")
        yield self.shot("01-overview")

        # 2 — a new order with Ctrl+N, the empty editor
        self.key(Qt.Key.Key_2, CTRL)
        yield pause(100)
        self.key(Qt.Key.Key_N, CTRL)
        yield Until(self.status_is(OrderStatus.DRAFT), "a new draft in the editor")
        yield Until(lambda: win.editor.form.isEnabled(), "editable form")
        new_id = self.order().id
        yield self.shot("02-new-order")

        # 3 — filling the form, the live preview beside the line items
        ui = win.editor.ui
        search = child("clientSearchEdit")
        self.scroll_editor_to(search)
        self.type_into(search, t["client"])
        search_popup = child_of_type("ClientSearch").completer.popup()
        yield Until(search_popup.isVisible, "client suggestions")
        yield self.shot("03a-client-search")
        QTest.keyClick(search_popup, Qt.Key.Key_Down)
        QTest.keyClick(search_popup, Qt.Key.Key_Return)
        yield Until(lambda: bool(ui.clientNameEdit.text()), "client taken over")
        self.type_into(ui.contactNameEdit, t["contact"])
        self.type_into(ui.contactEmailEdit, t["email"])
        budget = ui.budgetCombo  # the member's budgets, as if picked from the list
        budget.setFocus()
        budget.setCurrentIndex(budget.findData(t["budget"]))
        self.type_into(ui.orderDescriptionEdit, t["order"])
        self.type_into(ui.serviceDescriptionEdit, t["service"])
        today = date.today()
        start, end = today + timedelta(days=3), today + timedelta(days=4)  # a gig soon
        for edit, day in ((ui.serviceStartEdit, start), (ui.serviceEndEdit, end)):
            edit.setFocus()  # as if picked in the calendar pop-up
            edit.setDate(day)
        self.key(Qt.Key.Key_S, CTRL)  # saved: the list shows the draft's client and title
        self.scroll_editor_to(ui.orderDescriptionEdit)
        yield self.shot("03b-order-and-client")

        view = ui.lineItemsView
        for description, quantity, unit, price in t["items"]:
            QTest.mouseClick(ui.addLineItemButton, Qt.MouseButton.LeftButton)
            for column, cell_text in enumerate((description, quantity, unit, price)):
                yield Until(partial(self.cell_editor, view, column), f"cell editor {column}")
                cell = focus()
                cell.selectAll()
                type_text(cell, cell_text)
                QTest.keyClick(cell, Qt.Key.Key_Tab)  # on to the next cell, as a person would
            yield pause(100)
            win.editor.save_now()  # commits an open cell, as leaving the table does
        yield Until(lambda: len(self.order().line_items) == 2, "two line items")
        view.horizontalScrollBar().setValue(0)  # Tab scrolled to the last column
        self.scroll_editor_to(ui.previewLabel)
        yield self.shot("03c-line-items-preview")

        # invoiced 2 days after the gig: less than 7 days away, the check warns of an early draft
        ui.newInvoiceDateEdit.setDate(end + timedelta(days=2))
        QTest.mouseClick(ui.addInvoiceDateButton, Qt.MouseButton.LeftButton)
        yield Until(lambda: bool(self.order().invoice_dates), "invoice date added")
        ui.offerValidEdit.setFocus()
        ui.offerValidEdit.setDate(today + timedelta(days=2))  # shorter than a week: a warning
        self.scroll_editor_to(ui.skipConfirmationCheck)
        yield self.shot("03d-dates-validity")

        # 4 — the pre-submit check with its warnings
        sync = self.sync()
        sync_soon = sync.sync_soon
        sync.sync_soon = lambda: None  # hold the outbox for a moment: step 5 shows it waiting
        sync._timer.stop()
        self.key(Qt.Key.Key_Return, CTRL)
        yield Until(
            lambda: getattr(modal(), "objectName", lambda: "")() == "submitDialog",
            "the pre-submit check",
        )
        yield self.shot("04-pre-submit-check")
        dialog = modal()
        QTest.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

        # 5 — submitted: waiting for transmission, then Smart's review after a sync (F5)
        yield Until(lambda: modal() is None, "dialog closed")
        yield Until(lambda: sync.status.pending > 0, "the submit command in the outbox")
        self.show_timeline()
        yield Until(lambda: self.timeline_rows() > 0, "the waiting command in the timeline")
        yield self.shot("05a-waiting-for-transmission")
        sync.sync_soon = sync_soon
        sync._timer.start()
        yield from self.activate()  # without a window manager, closing a dialog leaves none
        self.key(Qt.Key.Key_F5)
        yield Until(self.status_is(OrderStatus.SMART_REVIEW), "the order in Smart's review")
        yield Until(self.synced, "sync done")
        yield Until(self.timeline_has(OrderStatus.SMART_REVIEW), "the server's event")
        yield self.shot("05b-smart-review")

        # 6 — Smart approves (Demo menu) → client confirmation
        demo = child_of_type("DemoMenu")
        menu = demo.actions["approve"].parent()
        assert isinstance(menu, QMenu)
        menu.popup(win.mapToGlobal(QPoint(win.width() - 520, 24)))
        menu.setActiveAction(demo.actions["approve"])
        yield Until(menu.isVisible, "Demo menu open")
        yield self.shot("06a-demo-menu")
        menu.hide()
        demo.actions["approve"].trigger()
        yield Until(self.status_is(OrderStatus.CLIENT_CONFIRMATION), "client confirmation")
        yield Until(self.timeline_has(OrderStatus.CLIENT_CONFIRMATION), "approval in timeline")
        yield self.shot("06b-client-confirmation")

        # 7 — the client confirms → Aktiv
        demo.actions["accept"].trigger()
        yield Until(self.status_is(OrderStatus.ACTIVE), "active")
        yield Until(self.timeline_has(OrderStatus.ACTIVE), "confirmation in timeline")
        yield self.shot("07-active")

        # 8 — a cancellation request with its reason (at least 20 characters)
        cancel_action = child_of_type("SyncMenu").cancel_order_action
        yield Until(cancel_action.isEnabled, "cancellation possible")
        QTimer.singleShot(0, cancel_action.trigger)  # the dialog is modal (exec)
        yield Until(
            lambda: isinstance(modal(), QDialog) and modal().objectName() == "textRequestDialog",
            "the cancellation dialog",
        )
        request = modal()
        self.type_into(request.edit, t["reason_start"])
        yield self.shot("08a-cancellation-reason")
        type_text(request.edit, t["reason_rest"])
        yield Until(request.ok_button.isEnabled, "reason long enough")
        QTest.mouseClick(request.ok_button, Qt.MouseButton.LeftButton)
        yield Until(self.status_is(OrderStatus.CANCELLATION_REVIEW), "cancellation review")
        yield Until(self.synced, "cancellation sent")
        yield Until(self.timeline_has(OrderStatus.CANCELLATION_REVIEW), "request in timeline")
        yield self.shot("08b-cancellation-review")

        # 9 — a rejected order duplicated into a new draft
        yield from self.activate()
        page = win.page
        chip = page.status_chips.buttons[OrderStatus.REJECTED]
        QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
        yield Until(lambda: page.model.rowCount() > 0, "rejected orders listed")
        page.table.setFocus()
        page.table.selectRow(0)
        yield Until(self.status_is(OrderStatus.REJECTED), "a rejected order shown")
        rejected_id = self.order().id
        yield Until(lambda: self.timeline_has(OrderStatus.REJECTED)(), "its rejection")
        yield self.shot("09a-rejected-order")
        self.key(Qt.Key.Key_D, CTRL)
        yield Until(
            lambda: (
                self.order().status is OrderStatus.DRAFT
                and self.order().id not in (rejected_id, new_id)
            ),
            "the duplicate in the editor",
        )
        QTest.mouseClick(page.status_chips.buttons[None], Qt.MouseButton.LeftButton)
        page.select(self.order().id, notify=False)
        self.show_form()
        self.key(Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Vollständigkeit
        self.scroll_editor_to(ui.offerValidEdit)
        yield self.shot("09b-duplicate-draft")

        # 10 — the Rechnungen page with an invoice draft selected
        self.key(Qt.Key.Key_3, CTRL)
        invoices = child("invoicePage")
        yield Until(lambda: invoices.model.rowCount() > 0, "invoices listed")
        drafts = [
            number
            for number, row in enumerate(invoices.model.rows)
            if row.invoice.status is InvoiceStatus.DRAFT and (row.days_left or 0) > 0
        ]
        invoices.table.selectRow(drafts[0] if drafts else 0)
        yield self.shot("10-invoices")
        QTimer.singleShot(0, win.close)


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "de"
    out = Path(sys.argv[2] if len(sys.argv) > 2 else f"docs/walkthrough/{lang}")
    out.mkdir(parents=True, exist_ok=True)
    (out / "FAILED.png").unlink(missing_ok=True)
    # The same pictures whatever the desktop's scheme (read by desktop_app.gui.appearance).
    os.environ.setdefault("SMART_ORDERS_THEME", "light")
    walk = Walkthrough(lang, out)
    runner: list[ScriptRunner] = []

    def started() -> None:
        runner.append(ScriptRunner(walk.script(), walk.fail))
        runner[0].start()

    code = run_demo(lang, started)
    return walk.exit_code or code


if __name__ == "__main__":
    sys.exit(main())
