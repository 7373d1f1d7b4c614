"""The minimum-wage warning: hourly line items of EUR orders below the statutory minimum
wage of the service period's start (domain/minimum_wage.py)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.minimum_wage import is_hourly, minimum_wage_cents
from desktop_app.domain.order import LineItem, Order
from desktop_app.domain.validation import Code, Problem, Severity, validate_order

TODAY = date(2026, 11, 27)


def hourly_order(price: int, start: date | None, unit: str = "Stunden") -> Order:
    return replace(
        Order.new(),
        id=uuid.UUID(int=7),
        service_start=start,
        line_items=(
            LineItem("Konzept", Decimal(2), "Pauschale", 500),  # not hourly: never checked
            LineItem("Lektorat", Decimal(10), unit, price),
        ),
    )


def wage_problems(order: Order, today: date = TODAY) -> list[Problem]:
    return [p for p in validate_order(order, today) if p.code is Code.BELOW_MINIMUM_WAGE]


@pytest.mark.parametrize(
    ("day", "cents"),
    [
        (date(2025, 1, 1), 12_82),
        (date(2025, 12, 31), 12_82),
        (date(2026, 1, 1), 13_90),
        (date(2026, 12, 31), 13_90),
        (date(2027, 1, 1), 14_60),
        (date(2030, 6, 1), 14_60),
    ],
)
def test_the_table_is_picked_by_date(day: date, cents: int) -> None:
    assert minimum_wage_cents(day) == cents


def test_before_the_table_there_is_no_minimum() -> None:
    assert minimum_wage_cents(date(2023, 12, 31)) is None
    assert wage_problems(hourly_order(100, date(2023, 6, 1))) == []


@pytest.mark.parametrize(
    ("start", "below", "at_minimum"),
    [
        (date(2025, 12, 31), 12_81, 12_82),
        (date(2026, 1, 1), 13_89, 13_90),
        (date(2027, 1, 1), 14_59, 14_60),
    ],
)
def test_the_service_start_decides_the_minimum(start: date, below: int, at_minimum: int) -> None:
    problems = wage_problems(hourly_order(below, start))
    assert problems == [
        Problem("line_items[1].unit_price", Code.BELOW_MINIMUM_WAGE, Severity.WARNING)
    ]
    assert problems[0].severity is Severity.WARNING
    assert problems[0].params == {"minimum": str(at_minimum), "price": str(below)}
    assert wage_problems(hourly_order(at_minimum, start)) == []


def test_without_a_service_period_today_decides() -> None:
    assert wage_problems(hourly_order(13_00, None), today=date(2025, 6, 1)) == []
    assert len(wage_problems(hourly_order(13_00, None), today=date(2026, 6, 1))) == 1


@pytest.mark.parametrize("unit", ["h", "Std.", "std", "Stunde", "Stunden", "hours", " Hour "])
def test_hour_units_are_recognised(unit: str) -> None:
    assert is_hourly(unit)
    assert len(wage_problems(hourly_order(10_00, date(2026, 3, 1), unit))) == 1


@pytest.mark.parametrize("unit", ["", "Tag", "Pauschale", "Stück", "Monat", "Seite"])
def test_other_units_are_not_checked(unit: str) -> None:
    assert not is_hourly(unit)
    assert wage_problems(hourly_order(10_00, date(2026, 3, 1), unit)) == []


def test_only_eur_orders_are_checked() -> None:
    order = replace(hourly_order(10_00, date(2026, 3, 1)), currency="CHF")
    assert wage_problems(order) == []


def test_a_zero_price_is_left_to_the_amount_check() -> None:
    problems = validate_order(hourly_order(0, date(2026, 3, 1)), TODAY)
    assert Problem("line_items[1].unit_price", Code.AMOUNT_NOT_POSITIVE) in problems
    assert not [p for p in problems if p.code is Code.BELOW_MINIMUM_WAGE]
