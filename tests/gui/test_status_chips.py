"""Status chips: counts per status, hidden when empty, one click filters the list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from desktop_app.app import AppContext
from desktop_app.domain.status import OrderStatus
from desktop_app.domain.summary import summarize
from tests.unit.storage_fixtures import sample_order


def test_chips_count_and_filter(qtbot, start_app: Callable[[], AppContext]) -> None:  # type: ignore[no-untyped-def]
    context = start_app()
    for status in (OrderStatus.DRAFT, OrderStatus.ACTIVE, OrderStatus.ACTIVE):
        context.store.save(replace(sample_order(), status=status))
    context.window.controller.load_all()
    page = context.window.page
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=5000)
    chips = page.status_chips
    assert chips.buttons[None].text() == "Alle 3"
    assert chips.buttons[OrderStatus.ACTIVE].text() == "Aktiv 2"
    assert chips.buttons[OrderStatus.DRAFT].text() == "Entwurf 1"
    assert chips.buttons[OrderStatus.REJECTED].isHidden()  # no rejected orders

    chips.buttons[OrderStatus.ACTIVE].click()
    assert page.model.rowCount() == 2
    assert {page.model.index(r, 0).data() for r in range(2)} == {"Aktiv"}
    chips.buttons[None].click()
    assert page.model.rowCount() == 3


def test_counts_follow_changes_and_hidden_orders_can_still_be_opened(  # type: ignore[no-untyped-def]
    qtbot, start_app: Callable[[], AppContext]
) -> None:
    context = start_app()
    draft = sample_order()
    context.store.save(draft)
    context.window.controller.load_all()
    page = context.window.page
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    chips = page.status_chips
    chips.buttons[OrderStatus.DRAFT].click()

    page.upsert(summarize(replace(draft, status=OrderStatus.SMART_REVIEW)))  # e.g. a sync
    assert chips.buttons[OrderStatus.SMART_REVIEW].text() == "Smart Bestätigung 1"
    assert chips.buttons[OrderStatus.DRAFT].text() == "Entwurf 0"
    hidden = sample_order()
    context.store.save(hidden)
    page.upsert(summarize(hidden))
    assert chips.buttons[None].text() == "Alle 2"

    page.search.setText("kein Treffer")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    qtbot.waitUntil(lambda: context.navigation is not None, timeout=10000)
    assert context.navigation is not None
    context.navigation.show_order(hidden.id)  # from the Übersicht, say
    assert page.current_order_id() == hidden.id
    assert page.search.text() == "" and chips.current is None
