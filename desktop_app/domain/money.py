"""Money in integer cents, half-up rounding, German amount parsing and formatting."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CURRENCIES: tuple[str, ...] = ("EUR", "USD", "GBP", "CHF", "DKK", "SEK", "NOK", "PLN", "CZK")


def round_half_up_cents(value: Decimal) -> int:
    """Round an amount given in cents (possibly fractional) half up to whole cents.

    "Half up" means away from zero for ties, as in commercial rounding.
    """
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_net_cents(quantity: Decimal, unit_price_cents: int) -> int:
    """Net amount of one line item, rounded half up to the cent."""
    return round_half_up_cents(quantity * unit_price_cents)


def percent_of(cents: int, percent: Decimal) -> int:
    """``percent`` % of ``cents``, rounded half up to the cent."""
    return round_half_up_cents(Decimal(cents) * percent / 100)


@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError("cannot add amounts in different currencies")
        return Money(self.cents + other.cents, self.currency)

    def format(self, language: str = "de") -> str:
        return format_cents(self.cents, self.currency, language)


class AmountParseError(ValueError):
    code = "amount_invalid"


# A thousands-grouped number never starts with a 0 group: "0.500" is not 500.
_DE_AMOUNT = re.compile(r"^[+-]?([1-9]\d{0,2}(\.\d{3})+|\d+)(,\d*)?$")
_EN_AMOUNT = re.compile(r"^[+-]?([1-9]\d{0,2}(,\d{3})+|\d+)(\.\d*)?$")


def parse_decimal(text: str, language: str = "de") -> Decimal:
    """Parse a number typed by a person: ``1.234,5`` (German) or ``1,234.5`` (English).

    Plain ``12.5`` is also accepted in German when it cannot be a thousands separator,
    because people paste amounts from English sources.
    """
    raw = text.strip().replace("\u00a0", "").replace(" ", "").replace("€", "")
    if not raw:
        raise AmountParseError("empty")
    if language == "de":
        if _DE_AMOUNT.match(raw):
            normalised = raw.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"[+-]?\d+\.\d{1,2}", raw):
            normalised = raw
        else:
            raise AmountParseError(text)
    else:
        if not _EN_AMOUNT.match(raw):
            raise AmountParseError(text)
        normalised = raw.replace(",", "")
    try:
        value = Decimal(normalised)
    except InvalidOperation as exc:  # pragma: no cover - the regexes admit only numbers
        raise AmountParseError(text) from exc
    if not value.is_finite():
        raise AmountParseError(text)
    return value


def parse_cents(text: str, language: str = "de") -> int:
    """Parse a money amount into cents, rounding half up beyond two decimals."""
    value = parse_decimal(text, language)
    try:
        return round_half_up_cents(value * 100)
    except InvalidOperation as exc:  # more digits than the decimal context can hold
        raise AmountParseError(text) from exc


def format_decimal(value: Decimal, language: str = "de", places: int | None = None) -> str:
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    text = format(abs(value), "f")
    whole, _, frac = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, point = (".", ",") if language == "de" else (",", ".")
    return sign + thousands.join(groups) + (point + frac if frac else "")


def format_cents(cents: int, currency: str = "EUR", language: str = "de") -> str:
    """``123456`` → ``1.234,56 €`` (de) or ``1,234.56 €`` (en), with a no-break space.

    Integer arithmetic only: lists format tens of thousands of amounts at start-up.
    """
    whole, frac = divmod(abs(cents), 100)
    grouped = f"{whole:,}"
    if language == "de":
        grouped = grouped.replace(",", ".")
        point = ","
    else:
        point = "."
    sign = "-" if cents < 0 else ""
    symbol = "€" if currency == "EUR" else currency
    return f"{sign}{grouped}{point}{frac:02d}\u00a0{symbol}"
