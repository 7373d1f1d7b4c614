"""The German statutory minimum wage (Mindestlohn), for the pre-submit warning that an
order priced per hour pays less than an employee would at least earn.

Smart refuses orders whose hourly pay is too low for the minimum wage (the guide's
"order rejected" page); the app warns before the member submits one. A dated table,
picked by the service period's start (MiLoG; Mindestlohnanpassungsverordnungen).
"""

from __future__ import annotations

import re
from datetime import date

from .order import LineItem, Order

# (valid from, cents per hour), oldest first.
MINIMUM_WAGE_CENTS: tuple[tuple[date, int], ...] = (
    (date(2024, 1, 1), 12_41),
    (date(2025, 1, 1), 12_82),
    (date(2026, 1, 1), 13_90),
    (date(2027, 1, 1), 14_60),
)

# Units that mean "per hour", compared without case, dots and spaces.
_HOUR_UNITS = frozenset({"h", "std", "stunde", "stunden", "stde", "hour", "hours", "hr", "hrs"})


def minimum_wage_cents(day: date) -> int | None:
    """The minimum wage per hour on ``day`` (None before the table starts)."""
    found = None
    for valid_from, cents in MINIMUM_WAGE_CENTS:
        if valid_from <= day:
            found = cents
    return found


def is_hourly(unit: str) -> bool:
    return re.sub(r"[\s.]", "", unit).casefold() in _HOUR_UNITS


def below_minimum_wage(order: Order, today: date) -> list[tuple[int, LineItem, int]]:
    """(index, line item, minimum wage in cents) for every hourly line item of a EUR order
    whose unit price is below the minimum wage at the start of the service period (today
    while the period is not set). A price of 0 is left to the "amount" check."""
    if order.currency.strip().upper() != "EUR":
        return []
    minimum = minimum_wage_cents(order.service_start or today)
    if minimum is None:
        return []
    return [
        (index, item, minimum)
        for index, item in enumerate(order.line_items)
        if is_hourly(item.unit) and 0 < item.unit_price_cents < minimum
    ]
