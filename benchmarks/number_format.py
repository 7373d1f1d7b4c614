"""How the records print numbers: one format per unit."""

from __future__ import annotations

import math


def number(value: float, unit: str) -> str:
    """One format per unit: times (ms, ms/order, s) with one decimal, ratios with two, rates
    and counts whole; thousands separated by commas."""
    if math.isnan(value) or math.isinf(value):
        return str(value)
    if unit == "ratio":
        return f"{value:,.2f}"
    if unit in ("ms", "ms/order", "s"):
        return f"{value:,.1f}"
    return f"{value:,.0f}"
