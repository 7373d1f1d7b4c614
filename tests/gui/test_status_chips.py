"""Status chips: counts per status, hidden when empty, one click filters the list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from desktop_app.app import AppContext
from desktop_app.domain.status import OrderStatus
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
