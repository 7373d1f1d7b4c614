"""Field-level checks of an order. Problems carry stable codes; the GUI words them.

A draft may be saved with any problem; submission needs a list without errors.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, timedelta
from enum import StrEnum

from .budgets import is_known_budget
from .countries import COUNTRIES, is_eu, vat_id_matches_country, vat_id_matches_format
from .minimum_wage import below_minimum_wage
from .order import ClientType, Order


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Code(StrEnum):
    REQUIRED = "required"
    EMAIL_INVALID = "email_invalid"
    VAT_ID_INVALID = "vat_id_invalid"
    VAT_ID_COUNTRY_MISMATCH = "vat_id_country_mismatch"
    COUNTRY_UNKNOWN = "country_unknown"
    PERIOD_END_BEFORE_START = "period_end_before_start"
    NO_LINE_ITEMS = "no_line_items"
    QUANTITY_NOT_POSITIVE = "quantity_not_positive"
    AMOUNT_NOT_POSITIVE = "amount_not_positive"
    NO_INVOICE_DATES = "no_invoice_dates"
    INVOICE_DATE_DUPLICATE = "invoice_date_duplicate"
    OFFER_VALIDITY_PAST = "offer_validity_past"
    OFFER_VALIDITY_NOT_BEFORE_INVOICE = "offer_validity_not_before_invoice"
    UNKNOWN_BUDGET = "unknown_budget"  # the server's code for the same refusal
    # warnings
    OFFER_VALIDITY_SHORT = "offer_validity_short"
    INVOICE_DRAFT_IMMEDIATE = "invoice_draft_immediate"
    NO_GUARANTEE_WITHOUT_PROOF = "no_guarantee_without_proof"
    NO_GUARANTEE_NON_EU = "no_guarantee_non_eu"
    BELOW_MINIMUM_WAGE = "below_minimum_wage"  # params: minimum, price (cents per hour)
    CLIENT_MAYBE_DUPLICATE = "client_maybe_duplicate"  # params: name, exact


@dataclass(frozen=True)
class Problem:
    field: str
    code: Code
    severity: Severity = Severity.ERROR
    params: dict[str, str] = dataclass_field(default_factory=dict, compare=False, hash=False)


INVOICE_DRAFT_LEAD_DAYS = 7
RECOMMENDED_VALIDITY_DAYS = 7

# Deliberately permissive: one @, a dot in the domain, no spaces. The server has the final word.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


def validate_order(
    order: Order, today: date, budgets: Collection[str] | None = None
) -> list[Problem]:
    """Every problem of ``order`` as of ``today`` (a Europe/Berlin calendar date).

    ``budgets``: the ids of the member's budgets as last seen (None: not known, the budget
    is then only required)."""
    problems: list[Problem] = []
    problems += _required(order)
    if not is_known_budget(order.budget, budgets):
        problems.append(Problem("budget", Code.UNKNOWN_BUDGET))
    problems += _client(order)
    problems += _contact(order)
    problems += _period(order)
    problems += _line_items(order)
    problems += _minimum_wage(order, today)
    problems += _dates(order, today)
    problems += _guarantee(order)
    return problems


def _required(order: Order) -> list[Problem]:
    texts = {
        "budget": order.budget,
        "client.legal_name": order.client.legal_name,
        "client.address.street": order.client.address.street,
        "client.address.postal_code": order.client.address.postal_code,
        "client.address.city": order.client.address.city,
        "client.address.country": order.client.address.country,
        "contact_name": order.contact_name,
        "contact_email": order.contact_email,
        "order_description": order.order_description,
        "service_description": order.service_description,
        "currency": order.currency,
    }
    problems = [Problem(name, Code.REQUIRED) for name, value in texts.items() if not value.strip()]
    if order.service_start is None:
        problems.append(Problem("service_start", Code.REQUIRED))
    if order.service_end is None:
        problems.append(Problem("service_end", Code.REQUIRED))
    if order.offer_valid_until is None and not order.skip_client_confirmation:
        problems.append(Problem("offer_valid_until", Code.REQUIRED))
    return problems


def _client(order: Order) -> list[Problem]:
    client = order.client
    problems: list[Problem] = []
    country = client.address.country.strip().upper()
    if country and country not in COUNTRIES:
        problems.append(Problem("client.address.country", Code.COUNTRY_UNKNOWN))
    if client.type is ClientType.BUSINESS_EU_VAT:
        if not client.vat_id.strip():
            problems.append(Problem("client.vat_id", Code.REQUIRED))
        elif not vat_id_matches_format(client.vat_id):
            problems.append(Problem("client.vat_id", Code.VAT_ID_INVALID))
        elif country and not vat_id_matches_country(client.vat_id, country):
            problems.append(Problem("client.vat_id", Code.VAT_ID_COUNTRY_MISMATCH))
    if client.invoice_email.strip() and not is_valid_email(client.invoice_email):
        problems.append(Problem("client.invoice_email", Code.EMAIL_INVALID))
    return problems


def _contact(order: Order) -> list[Problem]:
    if order.contact_email.strip() and not is_valid_email(order.contact_email):
        return [Problem("contact_email", Code.EMAIL_INVALID)]
    return []


def _period(order: Order) -> list[Problem]:
    start, end = order.service_start, order.service_end
    if start is not None and end is not None and end < start:
        return [Problem("service_end", Code.PERIOD_END_BEFORE_START)]
    return []


def _line_items(order: Order) -> list[Problem]:
    if not order.line_items:
        return [Problem("line_items", Code.NO_LINE_ITEMS)]
    problems: list[Problem] = []
    for index, item in enumerate(order.line_items):
        prefix = f"line_items[{index}]"
        if not item.description.strip():
            problems.append(Problem(f"{prefix}.description", Code.REQUIRED))
        if item.quantity <= 0:
            problems.append(Problem(f"{prefix}.quantity", Code.QUANTITY_NOT_POSITIVE))
        if item.unit_price_cents <= 0:
            problems.append(Problem(f"{prefix}.unit_price", Code.AMOUNT_NOT_POSITIVE))
    return problems


def _dates(order: Order, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if not order.invoice_dates:
        problems.append(Problem("invoice_dates", Code.NO_INVOICE_DATES))
    seen: set[date] = set()
    for index, day in enumerate(order.invoice_dates):
        if day in seen:
            problems.append(Problem(f"invoice_dates[{index}]", Code.INVOICE_DATE_DUPLICATE))
        seen.add(day)
    if order.invoice_dates:
        first = min(order.invoice_dates)
        days = (first - today).days
        if days < INVOICE_DRAFT_LEAD_DAYS:
            index = order.invoice_dates.index(first)
            problems.append(
                Problem(
                    f"invoice_dates[{index}]",
                    Code.INVOICE_DRAFT_IMMEDIATE,
                    Severity.WARNING,
                    {"date": first.isoformat(), "days": str(days)},
                )
            )
    validity = order.offer_valid_until
    if validity is not None and not order.skip_client_confirmation:
        if validity < today:
            problems.append(Problem("offer_valid_until", Code.OFFER_VALIDITY_PAST))
        elif validity < today + timedelta(days=RECOMMENDED_VALIDITY_DAYS):
            problems.append(
                Problem(
                    "offer_valid_until",
                    Code.OFFER_VALIDITY_SHORT,
                    Severity.WARNING,
                    {"days": str((validity - today).days)},
                )
            )
        if order.invoice_dates and validity >= min(order.invoice_dates):
            problems.append(Problem("offer_valid_until", Code.OFFER_VALIDITY_NOT_BEFORE_INVOICE))
    return problems


def _guarantee(order: Order) -> list[Problem]:
    problems: list[Problem] = []
    if order.skip_client_confirmation and not order.has_confirmation_proof:
        problems.append(
            Problem("skip_client_confirmation", Code.NO_GUARANTEE_WITHOUT_PROOF, Severity.WARNING)
        )
    country = order.client.address.country.strip().upper()
    if country and not is_eu(country):
        problems.append(
            Problem("client.address.country", Code.NO_GUARANTEE_NON_EU, Severity.WARNING)
        )
    return problems


def _minimum_wage(order: Order, today: date) -> list[Problem]:
    return [
        Problem(
            f"line_items[{index}].unit_price",
            Code.BELOW_MINIMUM_WAGE,
            Severity.WARNING,
            {"minimum": str(minimum), "price": str(item.unit_price_cents)},
        )
        for index, item, minimum in below_minimum_wage(order, today)
    ]
