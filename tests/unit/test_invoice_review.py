"""Pairing an invoice's lines with the order's: by description first, then by position;
shares of instalments, changes, lines only on one side; loose wire values read safely."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.invoice_review import (
    Difference,
    InvoiceLine,
    compare_lines,
    invoice_lines,
)
from desktop_app.domain.order import LineItem

ITEMS = (
    LineItem("Konzept", Decimal(1), "Pauschal", 180000),
    LineItem("Etiketten", Decimal(4), "Sorten", 35000),
)


def _line(description: str, quantity: str, price: int, net: int, unit: str = "") -> InvoiceLine:
    return InvoiceLine(description, Decimal(quantity), unit, price, net)


def test_an_instalment_is_a_share_of_each_line() -> None:
    lines = [
        _line("Konzept", "1", 180000, 60000, "Pauschal"),
        _line("Etiketten", "4", 35000, 46667, "Sorten"),
    ]
    result = compare_lines(ITEMS, lines, instalments=3)
    assert [r.difference for r in result] == [Difference.SHARE, Difference.SHARE]
    assert result[0].share == Decimal(1) / Decimal(3)
    # the same net with one invoice is no share but a change
    single = compare_lines(ITEMS, lines, instalments=1)
    assert [(r.difference, r.changed) for r in single] == [
        (Difference.CHANGED, frozenset({"net"})),
        (Difference.CHANGED, frozenset({"net"})),
    ]


def test_a_removed_line_does_not_shift_the_pairs() -> None:
    lines = [_line("Etiketten", "5", 35000, 175000, "Sorten"), _line("PO-2291", "1", 0, 0)]
    result = compare_lines(ITEMS, lines, instalments=1)
    assert [(r.difference, r.order, r.invoice) for r in result] == [
        (Difference.MISSING, ITEMS[0], None),  # another price: not the same line renamed
        (Difference.CHANGED, ITEMS[1], lines[0]),
        (Difference.ADDED, None, lines[1]),
    ]
    assert result[1].changed == frozenset({"quantity", "net"})


def test_a_renamed_line_keeps_its_partner() -> None:
    lines = [_line("Konzept und Logo", "1", 180000, 180000, "Pauschal")]
    [first, second] = compare_lines(ITEMS, lines, instalments=1)
    assert (first.difference, first.changed) == (Difference.CHANGED, frozenset({"description"}))
    assert second.difference is Difference.MISSING


def test_lines_only_on_one_side() -> None:
    result = compare_lines(ITEMS, [_line("Konzept", "1", 180000, 180000, "Pauschal")], 1)
    assert [r.difference for r in result] == [Difference.SAME, Difference.MISSING]
    added = compare_lines(ITEMS[:1], [*(_line("Konzept", "1", 180000, 180000, "Pauschal"),)] * 2, 1)
    assert [r.difference for r in added] == [Difference.SAME, Difference.ADDED]


def test_loose_wire_values_read_as_not_given() -> None:
    lines = invoice_lines(
        [
            {"description": "Konzept", "quantity": "1", "unit": "Pauschal",
             "unit_price_cents": 180000, "net_cents": 180000},
            {"description": 7, "quantity": "viel", "unit_price_cents": True, "net_cents": "9"},
            {"quantity": "NaN"},
        ]
    )  # fmt: skip
    assert lines[0] == InvoiceLine("Konzept", Decimal(1), "Pauschal", 180000, 180000)
    assert lines[1] == InvoiceLine("", None, "", None, 0)
    assert lines[2].quantity is None
    # a line that does not say its quantity or price is compared on what it says
    result = compare_lines(ITEMS[:1], [InvoiceLine("Konzept", None, "Pauschal", None, 180000)], 1)
    assert result[0].difference is Difference.SAME
