"""The table models: Qt's model tester, sorting, filtering and counts."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt

from desktop_app.domain.order import LineItem
from desktop_app.domain.status import OrderStatus
from desktop_app.domain.summary import OrderSummary
from desktop_app.gui.line_items_model import LineItemsModel
from desktop_app.gui.order_table_model import (
    COL_CLIENT,
    COL_DATE,
    COL_NET,
    COL_STATUS,
    OrderTableModel,
)

TODAY = date(2026, 11, 27)


def _summary(client: str, net: int, status: OrderStatus, days: tuple[int, ...]) -> OrderSummary:
    return OrderSummary(
        id=uuid.uuid4(),
        status=status,
        client_name=client,
        title=f"Auftrag für {client}",
        net_cents=net,
        currency="EUR",
        invoice_dates=tuple(TODAY + timedelta(days=d) for d in days),
        updated_at=None,
    )


SAMPLE = [
    _summary("Zeta Verlag", 5000, OrderStatus.ACTIVE, (10, -3)),
    _summary("atelier rouge", 120000, OrderStatus.DRAFT, (40,)),
    _summary("Bühne Kassel", 9900, OrderStatus.REJECTED, (-20,)),
    _summary("Kulturverein", 100, OrderStatus.DRAFT, ()),
]


def _column(model: OrderTableModel, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_order_model_passes_the_model_tester(qtmodeltester, german) -> None:
    model = OrderTableModel(TODAY)
    model.set_summaries(SAMPLE)
    qtmodeltester.check(model, force_py=True)
    model.sort(COL_NET, Qt.SortOrder.DescendingOrder)
    model.set_text_filter("kassel")
    qtmodeltester.check(model, force_py=True)


def test_order_model_sorts_every_column(german) -> None:
    model = OrderTableModel(TODAY)
    model.set_summaries(SAMPLE)
    model.sort(COL_CLIENT, Qt.SortOrder.AscendingOrder)
    assert _column(model, COL_CLIENT) == [
        "atelier rouge",
        "Bühne Kassel",
        "Kulturverein",
        "Zeta Verlag",
    ]
    model.sort(COL_NET, Qt.SortOrder.DescendingOrder)
    assert _column(model, COL_NET) == [
        "1.200,00\u00a0€",
        "99,00\u00a0€",
        "50,00\u00a0€",
        "1,00\u00a0€",
    ]
    model.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert _column(model, COL_STATUS) == ["Entwurf", "Entwurf", "Aktiv", "Abgelehnt"]
    model.sort(COL_DATE, Qt.SortOrder.AscendingOrder)
    # next date from today on; past-only orders show their last date; none sorts last
    assert _column(model, COL_DATE) == ["07.11.2026", "07.12.2026", "06.01.2027", ""]


def test_order_model_filters_by_status_and_text(german) -> None:
    model = OrderTableModel(TODAY)
    model.set_summaries(SAMPLE)
    model.set_status_filter(OrderStatus.DRAFT)
    assert sorted(_column(model, COL_CLIENT)) == ["Kulturverein", "atelier rouge"]
    model.set_text_filter("ROUGE")
    assert _column(model, COL_CLIENT) == ["atelier rouge"]
    model.set_status_filter(None)
    model.set_text_filter("1.200,00")  # amounts are searchable as shown
    assert _column(model, COL_CLIENT) == ["atelier rouge"]
    model.set_text_filter("")
    assert model.rowCount() == 4
    assert model.counts_by_status()[OrderStatus.DRAFT] == 2


def test_order_model_upsert_and_remove(qtmodeltester, german) -> None:
    model = OrderTableModel(TODAY)
    model.set_summaries(SAMPLE)
    qtmodeltester.check(model, force_py=True)  # keeps watching the signals below
    row_before = model.row_of(SAMPLE[0].id)
    changed = OrderSummary(**{**SAMPLE[0].__dict__, "client_name": "Zeta Verlag GmbH"})
    model.upsert(changed)
    assert model.rowCount() == 4
    assert model.row_of(changed.id) == row_before  # a saved row does not jump
    assert _column(model, COL_CLIENT)[row_before] == "Zeta Verlag GmbH"
    model.remove(SAMPLE[1].id)
    assert model.rowCount() == 3
    assert model.row_of(SAMPLE[1].id) is None
    new = _summary("Neue Kundin", 700, OrderStatus.DRAFT, (5,))
    model.upsert(new)
    assert model.row_of(new.id) == 0 and model.total == 4  # new drafts show on top
    model.set_status_filter(OrderStatus.ACTIVE)
    model.upsert(_summary("Noch eine", 800, OrderStatus.DRAFT, ()))
    assert model.rowCount() == 1 and model.total == 5  # filtered out, but counted


def test_line_items_model_passes_the_model_tester(qtmodeltester, german) -> None:
    model = LineItemsModel()
    model.set_items((LineItem("Fotografie", unit_price_cents=6500), LineItem("Fahrt")))
    qtmodeltester.check(model, force_py=True)
    model.append()
    assert model.rowCount() == 3
    assert model.flags(model.index(0, 4)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    assert model.setData(model.index(2, 3), "12,5", Qt.ItemDataRole.EditRole)
    assert model.items[2].unit_price_cents == 1250
    model.remove(0)
    assert [i.description for i in model.items] == ["Fahrt", ""]
