"""The reference server's invoice arithmetic: instalment split, amounts, T-7 on Berlin days."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.order import Address, Client, ClientType, LineItem, Order
from desktop_app.domain.vat import VatRate
from reference_server.clock import ServerClock
from reference_server.invoices import amounts_for, draft_due_on, plan_invoices, split_cents


def _order(*invoice_dates: date, lines: tuple[LineItem, ...] = (), **fields: object) -> Order:
    return Order(
        id=uuid.uuid4(),
        client=Client(
            ClientType.BUSINESS_NO_VAT, "Kunstverein e.V.", Address("Weg 1", "10115", "Berlin")
        ),
        line_items=lines or (LineItem("Workshop", Decimal(1), "Pauschal", 100000),),
        invoice_dates=invoice_dates,
        **fields,  # type: ignore[arg-type]
    )


def _clock_at(utc: str) -> ServerClock:
    instant = datetime.fromisoformat(utc).replace(tzinfo=UTC)
    return ServerClock(now=lambda: instant)


@pytest.mark.parametrize(
    ("total", "parts", "expected"),
    [
        (100000, 1, [100000]),
        (100000, 3, [33333, 33334, 33333]),
        (100, 3, [33, 34, 33]),
        (1, 2, [1, 0]),  # the half cent rounds up on the first share
        (5, 4, [1, 2, 1, 1]),
        (0, 2, [0, 0]),
    ],
)
def test_split_cents_shares(total: int, parts: int, expected: list[int]) -> None:
    assert split_cents(total, parts) == expected


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=1, max_value=60))
def test_split_cents_never_loses_or_makes_a_cent(total: int, parts: int) -> None:
    shares = split_cents(total, parts)
    assert sum(shares) == total
    assert max(shares) - min(shares) <= 1


def test_split_needs_a_part() -> None:
    with pytest.raises(ValueError):
        split_cents(100, 0)


def test_amounts_round_half_up_on_the_invoice_total() -> None:
    standard = amounts_for(320000, VatRate.STANDARD, Decimal(9))
    assert (standard.vat_cents, standard.gross_cents, standard.contribution_cents) == (
        60800,
        380800,
        28800,
    )
    # 19 % of 0,50 € = 9,5 ct -> 10 ct; 9 % of 0,50 € = 4,5 ct -> 5 ct
    tie = amounts_for(50, VatRate.STANDARD, Decimal(9))
    assert (tie.vat_cents, tie.gross_cents, tie.contribution_cents) == (10, 60, 5)
    reduced = amounts_for(1050, VatRate.REDUCED, Decimal(7))
    assert (reduced.vat_cents, reduced.contribution_cents) == (74, 74)  # 73,5 -> 74
    reverse = amounts_for(1050, VatRate.REVERSE_CHARGE, Decimal(9))
    assert (reverse.vat_cents, reverse.gross_cents) == (0, 1050)


def test_one_invoice_date_gives_one_invoice_with_the_whole_order() -> None:
    order = _order(
        date(2025, 6, 30),
        lines=(
            LineItem("Konzept", Decimal("2.5"), "Tage", 45001),
            LineItem("Reise", Decimal(1), "Pauschal", 12000),
        ),
    )
    [invoice] = plan_invoices(order)
    assert (invoice.number, invoice.instalments, invoice.invoice_date) == (1, 1, date(2025, 6, 30))
    assert [line["net_cents"] for line in invoice.lines] == [112503, 12000]  # 112502,5 -> up
    assert invoice.amounts.net_cents == order.net_cents == 124503
    assert invoice.amounts.vat_rate is VatRate.STANDARD
    assert invoice.amounts.vat_cents == 23656  # 23655,57
    assert invoice.amounts.contribution_cents == 11205  # 11205,27
    assert invoice.lines[0] == {
        "description": "Konzept",
        "quantity": "2.5",
        "unit": "Tage",
        "unit_price_cents": 45001,
        "net_cents": 112503,
    }


def test_instalments_follow_the_invoice_dates_and_add_up_to_the_order() -> None:
    # Dates given out of order, across the year end.
    order = _order(
        date(2026, 1, 31),
        date(2025, 12, 31),
        date(2026, 2, 28),
        lines=(
            LineItem("Begleitung", Decimal(1), "Pauschal", 100000),
            LineItem("Material", Decimal(1), "Pauschal", 101),
        ),
        reduced_vat=True,
    )
    planned = plan_invoices(order, Decimal(7))
    assert [p.invoice_date for p in planned] == [
        date(2025, 12, 31),
        date(2026, 1, 31),
        date(2026, 2, 28),
    ]
    assert [p.number for p in planned] == [1, 2, 3]
    assert {p.instalments for p in planned} == {3}
    assert [[line["net_cents"] for line in p.lines] for p in planned] == [
        [33333, 34],
        [33334, 33],
        [33333, 34],
    ]
    assert sum(p.amounts.net_cents for p in planned) == order.net_cents
    assert all(p.amounts.vat_rate is VatRate.REDUCED for p in planned)
    assert [p.amounts.contribution_cents for p in planned] == [2336, 2336, 2336]
    assert all(p.amounts.contribution_percent == Decimal(7) for p in planned)


def test_an_order_without_invoice_dates_plans_nothing() -> None:
    assert plan_invoices(_order()) == []


def test_draft_due_seven_days_before_across_the_year_end() -> None:
    assert draft_due_on(date(2026, 1, 5)) == date(2025, 12, 29)
    assert draft_due_on(date(2025, 3, 1)) == date(2025, 2, 22)
    assert draft_due_on(date(2024, 3, 1)) == date(2024, 2, 23)  # leap year


def test_t_minus_7_is_a_berlin_day_across_the_dst_switch() -> None:
    # Summer time starts 2025-03-30 02:00 in Berlin; the invoice date 2025-04-06 has T-7 then.
    due = draft_due_on(date(2025, 4, 6))
    assert due == date(2025, 3, 30)
    assert _clock_at("2025-03-29T22:59:00").today() == date(2025, 3, 29)  # 23:59 CET
    assert _clock_at("2025-03-29T23:00:00").today() == due  # 00:00 CET, UTC is still the 29th
    assert _clock_at("2025-03-30T22:00:00").today() == date(2025, 3, 31)  # 00:00 CEST


def test_new_year_begins_at_berlin_midnight() -> None:
    assert _clock_at("2025-12-31T22:59:59").today() == date(2025, 12, 31)
    assert _clock_at("2025-12-31T23:00:00").today() == date(2026, 1, 1)
