"""Einstellungen → "Kalenderdatei aktuell halten" in the running app: enabling writes the
file; a sync that moves a deadline rewrites it with the same UIDs; a sync that changes no
deadline leaves it untouched; an unwritable place gives one German message; read-only
(inspection) mode never writes."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import icalendar
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop_app.app import AppContext
from desktop_app.domain.invoice import Invoice
from desktop_app.domain.order import LineItem, Order
from desktop_app.domain.status import InvoiceStatus, OrderStatus
from desktop_app.gui.calendar_subscription import CalendarSubscription
from desktop_app.platform.clock import FixedClock
from desktop_app.platform.paths import AppPaths
from desktop_app.services.changes import Changes
from desktop_app.storage.sync_repository import FeedPage, SyncRepository
from tests.gui.test_read_only_gui import profile, start_read_only  # noqa: F401
from tests.unit.storage_fixtures import sample_order

OLD = 1_000_000_000  # an mtime long ago: any rewrite changes it


def _orders() -> tuple[Order, Order]:
    offer = sample_order(
        order_description="Plakat und Flyer",
        status=OrderStatus.CLIENT_CONFIRMATION,
        offer_valid_until=date(2026, 11, 28),
        attachments=(),
    )
    active = sample_order(
        order_description="Bühnenbild",
        status=OrderStatus.ACTIVE,
        line_items=(LineItem("Modell", Decimal(1), "Pauschal", 240000),),
        attachments=(),
    )
    return offer, active


def _draft(active: Order, day: date, clock: FixedClock) -> Invoice:
    return Invoice(
        id=f"{active.id}-1",
        order_id=str(active.id),
        number=1,
        status=InvoiceStatus.DRAFT,
        invoice_date=day,
        currency="EUR",
        net_cents=240000,
        vat_cents=45600,
        gross_cents=285600,
        contribution_cents=21600,
        vat_rate="standard",
        updated_at=clock.now(),
    )


def _pull(
    context: AppContext, clock: FixedClock, orders: tuple[Order, ...], invoice: Invoice
) -> None:
    """What a sync stores (orders, an invoice, the server's time), then its broadcast."""
    page = FeedPage(orders, (invoice,), (), "1", clock.now())
    SyncRepository(context.store.database).apply_page(page, "anna@example.org", clock.now())
    assert context.sync_menu is not None
    context.sync_menu.sync.changed.emit(Changes(frozenset(o.id for o in orders)))


def _events(path: Path) -> dict[str, tuple[date, str]]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): (e["DTSTART"].dt, str(e["SUMMARY"])) for e in calendar.walk("VEVENT")}


def _set_in_dialog(qtbot, context: AppContext, path: str) -> None:  # type: ignore[no-untyped-def]
    action = context.settings_action
    assert action is not None
    action.open()
    dialog = action.dialog
    assert dialog is not None
    dialog.calendar_box.enabled_box.setChecked(True)
    dialog.calendar_box.path_edit.setText(path)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()


def test_the_file_follows_the_deadlines(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    clock: FixedClock,
    app_paths: AppPaths,
    tmp_path: Path,
) -> None:
    context = start_app()  # Friday 27 November 2026
    qtbot.waitUntil(lambda: context.settings_action is not None, timeout=10000)
    subscription = context.window.findChild(CalendarSubscription)
    assert subscription is not None and subscription.path is None  # off by default
    offer, active = _orders()
    _pull(context, clock, (offer, active), _draft(active, date(2026, 12, 1), clock))

    target = tmp_path / "kalender" / "fristen.ics"
    target.parent.mkdir()
    with qtbot.waitSignal(subscription.checked, timeout=10000) as written:
        _set_in_dialog(qtbot, context, str(target))
    assert written.args == [True]
    saved = json.loads(app_paths.settings_file.read_text(encoding="utf-8"))
    assert saved["calendar_file"] == str(target)
    offer_uid, invoice_uid = f"offer-{offer.id}@smart-orders", f"invoice-{active.id}-1@smart-orders"
    assert _events(target) == {
        offer_uid: (date(2026, 11, 28), "Angebot läuft ab: Plakat und Flyer"),
        invoice_uid: (date(2026, 11, 30), "Letzter Tag für Änderungen: Rechnung Bühnenbild"),
    }

    # a sync that changes no deadline: not a byte, not even the mtime
    first = target.read_bytes()
    os.utime(target, ns=(OLD, OLD))
    with qtbot.waitSignal(subscription.checked, timeout=10000) as checked:
        _pull(context, clock, (active,), _draft(active, date(2026, 12, 1), clock))
    assert checked.args == [False]
    assert target.read_bytes() == first and target.stat().st_mtime_ns == OLD

    # Smart moves the invoice date: the same events (UIDs), the new day
    with qtbot.waitSignal(subscription.checked, timeout=10000) as moved:
        _pull(context, clock, (active,), _draft(active, date(2026, 12, 4), clock))
    assert moved.args == [True]
    assert _events(target) == {
        offer_uid: (date(2026, 11, 28), "Angebot läuft ab: Plakat und Flyer"),
        invoice_uid: (date(2026, 12, 3), "Letzter Tag für Änderungen: Rechnung Bühnenbild"),
    }
    assert subscription.timer.isActive()  # re-checked at the next day (or sooner)
    assert subscription.timer.interval() <= 15 * 60 * 1000


def test_an_unwritable_place_is_explained_once(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    context = start_app()
    qtbot.waitUntil(lambda: context.settings_action is not None, timeout=10000)
    blocker = tmp_path / "keine-mappe"
    blocker.write_text("x", encoding="utf-8")  # a file where a folder should be (also as root)
    target = blocker / "fristen.ics"

    def boxes() -> list[QMessageBox]:
        return [b for b in context.window.findChildren(QMessageBox, "errorBox") if b.isVisible()]

    _set_in_dialog(qtbot, context, str(target))
    qtbot.waitUntil(lambda: len(boxes()) == 1, timeout=10000)
    text = boxes()[0].text()
    assert text.startswith(f"Die Kalenderdatei „{target}“ lässt sich nicht schreiben (")
    assert "einen anderen Speicherort wählen" in text

    offer, active = _orders()  # the next sync fails the same way: no second message
    _pull(context, clock, (offer, active), _draft(active, date(2026, 12, 1), clock))
    for _hop in range(2):  # read the deadlines, then try to write
        context.ops.wait_for_done()
        QApplication.processEvents()
    assert len(boxes()) == 1
    assert context.window.isVisible()
    boxes()[0].close()


def test_read_only_mode_never_writes_the_file(
    qtbot,  # type: ignore[no-untyped-def]
    start_read_only: Callable[..., AppContext],  # noqa: F811
    profile: AppPaths,  # noqa: F811
    tmp_path: Path,
) -> None:
    target = tmp_path / "fristen.ics"
    context = start_read_only(profile)
    subscription = context.window.findChild(CalendarSubscription)
    assert subscription is not None and subscription.read_only
    subscription.set_path(str(target))
    assert context.sync_menu is not None
    context.sync_menu.sync.changed.emit(Changes())
    for _hop in range(2):
        context.ops.wait_for_done()
        QApplication.processEvents()
    assert not target.exists()
    assert not subscription.timer.isActive()


def test_the_setting_needs_a_full_path(
    qtbot,  # type: ignore[no-untyped-def]
    start_app: Callable[[], AppContext],
) -> None:
    context = start_app()
    qtbot.waitUntil(lambda: context.settings_action is not None, timeout=10000)
    assert context.settings_action is not None
    context.settings_action.open()
    dialog = context.settings_action.dialog
    assert dialog is not None
    box = dialog.calendar_box
    assert not box.enabled_box.isChecked() and not box.path_edit.isEnabled()
    assert dialog.edited() is not None  # off: nothing to check
    box.enabled_box.setChecked(True)
    box.path_edit.setText("fristen.ics")
    assert dialog.edited() is None
    assert box.error.isVisible()
    assert box.error.text() == "Bitte einen vollständigen Pfad für die Kalenderdatei angeben."
    box.enabled_box.setChecked(False)
    assert not box.error.isVisible()
    fields = dialog.edited()
    assert fields is not None and fields["calendar_file"] == ""
    dialog.reject()
