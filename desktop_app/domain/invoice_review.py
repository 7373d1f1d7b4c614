"""An invoice draft's lines beside the order's line items, for the member's review.

Smart sends each invoice's lines as loose objects (description, quantity, unit, unit price,
net); the server decides how an order with several invoice dates is split, so nothing here
recomputes Smart's figures. The comparison only pairs the lines and says how they differ:
the same, an instalment's share of the line (same description, quantity and price, a part
of the net), changed, only on the invoice, or missing from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from .order import LineItem


@dataclass(frozen=True)
class InvoiceLine:
    description: str
    quantity: Decimal | None  # None: the server did not say
    unit: str
    unit_price_cents: int | None
    net_cents: int


class Difference(StrEnum):
    SAME = "same"
    SHARE = "share"  # an instalment's part of the order line
    CHANGED = "changed"
    ADDED = "added"  # only on the invoice
    MISSING = "missing"  # on the order, not on the invoice


@dataclass(frozen=True)
class LineComparison:
    order: LineItem | None
    invoice: InvoiceLine | None
    difference: Difference
    changed: frozenset[str] = frozenset()  # description, quantity, unit, unit_price, net
    share: Decimal | None = None  # invoice net / order net for a SHARE


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def invoice_lines(raw: Iterable[Mapping[str, Any]]) -> list[InvoiceLine]:
    """The stored wire objects as lines; a field of the wrong type reads as not given."""
    lines = []
    for item in raw:
        description = item.get("description")
        unit = item.get("unit")
        lines.append(
            InvoiceLine(
                description=description if isinstance(description, str) else "",
                quantity=_decimal(item.get("quantity")),
                unit=unit if isinstance(unit, str) else "",
                unit_price_cents=_int(item.get("unit_price_cents")),
                net_cents=_int(item.get("net_cents")) or 0,
            )
        )
    return lines


def _pairs(
    items: Sequence[LineItem], lines: Sequence[InvoiceLine]
) -> list[tuple[int | None, int | None]]:
    """Same description first (in order); then a renamed line (same unit price) in order of
    position; whatever is left stands alone (removed from or added to the invoice)."""
    partner: dict[int, int] = {}  # invoice line -> order item
    used: set[int] = set()
    for i, line in enumerate(lines):
        for o, item in enumerate(items):
            if o not in used and item.description.strip() == line.description.strip():
                partner[i] = o
                used.add(o)
                break
    free = [o for o in range(len(items)) if o not in used]
    for i, line in enumerate(lines):
        if i in partner:
            continue
        for o in free:
            if line.unit_price_cents in (None, items[o].unit_price_cents):
                partner[i] = o
                free.remove(o)
                break
    by_item = {o: i for i, o in partner.items()}
    pairs: list[tuple[int | None, int | None]] = [(o, by_item.get(o)) for o in range(len(items))]
    pairs += [(None, i) for i in range(len(lines)) if i not in partner]
    return pairs


def _compare(item: LineItem, line: InvoiceLine, instalments: int) -> LineComparison:
    changed = set()
    if item.description.strip() != line.description.strip():
        changed.add("description")
    if line.quantity is not None and line.quantity != item.quantity:
        changed.add("quantity")
    if line.unit.strip() != item.unit.strip():
        changed.add("unit")
    if line.unit_price_cents is not None and line.unit_price_cents != item.unit_price_cents:
        changed.add("unit_price")
    order_net = item.net_cents
    if not changed and line.net_cents == order_net:
        return LineComparison(item, line, Difference.SAME)
    if not changed and instalments > 1 and 0 < line.net_cents < order_net:
        share = Decimal(line.net_cents) / Decimal(order_net)
        return LineComparison(item, line, Difference.SHARE, share=share)
    if line.net_cents != order_net:
        changed.add("net")
    return LineComparison(item, line, Difference.CHANGED, frozenset(changed))


def compare_lines(
    items: Sequence[LineItem], lines: Sequence[InvoiceLine], instalments: int
) -> list[LineComparison]:
    """One entry per order item (in the order's sequence), then lines only on the invoice.
    ``instalments``: how many invoices the order makes (its planned invoice dates)."""
    result = []
    for o, i in _pairs(items, lines):
        if o is not None and i is not None:
            result.append(_compare(items[o], lines[i], instalments))
        elif o is not None:
            result.append(LineComparison(items[o], None, Difference.MISSING))
        elif i is not None:
            result.append(LineComparison(None, lines[i], Difference.ADDED))
    return result
