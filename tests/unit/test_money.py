"""Integer cents, half-up rounding, German/English amount parsing and formatting."""

from __future__ import annotations

import dataclasses
import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.money import (
    AmountParseError,
    Money,
    format_cents,
    format_decimal,
    line_net_cents,
    parse_cents,
    parse_decimal,
    percent_of,
    round_half_up_cents,
)

NBSP = "\u00a0"

# Amounts far beyond any real order, but inside what the 28-digit decimal context handles.
MAX_CENTS = 10**18

fast = settings(max_examples=150, deadline=None)


def oracle_half_up(value: Fraction) -> int:
    """Commercial rounding, computed with exact fractions: ties go away from zero."""
    magnitude = math.floor(abs(value) + Fraction(1, 2))
    return magnitude if value >= 0 else -magnitude


cent_amounts = st.decimals(
    min_value=Decimal(-MAX_CENTS),
    max_value=Decimal(MAX_CENTS),
    places=4,
    allow_nan=False,
    allow_infinity=False,
)


# ---------------------------------------------------------------------------------------------
# round_half_up_cents
# ---------------------------------------------------------------------------------------------


@fast
@given(cent_amounts)
def test_round_half_up_is_within_half_a_cent(value: Decimal) -> None:
    result = round_half_up_cents(value)
    assert isinstance(result, int)
    assert abs(Decimal(result) - value) <= Decimal("0.5")
    assert result == oracle_half_up(Fraction(value))


@fast
@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS), st.booleans())
def test_round_half_up_ties_go_away_from_zero(whole: int, negative: bool) -> None:
    tie = Decimal(abs(whole)) + Decimal("0.5")
    if negative:
        tie = -tie
    result = round_half_up_cents(tie)
    assert abs(result) == abs(whole) + 1
    assert (result < 0) is negative


@fast
@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS))
def test_round_half_up_leaves_integers_unchanged(cents: int) -> None:
    assert round_half_up_cents(Decimal(cents)) == cents
    # trailing zero decimals are still integers
    assert round_half_up_cents(Decimal(cents).quantize(Decimal("0.001"))) == cents


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.5", 1),
        ("1.5", 2),
        ("2.5", 3),  # banker's rounding would give 2
        ("-0.5", -1),
        ("-2.5", -3),
        ("2.4999", 2),
        ("2.5001", 3),
        ("-2.4999", -2),
        ("0.4999999", 0),
    ],
)
def test_round_half_up_examples(value: str, expected: int) -> None:
    assert round_half_up_cents(Decimal(value)) == expected


# ---------------------------------------------------------------------------------------------
# line_net_cents and percent_of
# ---------------------------------------------------------------------------------------------

quantities = st.decimals(
    min_value=Decimal("-10000"),
    max_value=Decimal("10000"),
    places=3,
    allow_nan=False,
    allow_infinity=False,
)
unit_prices = st.integers(min_value=-(10**9), max_value=10**9)


@fast
@given(quantities, unit_prices)
def test_line_net_is_quantity_times_price_rounded_half_up(
    quantity: Decimal, unit_price_cents: int
) -> None:
    result = line_net_cents(quantity, unit_price_cents)
    exact = Fraction(quantity) * unit_price_cents
    assert result == oracle_half_up(exact)
    assert abs(result - exact) <= Fraction(1, 2)


@fast
@given(st.integers(min_value=-1000, max_value=1000), unit_prices)
def test_line_net_with_whole_quantity_is_exact(quantity: int, unit_price_cents: int) -> None:
    assert line_net_cents(Decimal(quantity), unit_price_cents) == quantity * unit_price_cents


@pytest.mark.parametrize(
    ("quantity", "price", "expected"),
    [
        ("1", 12_345, 12_345),
        ("2.5", 4_000, 10_000),
        ("1.5", 333, 500),  # 499.5 → 500
        ("0.5", 1, 1),  # 0.5 → 1
        ("0.333", 100, 33),  # 33.3 → 33
        ("0.335", 100, 34),  # 33.5 → 34
        ("7.25", 6_999, 50_743),  # 50742.75 → 50743
    ],
)
def test_line_net_examples(quantity: str, price: int, expected: int) -> None:
    assert line_net_cents(Decimal(quantity), price) == expected


percents = st.decimals(
    min_value=Decimal(0), max_value=Decimal(100), places=2, allow_nan=False, allow_infinity=False
)


@fast
@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS), percents)
def test_percent_of_is_exact_share_rounded_half_up(cents: int, percent: Decimal) -> None:
    result = percent_of(cents, percent)
    exact = Fraction(cents) * Fraction(percent) / 100
    assert result == oracle_half_up(exact)
    assert abs(result - exact) <= Fraction(1, 2)


@fast
@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS))
def test_percent_of_zero_and_hundred(cents: int) -> None:
    assert percent_of(cents, Decimal(0)) == 0
    assert percent_of(cents, Decimal(100)) == cents


@fast
@given(
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from([Decimal(7), Decimal(9), Decimal(19)]),
)
def test_percent_of_is_monotonic(a: int, b: int, percent: Decimal) -> None:
    low, high = sorted((a, b))
    assert percent_of(low, percent) <= percent_of(high, percent)


@pytest.mark.parametrize(
    ("cents", "percent", "expected"),
    [
        (10_000, Decimal(19), 1_900),
        (10_000, Decimal(9), 900),
        (50, Decimal(9), 5),  # 4.5 → 5
        (50, Decimal(19), 10),  # 9.5 → 10
        (-50, Decimal(9), -5),  # -4.5 → -5
        (12_345, Decimal(7), 864),  # 864.15 → 864
        (1, Decimal(50), 1),  # 0.5 → 1
        (100_000, Decimal("2.5"), 2_500),
    ],
)
def test_percent_of_examples(cents: int, percent: Decimal, expected: int) -> None:
    assert percent_of(cents, percent) == expected


# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "decimal", "cents"),
    [
        ("1.234,56", "1234.56", 123_456),
        ("1.234.567,89", "1234567.89", 123_456_789),
        ("12,5", "12.5", 1_250),
        ("12,50", "12.50", 1_250),
        ("0,005", "0.005", 1),  # half a cent rounds up
        ("0,004", "0.004", 0),
        ("0,015", "0.015", 2),
        ("2,675", "2.675", 268),  # binary floats would give 267
        ("-0,005", "-0.005", -1),  # away from zero
        ("12.50", "12.50", 1_250),  # pasted from an English source
        ("12.5", "12.5", 1_250),
        ("12.500", "12500", 1_250_000),  # three digits after the dot: thousands separator
        ("1.234", "1234", 123_400),
        ("1234", "1234", 123_400),
        ("0", "0", 0),
        ("12,", "12", 1_200),
        ("-12,50", "-12.50", -1_250),
        ("+3", "3", 300),
        ("  1.234,56 € ", "1234.56", 123_456),
        (f"1.234,56{NBSP}€", "1234.56", 123_456),
        ("1 234,56", "1234.56", 123_456),
        ("€12,00", "12.00", 1_200),
    ],
)
def test_parse_german(text: str, decimal: str, cents: int) -> None:
    assert parse_decimal(text, "de") == Decimal(decimal)
    assert parse_cents(text, "de") == cents
    assert parse_cents(text) == cents  # German is the default


@pytest.mark.parametrize(
    ("text", "decimal", "cents"),
    [
        ("1,234.56", "1234.56", 123_456),
        ("1,234,567.89", "1234567.89", 123_456_789),
        ("1234.56", "1234.56", 123_456),
        ("12.5", "12.5", 1_250),
        ("1.234", "1.234", 123),  # a decimal point in English
        ("0.005", "0.005", 1),
        ("-0.005", "-0.005", -1),
        ("1,234", "1234", 123_400),
        ("  99.99 €", "99.99", 9_999),
    ],
)
def test_parse_english(text: str, decimal: str, cents: int) -> None:
    assert parse_decimal(text, "en") == Decimal(decimal)
    assert parse_cents(text, "en") == cents


GARBAGE = [
    "abc",
    "",
    "   ",
    "€",
    "1,2,3",
    "NaN",
    "nan",
    "Infinity",
    "-Infinity",
    "inf",
    "1e5",
    "12.3.4",
    "1..2",
    "--1",
    "1-",
    "0x10",
    "12 abc",
    "1/2",
]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("text", GARBAGE)
def test_parse_rejects_garbage(text: str, language: str) -> None:
    with pytest.raises(AmountParseError):
        parse_decimal(text, language)
    with pytest.raises(AmountParseError):
        parse_cents(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("1,234.56", "de"),  # English grouping is not German
        ("1.23,4", "de"),  # broken thousands group
        ("1234.567,89", "de"),
        ("12,50", "en"),  # German decimal comma in English
        ("1,23.4", "en"),
        ("12.5.0", "en"),
    ],
)
def test_parse_rejects_the_other_languages_grouping(text: str, language: str) -> None:
    with pytest.raises(AmountParseError):
        parse_decimal(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("0.500", "de"),  # would be read as 500 € if a "0" thousands group were allowed
        ("0.005", "de"),
        ("-0.250", "de"),
        ("1234.567", "de"),  # three decimals after a dot: neither German nor a pasted amount
        ("0,500", "en"),
        ("0,005", "en"),
    ],
)
def test_parse_rejects_ambiguous_leading_zero_groups(text: str, language: str) -> None:
    with pytest.raises(AmountParseError):
        parse_decimal(text, language)


def test_parse_error_is_a_value_error_with_stable_code() -> None:
    with pytest.raises(ValueError) as info:
        parse_cents("abc")
    assert isinstance(info.value, AmountParseError)
    assert info.value.code == "amount_invalid"


@pytest.mark.parametrize("digits", [27, 30, 60])
def test_absurdly_long_amount_is_a_parse_error_not_a_decimal_crash(digits: int) -> None:
    # The GUI catches AmountParseError only; a 30-digit paste must not escape as
    # decimal.InvalidOperation.
    with pytest.raises(AmountParseError):
        parse_cents("9" * digits)


# ---------------------------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cents", "currency", "language", "expected"),
    [
        (123_456, "EUR", "de", f"1.234,56{NBSP}€"),
        (123_456, "EUR", "en", f"1,234.56{NBSP}€"),
        (0, "EUR", "de", f"0,00{NBSP}€"),
        (5, "EUR", "de", f"0,05{NBSP}€"),
        (99_999, "EUR", "de", f"999,99{NBSP}€"),
        (100_000, "EUR", "de", f"1.000,00{NBSP}€"),
        (100_000_000, "EUR", "de", f"1.000.000,00{NBSP}€"),
        (-123_456, "EUR", "de", f"-1.234,56{NBSP}€"),
        (-5, "EUR", "en", f"-0.05{NBSP}€"),
        (1_250, "USD", "de", f"12,50{NBSP}USD"),
        (1_250, "CHF", "en", f"12.50{NBSP}CHF"),
    ],
)
def test_format_cents(cents: int, currency: str, language: str, expected: str) -> None:
    assert format_cents(cents, currency, language) == expected


def test_format_cents_uses_a_no_break_space_only() -> None:
    text = format_cents(123_456)
    assert " " not in text
    assert text.count(NBSP) == 1


@pytest.mark.parametrize(
    ("value", "language", "places", "expected"),
    [
        (Decimal("1234.5"), "de", None, "1.234,5"),
        (Decimal("1234.5"), "en", None, "1,234.5"),
        (Decimal("1234"), "de", None, "1.234"),
        (Decimal("0.125"), "de", 2, "0,13"),  # half up
        (Decimal("-0.125"), "de", 2, "-0,13"),
        (Decimal("1000000"), "en", 0, "1,000,000"),
        (Decimal("999"), "de", None, "999"),
    ],
)
def test_format_decimal(value: Decimal, language: str, places: int | None, expected: str) -> None:
    assert format_decimal(value, language, places) == expected


@fast
@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS), st.sampled_from(["de", "en"]))
def test_format_then_parse_round_trips(cents: int, language: str) -> None:
    text = format_cents(cents, "EUR", language)
    assert parse_cents(text, language) == cents


@fast
@given(
    st.decimals(
        min_value=Decimal(-(10**12)),
        max_value=Decimal(10**12),
        places=3,
        allow_nan=False,
        allow_infinity=False,
    ),
    st.sampled_from(["de", "en"]),
)
def test_format_decimal_then_parse_decimal_round_trips(value: Decimal, language: str) -> None:
    assert parse_decimal(format_decimal(value, language), language) == value


# ---------------------------------------------------------------------------------------------
# Money
# ---------------------------------------------------------------------------------------------


def test_money_addition_keeps_currency() -> None:
    assert Money(1_000) + Money(250) == Money(1_250, "EUR")
    assert Money(100, "USD") + Money(-30, "USD") == Money(70, "USD")


@fast
@given(
    st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS),
    st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS),
)
def test_money_addition_adds_cents(a: int, b: int) -> None:
    assert (Money(a, "CHF") + Money(b, "CHF")).cents == a + b


def test_money_addition_refuses_mixed_currencies() -> None:
    with pytest.raises(ValueError, match="currencies"):
        Money(100, "EUR") + Money(100, "USD")


def test_money_default_currency_is_euro_and_it_formats() -> None:
    assert Money(1).currency == "EUR"
    assert Money(123_456).format() == f"1.234,56{NBSP}€"
    assert Money(123_456, "USD").format("en") == f"1,234.56{NBSP}USD"


def test_money_is_immutable() -> None:
    money = Money(100)
    with pytest.raises(dataclasses.FrozenInstanceError):
        money.cents = 200  # type: ignore[misc]
