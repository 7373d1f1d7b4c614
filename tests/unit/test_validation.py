"""Every rule of desktop_app/domain/validation.py: broken → problem; satisfied → no problem."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop_app.domain.order import (
    Address,
    AttachmentRef,
    Client,
    ClientType,
    LineItem,
    Order,
)
from desktop_app.domain.validation import (
    Code,
    Problem,
    Severity,
    has_errors,
    is_valid_email,
    validate_order,
)

# A Friday; fixed so that every relative date below is reproducible.
TODAY = date(2026, 11, 27)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def valid_order(today: date) -> Order:
    """An order that passes every check as of ``today``, without even a warning."""
    return Order(
        id=uuid.UUID("00000000-0000-4000-8000-000000000001"),
        budget="Hauptbudget",
        client=Client(
            type=ClientType.BUSINESS_EU_VAT,
            legal_name="Beispiel GmbH",
            address=Address(
                street="Hauptstraße 1", postal_code="10115", city="Berlin", country="DE"
            ),
            vat_id="DE123456789",
            invoice_email="rechnung@beispiel.de",
        ),
        contact_name="Erika Mustermann",
        contact_email="erika@beispiel.de",
        order_description="Workshop Gestaltung",
        service_description="Zwei Tage Workshop zur Gestaltung von Plakaten",
        service_start=today + timedelta(days=20),
        service_end=today + timedelta(days=21),
        line_items=(
            LineItem(
                description="Workshoptag", quantity=Decimal(2), unit="Tag", unit_price_cents=50_000
            ),
        ),
        invoice_dates=(today + timedelta(days=30),),
        offer_valid_until=today + timedelta(days=14),
    )


def with_client(order: Order, **fields: object) -> Order:
    return replace(order, client=replace(order.client, **fields))


def with_address(order: Order, **fields: object) -> Order:
    address = replace(order.client.address, **fields)
    return replace(order, client=replace(order.client, address=address))


def problems_at(order: Order, field: str) -> list[Problem]:
    return [p for p in validate_order(order, TODAY) if p.field == field]


def codes_at(order: Order, field: str) -> set[Code]:
    return {p.code for p in problems_at(order, field)}


def all_codes(order: Order) -> set[Code]:
    return {p.code for p in validate_order(order, TODAY)}


def proof(is_proof: bool = True) -> AttachmentRef:
    return AttachmentRef(
        sha256="ab" * 32,
        filename="vertrag.pdf",
        size=1234,
        media_type="application/pdf",
        is_confirmation_proof=is_proof,
    )


# ---------------------------------------------------------------------------------------------
# The baseline
# ---------------------------------------------------------------------------------------------


def test_valid_order_has_no_problems_at_all() -> None:
    order = valid_order(TODAY)
    problems = validate_order(order, TODAY)
    assert problems == []
    assert not has_errors(problems)


def test_a_new_empty_order_has_errors() -> None:
    problems = validate_order(Order.new(), TODAY)
    assert has_errors(problems)
    assert {p.code for p in problems} >= {Code.REQUIRED, Code.NO_LINE_ITEMS, Code.NO_INVOICE_DATES}


# ---------------------------------------------------------------------------------------------
# Rule table: (broken order, fixed order, field, code, severity) for every code
# ---------------------------------------------------------------------------------------------

Mutation = Callable[[Order], Order]


def _same(order: Order) -> Order:
    return order


RULES: list[tuple[str, Mutation, Mutation, str, Code, Severity]] = [
    (
        "email_contact",
        lambda o: replace(o, contact_email="erika-at-beispiel.de"),
        _same,
        "contact_email",
        Code.EMAIL_INVALID,
        Severity.ERROR,
    ),
    (
        "email_invoice",
        lambda o: with_client(o, invoice_email="rechnung@beispiel"),
        _same,
        "client.invoice_email",
        Code.EMAIL_INVALID,
        Severity.ERROR,
    ),
    (
        "vat_id_required",
        lambda o: with_client(o, vat_id=""),
        _same,
        "client.vat_id",
        Code.REQUIRED,
        Severity.ERROR,
    ),
    (
        "vat_id_invalid",
        lambda o: with_client(o, vat_id="DE12345"),
        _same,
        "client.vat_id",
        Code.VAT_ID_INVALID,
        Severity.ERROR,
    ),
    (
        "vat_id_country_mismatch",
        lambda o: with_address(o, country="AT"),
        lambda o: with_client(with_address(o, country="AT"), vat_id="ATU12345678"),
        "client.vat_id",
        Code.VAT_ID_COUNTRY_MISMATCH,
        Severity.ERROR,
    ),
    (
        "country_unknown",
        lambda o: with_client(
            o, type=ClientType.PRIVATE, vat_id="", address=replace(o.client.address, country="XX")
        ),
        lambda o: with_address(o, country="de"),
        "client.address.country",
        Code.COUNTRY_UNKNOWN,
        Severity.ERROR,
    ),
    (
        "period",
        lambda o: replace(o, service_end=days(19)),
        lambda o: replace(o, service_end=days(20)),
        "service_end",
        Code.PERIOD_END_BEFORE_START,
        Severity.ERROR,
    ),
    (
        "no_line_items",
        lambda o: replace(o, line_items=()),
        _same,
        "line_items",
        Code.NO_LINE_ITEMS,
        Severity.ERROR,
    ),
    (
        "quantity",
        lambda o: replace(o, line_items=(replace(o.line_items[0], quantity=Decimal(0)),)),
        lambda o: replace(o, line_items=(replace(o.line_items[0], quantity=Decimal("0.25")),)),
        "line_items[0].quantity",
        Code.QUANTITY_NOT_POSITIVE,
        Severity.ERROR,
    ),
    (
        "amount",
        lambda o: replace(o, line_items=(replace(o.line_items[0], unit_price_cents=0),)),
        lambda o: replace(o, line_items=(replace(o.line_items[0], unit_price_cents=1),)),
        "line_items[0].unit_price",
        Code.AMOUNT_NOT_POSITIVE,
        Severity.ERROR,
    ),
    (
        "no_invoice_dates",
        lambda o: replace(o, invoice_dates=()),
        _same,
        "invoice_dates",
        Code.NO_INVOICE_DATES,
        Severity.ERROR,
    ),
    (
        "invoice_date_duplicate",
        lambda o: replace(o, invoice_dates=(days(30), days(30))),
        lambda o: replace(o, invoice_dates=(days(30), days(31))),
        "invoice_dates[1]",
        Code.INVOICE_DATE_DUPLICATE,
        Severity.ERROR,
    ),
    (
        "offer_validity_past",
        lambda o: replace(o, offer_valid_until=days(-1)),
        lambda o: replace(o, offer_valid_until=days(0)),
        "offer_valid_until",
        Code.OFFER_VALIDITY_PAST,
        Severity.ERROR,
    ),
    (
        "offer_validity_not_before_invoice",
        lambda o: replace(o, offer_valid_until=days(30)),
        lambda o: replace(o, offer_valid_until=days(29)),
        "offer_valid_until",
        Code.OFFER_VALIDITY_NOT_BEFORE_INVOICE,
        Severity.ERROR,
    ),
    (
        "offer_validity_short",
        lambda o: replace(o, offer_valid_until=days(6)),
        lambda o: replace(o, offer_valid_until=days(7)),
        "offer_valid_until",
        Code.OFFER_VALIDITY_SHORT,
        Severity.WARNING,
    ),
    (
        "invoice_draft_immediate",
        lambda o: replace(o, invoice_dates=(days(6),), offer_valid_until=days(3)),
        lambda o: replace(o, invoice_dates=(days(7),), offer_valid_until=days(3)),
        "invoice_dates[0]",
        Code.INVOICE_DRAFT_IMMEDIATE,
        Severity.WARNING,
    ),
    (
        "no_guarantee_without_proof",
        lambda o: replace(o, skip_client_confirmation=True),
        lambda o: replace(o, skip_client_confirmation=True, attachments=(proof(),)),
        "skip_client_confirmation",
        Code.NO_GUARANTEE_WITHOUT_PROOF,
        Severity.WARNING,
    ),
    (
        "no_guarantee_non_eu",
        lambda o: with_client(
            o,
            type=ClientType.BUSINESS_NO_VAT,
            vat_id="",
            address=replace(o.client.address, country="US"),
        ),
        lambda o: with_client(
            o,
            type=ClientType.BUSINESS_NO_VAT,
            vat_id="",
            address=replace(o.client.address, country="FR"),
        ),
        "client.address.country",
        Code.NO_GUARANTEE_NON_EU,
        Severity.WARNING,
    ),
    (
        # The service starts in 2026: 13,90 € per hour (test_minimum_wage.py has the table).
        "below_minimum_wage",
        lambda o: replace(o, line_items=(LineItem("Lektorat", Decimal(8), "Std.", 13_89),)),
        lambda o: replace(o, line_items=(LineItem("Lektorat", Decimal(8), "Std.", 13_90),)),
        "line_items[0].unit_price",
        Code.BELOW_MINIMUM_WAGE,
        Severity.WARNING,
    ),
]


def test_rule_table_covers_every_code() -> None:
    # The duplicate warning needs Smart's client list: domain/client_duplicates.py, tested in
    # test_client_duplicates.py.
    # The budget check needs the member's budgets: test_budget_rule.py.
    outside = {Code.REQUIRED, Code.CLIENT_MAYBE_DUPLICATE, Code.UNKNOWN_BUDGET}
    assert {rule[4] for rule in RULES} | outside == set(Code)


@pytest.mark.parametrize(
    ("broken", "fixed", "field", "code", "severity"),
    [rule[1:] for rule in RULES],
    ids=[rule[0] for rule in RULES],
)
def test_rule_appears_when_broken_and_disappears_when_satisfied(
    broken: Mutation, fixed: Mutation, field: str, code: Code, severity: Severity
) -> None:
    base = valid_order(TODAY)

    bad = [p for p in validate_order(broken(base), TODAY) if p.code is code]
    assert [(p.field, p.severity) for p in bad] == [(field, severity)]

    good = validate_order(fixed(base), TODAY)
    assert code not in {p.code for p in good}
    assert field not in {p.field for p in good if p.severity is Severity.ERROR}


@pytest.mark.parametrize(
    ("broken", "code", "severity"),
    [(rule[1], rule[4], rule[5]) for rule in RULES],
    ids=[rule[0] for rule in RULES],
)
def test_has_errors_follows_severity(broken: Mutation, code: Code, severity: Severity) -> None:
    # Each broken order breaks only this rule (at most with extra warnings), so whether it
    # blocks submission depends only on the rule's severity.
    problems = validate_order(broken(valid_order(TODAY)), TODAY)
    errors = {p.code for p in problems if p.severity is Severity.ERROR}
    assert code in {p.code for p in problems}
    assert errors == ({code} if severity is Severity.ERROR else set())
    assert has_errors(problems) is (severity is Severity.ERROR)


# ---------------------------------------------------------------------------------------------
# Required fields
# ---------------------------------------------------------------------------------------------

TEXT_FIELDS: dict[str, Callable[[Order, str], Order]] = {
    "budget": lambda o, v: replace(o, budget=v),
    "client.legal_name": lambda o, v: with_client(o, legal_name=v),
    "client.address.street": lambda o, v: with_address(o, street=v),
    "client.address.postal_code": lambda o, v: with_address(o, postal_code=v),
    "client.address.city": lambda o, v: with_address(o, city=v),
    "client.address.country": lambda o, v: with_address(o, country=v),
    "contact_name": lambda o, v: replace(o, contact_name=v),
    "contact_email": lambda o, v: replace(o, contact_email=v),
    "order_description": lambda o, v: replace(o, order_description=v),
    "service_description": lambda o, v: replace(o, service_description=v),
    "currency": lambda o, v: replace(o, currency=v),
}


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"], ids=["empty", "spaces", "whitespace"])
@pytest.mark.parametrize("field", sorted(TEXT_FIELDS))
def test_required_text_field(field: str, blank: str) -> None:
    order = TEXT_FIELDS[field](valid_order(TODAY), blank)
    problems = problems_at(order, field)
    assert Problem(field, Code.REQUIRED) in problems
    assert all(p.severity is Severity.ERROR for p in problems if p.code is Code.REQUIRED)
    assert has_errors(validate_order(order, TODAY))
    # and a value makes it go away (the baseline has one)
    assert Code.REQUIRED not in codes_at(valid_order(TODAY), field)


@pytest.mark.parametrize("field", ["service_start", "service_end", "offer_valid_until"])
def test_required_date_field(field: str) -> None:
    order = replace(valid_order(TODAY), **{field: None})
    assert problems_at(order, field) == [Problem(field, Code.REQUIRED, Severity.ERROR)]
    assert Code.REQUIRED not in codes_at(valid_order(TODAY), field)


def test_line_item_description_required_with_index() -> None:
    base = valid_order(TODAY)
    second = LineItem(description="  ", quantity=Decimal(1), unit="h", unit_price_cents=8000)
    order = replace(base, line_items=(base.line_items[0], second))
    assert problems_at(order, "line_items[1].description") == [
        Problem("line_items[1].description", Code.REQUIRED)
    ]
    assert problems_at(order, "line_items[0].description") == []


def test_offer_validity_not_required_when_client_confirmation_is_skipped() -> None:
    order = replace(
        valid_order(TODAY),
        offer_valid_until=None,
        skip_client_confirmation=True,
        attachments=(proof(),),
    )
    assert validate_order(order, TODAY) == []


def test_offer_validity_is_ignored_when_client_confirmation_is_skipped() -> None:
    # A validity left over from before the member ticked "skip" must not block submission.
    order = replace(
        valid_order(TODAY),
        offer_valid_until=days(-10),
        skip_client_confirmation=True,
        attachments=(proof(),),
    )
    assert validate_order(order, TODAY) == []


# ---------------------------------------------------------------------------------------------
# E-mail syntax
# ---------------------------------------------------------------------------------------------

VALID_EMAILS = [
    "erika@beispiel.de",
    "erika.mustermann+smart@mail.beispiel.co.uk",
    "E.Mustermann@Example.COM",
    "  erika@beispiel.de  ",
    "o'brien@example.ie",
]
INVALID_EMAILS = [
    "erika",
    "erika@",
    "@beispiel.de",
    "erika@beispiel",
    "erika@beispiel.d",
    "erika@@beispiel.de",
    "erika@bei@spiel.de",
    "erika mustermann@beispiel.de",
    "erika@bei spiel.de",
    "erika@beispiel.",
]


@pytest.mark.parametrize("email", VALID_EMAILS)
def test_valid_email_syntax(email: str) -> None:
    assert is_valid_email(email)
    order = with_client(replace(valid_order(TODAY), contact_email=email), invoice_email=email)
    assert validate_order(order, TODAY) == []


@pytest.mark.parametrize("email", INVALID_EMAILS)
def test_invalid_contact_email(email: str) -> None:
    assert not is_valid_email(email)
    order = replace(valid_order(TODAY), contact_email=email)
    assert problems_at(order, "contact_email") == [Problem("contact_email", Code.EMAIL_INVALID)]


@pytest.mark.parametrize("email", INVALID_EMAILS)
def test_invalid_client_invoice_email(email: str) -> None:
    order = with_client(valid_order(TODAY), invoice_email=email)
    assert problems_at(order, "client.invoice_email") == [
        Problem("client.invoice_email", Code.EMAIL_INVALID)
    ]


def test_client_invoice_email_is_optional() -> None:
    order = with_client(valid_order(TODAY), invoice_email="")
    assert validate_order(order, TODAY) == []


def test_blank_contact_email_is_required_not_invalid() -> None:
    order = replace(valid_order(TODAY), contact_email="")
    assert codes_at(order, "contact_email") == {Code.REQUIRED}


# ---------------------------------------------------------------------------------------------
# VAT ID of EU business clients
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "vat_id"),
    [
        ("DE", "DE123456789"),
        ("DE", "de 123 456 789"),
        ("DE", "DE-123.456.789"),
        ("GR", "EL123456789"),
        ("FR", "FR40303265045"),
        ("FR", "FRK7399859412"),
        ("AT", "ATU12345678"),
        ("NL", "NL123456789B01"),
        ("IT", "IT12345678901"),
        ("ES", "ESA1234567B"),
        ("BE", "BE0123456789"),
        ("IE", "IE1234567WA"),
        ("IE", "IE1A23456W"),
        ("SE", "SE123456789001"),
        ("PL", "PL1234567890"),
        ("LT", "LT123456789012"),
        ("CY", "CY12345678L"),
    ],
)
def test_valid_vat_id(country: str, vat_id: str) -> None:
    order = with_client(with_address(valid_order(TODAY), country=country), vat_id=vat_id)
    assert problems_at(order, "client.vat_id") == []
    assert not has_errors(validate_order(order, TODAY))


@pytest.mark.parametrize(
    ("country", "vat_id"),
    [
        ("DE", "DE12345678"),  # one digit short
        ("DE", "DE1234567890"),  # one digit too many
        ("DE", "DEABCDEFGHI"),
        ("DE", "123456789"),  # no prefix
        ("GR", "GR123456789"),  # Greece uses EL, not its ISO code
        ("AT", "AT12345678"),  # U missing
        ("NL", "NL123456789A01"),
        ("FR", "FRIO123456789"),  # I and O are not allowed in the French key
        ("SE", "SE123456789012"),  # must end in 01
        ("DE", "XX123456789"),  # no such prefix
    ],
)
def test_invalid_vat_id_format(country: str, vat_id: str) -> None:
    order = with_client(with_address(valid_order(TODAY), country=country), vat_id=vat_id)
    assert problems_at(order, "client.vat_id") == [Problem("client.vat_id", Code.VAT_ID_INVALID)]


@pytest.mark.parametrize(
    ("country", "vat_id"),
    [
        ("FR", "DE123456789"),
        ("DE", "EL123456789"),
        ("GR", "DE123456789"),
        ("AT", "NL123456789B01"),
    ],
)
def test_vat_id_country_mismatch(country: str, vat_id: str) -> None:
    order = with_client(with_address(valid_order(TODAY), country=country), vat_id=vat_id)
    assert problems_at(order, "client.vat_id") == [
        Problem("client.vat_id", Code.VAT_ID_COUNTRY_MISMATCH)
    ]


def test_vat_id_country_compared_case_insensitively() -> None:
    order = with_client(with_address(valid_order(TODAY), country="gr"), vat_id="el123456789")
    assert problems_at(order, "client.vat_id") == []


@pytest.mark.parametrize("blank", ["", "  "])
def test_vat_id_required_for_eu_business(blank: str) -> None:
    order = with_client(valid_order(TODAY), vat_id=blank)
    assert problems_at(order, "client.vat_id") == [Problem("client.vat_id", Code.REQUIRED)]


@pytest.mark.parametrize("client_type", [ClientType.BUSINESS_NO_VAT, ClientType.PRIVATE])
def test_vat_id_not_required_for_other_client_types(client_type: ClientType) -> None:
    order = with_client(valid_order(TODAY), type=client_type, vat_id="")
    assert problems_at(order, "client.vat_id") == []
    assert validate_order(order, TODAY) == []


# ---------------------------------------------------------------------------------------------
# Country
# ---------------------------------------------------------------------------------------------


def test_unknown_country_is_an_error() -> None:
    order = with_client(with_address(valid_order(TODAY), country="ZZ"), type=ClientType.PRIVATE)
    assert Problem("client.address.country", Code.COUNTRY_UNKNOWN) in problems_at(
        order, "client.address.country"
    )
    assert has_errors(validate_order(order, TODAY))


@pytest.mark.parametrize("country", ["de", " DE ", "De"])
def test_known_country_in_any_case_is_accepted(country: str) -> None:
    order = with_address(valid_order(TODAY), country=country)
    assert validate_order(order, TODAY) == []


# ---------------------------------------------------------------------------------------------
# Service period
# ---------------------------------------------------------------------------------------------


def test_service_end_before_start_is_an_error() -> None:
    order = replace(valid_order(TODAY), service_start=days(20), service_end=days(19))
    assert problems_at(order, "service_end") == [
        Problem("service_end", Code.PERIOD_END_BEFORE_START, Severity.ERROR)
    ]


def test_service_end_equal_to_start_is_fine() -> None:
    order = replace(valid_order(TODAY), service_start=days(20), service_end=days(20))
    assert validate_order(order, TODAY) == []


def test_period_check_skipped_when_a_date_is_missing() -> None:
    order = replace(valid_order(TODAY), service_start=None, service_end=days(1))
    assert codes_at(order, "service_end") == set()
    assert codes_at(order, "service_start") == {Code.REQUIRED}


# ---------------------------------------------------------------------------------------------
# Line items
# ---------------------------------------------------------------------------------------------


def _line(quantity: str = "1", price: int = 10_000, description: str = "Leistung") -> LineItem:
    return LineItem(
        description=description, quantity=Decimal(quantity), unit="h", unit_price_cents=price
    )


@pytest.mark.parametrize("quantity", ["0", "-1", "-0.5"])
def test_quantity_must_be_positive_per_line(quantity: str) -> None:
    order = replace(valid_order(TODAY), line_items=(_line(), _line(quantity=quantity)))
    problems = validate_order(order, TODAY)
    assert Problem("line_items[1].quantity", Code.QUANTITY_NOT_POSITIVE) in problems
    assert not [p for p in problems if p.field.startswith("line_items[0]")]


@pytest.mark.parametrize("quantity", ["0.01", "1", "2.5", "1000"])
def test_positive_quantities_are_fine(quantity: str) -> None:
    order = replace(valid_order(TODAY), line_items=(_line(quantity=quantity),))
    assert validate_order(order, TODAY) == []


@pytest.mark.parametrize("price", [0, -1, -10_000])
def test_unit_price_must_be_positive_per_line(price: int) -> None:
    order = replace(valid_order(TODAY), line_items=(_line(), _line(), _line(price=price)))
    problems = validate_order(order, TODAY)
    assert [p for p in problems if p.code is Code.AMOUNT_NOT_POSITIVE] == [
        Problem("line_items[2].unit_price", Code.AMOUNT_NOT_POSITIVE, Severity.ERROR)
    ]


def test_each_bad_line_gets_its_own_problems() -> None:
    order = replace(
        valid_order(TODAY),
        line_items=(_line(quantity="0", price=0, description=""), _line(quantity="-2")),
    )
    line_problems = {
        (p.field, p.code) for p in validate_order(order, TODAY) if p.field.startswith("line_items")
    }
    assert line_problems == {
        ("line_items[0].description", Code.REQUIRED),
        ("line_items[0].quantity", Code.QUANTITY_NOT_POSITIVE),
        ("line_items[0].unit_price", Code.AMOUNT_NOT_POSITIVE),
        ("line_items[1].quantity", Code.QUANTITY_NOT_POSITIVE),
    }


def test_no_line_items() -> None:
    order = replace(valid_order(TODAY), line_items=())
    problems = [p for p in validate_order(order, TODAY) if p.field.startswith("line_items")]
    assert problems == [Problem("line_items", Code.NO_LINE_ITEMS, Severity.ERROR)]


# ---------------------------------------------------------------------------------------------
# Invoice dates
# ---------------------------------------------------------------------------------------------


def test_no_invoice_dates() -> None:
    order = replace(valid_order(TODAY), invoice_dates=())
    problems = validate_order(order, TODAY)
    assert problems == [Problem("invoice_dates", Code.NO_INVOICE_DATES, Severity.ERROR)]


def test_duplicate_invoice_dates_flag_each_repeat() -> None:
    order = replace(
        valid_order(TODAY), invoice_dates=(days(30), days(60), days(30), days(60), days(30))
    )
    duplicates = [p for p in validate_order(order, TODAY) if p.code is Code.INVOICE_DATE_DUPLICATE]
    assert [p.field for p in duplicates] == [
        "invoice_dates[2]",
        "invoice_dates[3]",
        "invoice_dates[4]",
    ]
    assert all(p.severity is Severity.ERROR for p in duplicates)


def test_several_distinct_invoice_dates_are_fine() -> None:
    order = replace(valid_order(TODAY), invoice_dates=(days(60), days(30), days(90)))
    assert validate_order(order, TODAY) == []


@pytest.mark.parametrize("offset", [-30, -1, 0, 1, 6])
def test_invoice_date_less_than_seven_days_away_warns(offset: int) -> None:
    order = replace(
        valid_order(TODAY),
        invoice_dates=(days(offset),),
        skip_client_confirmation=True,
        attachments=(proof(),),
    )
    problems = validate_order(order, TODAY)
    assert problems == [Problem("invoice_dates[0]", Code.INVOICE_DRAFT_IMMEDIATE, Severity.WARNING)]
    assert problems[0].params == {"date": days(offset).isoformat(), "days": str(offset)}
    assert not has_errors(problems)


@pytest.mark.parametrize("offset", [7, 8, 30])
def test_invoice_date_seven_or_more_days_away_does_not_warn(offset: int) -> None:
    order = replace(
        valid_order(TODAY),
        invoice_dates=(days(offset),),
        skip_client_confirmation=True,
        attachments=(proof(),),
    )
    assert validate_order(order, TODAY) == []


def test_immediate_draft_warning_points_at_the_earliest_date() -> None:
    order = replace(
        valid_order(TODAY),
        invoice_dates=(days(40), days(3), days(20)),
        skip_client_confirmation=True,
        attachments=(proof(),),
    )
    warnings = [p for p in validate_order(order, TODAY) if p.code is Code.INVOICE_DRAFT_IMMEDIATE]
    assert [(p.field, p.params) for p in warnings] == [
        ("invoice_dates[1]", {"date": days(3).isoformat(), "days": "3"})
    ]


# ---------------------------------------------------------------------------------------------
# Offer validity ("Angebot gültig bis")
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("offset", [-1, -30])
def test_offer_validity_in_the_past_is_an_error(offset: int) -> None:
    order = replace(valid_order(TODAY), offer_valid_until=days(offset))
    assert problems_at(order, "offer_valid_until") == [
        Problem("offer_valid_until", Code.OFFER_VALIDITY_PAST, Severity.ERROR)
    ]


def test_offer_validity_today_is_not_an_error() -> None:
    # valid through the end of that day (domain.md, "Dates")
    order = replace(valid_order(TODAY), offer_valid_until=TODAY)
    problems = validate_order(order, TODAY)
    assert not has_errors(problems)
    assert Code.OFFER_VALIDITY_PAST not in {p.code for p in problems}
    # ... but it is far less than the recommended week
    assert [(p.code, p.params) for p in problems] == [(Code.OFFER_VALIDITY_SHORT, {"days": "0"})]


@pytest.mark.parametrize("offset", [0, 1, 6])
def test_offer_validity_shorter_than_a_week_warns(offset: int) -> None:
    order = replace(valid_order(TODAY), offer_valid_until=days(offset))
    problems = problems_at(order, "offer_valid_until")
    assert problems == [Problem("offer_valid_until", Code.OFFER_VALIDITY_SHORT, Severity.WARNING)]
    assert problems[0].params == {"days": str(offset)}


@pytest.mark.parametrize("offset", [7, 8, 29])
def test_offer_validity_of_a_week_or_more_does_not_warn(offset: int) -> None:
    order = replace(valid_order(TODAY), offer_valid_until=days(offset))
    assert validate_order(order, TODAY) == []


@pytest.mark.parametrize("offset", [30, 31, 100])
def test_offer_validity_not_before_first_invoice_date_is_an_error(offset: int) -> None:
    order = replace(valid_order(TODAY), offer_valid_until=days(offset), invoice_dates=(days(30),))
    assert problems_at(order, "offer_valid_until") == [
        Problem("offer_valid_until", Code.OFFER_VALIDITY_NOT_BEFORE_INVOICE, Severity.ERROR)
    ]


def test_offer_validity_compared_with_the_earliest_of_several_invoice_dates() -> None:
    order = replace(
        valid_order(TODAY), offer_valid_until=days(14), invoice_dates=(days(60), days(10))
    )
    assert Code.OFFER_VALIDITY_NOT_BEFORE_INVOICE in codes_at(order, "offer_valid_until")
    fixed = replace(order, offer_valid_until=days(9))
    assert Code.OFFER_VALIDITY_NOT_BEFORE_INVOICE not in codes_at(fixed, "offer_valid_until")


# ---------------------------------------------------------------------------------------------
# Payment guarantee
# ---------------------------------------------------------------------------------------------


def test_skip_confirmation_without_proof_warns() -> None:
    order = replace(valid_order(TODAY), skip_client_confirmation=True)
    problems = validate_order(order, TODAY)
    assert problems == [
        Problem("skip_client_confirmation", Code.NO_GUARANTEE_WITHOUT_PROOF, Severity.WARNING)
    ]
    assert not has_errors(problems)


def test_skip_confirmation_with_non_proof_attachment_still_warns() -> None:
    order = replace(valid_order(TODAY), skip_client_confirmation=True, attachments=(proof(False),))
    assert Code.NO_GUARANTEE_WITHOUT_PROOF in all_codes(order)


def test_skip_confirmation_with_proof_does_not_warn() -> None:
    order = replace(
        valid_order(TODAY), skip_client_confirmation=True, attachments=(proof(False), proof())
    )
    assert validate_order(order, TODAY) == []


def test_proof_without_skip_is_harmless() -> None:
    order = replace(valid_order(TODAY), attachments=(proof(),))
    assert validate_order(order, TODAY) == []


@pytest.mark.parametrize("country", ["US", "CH", "GB", "NO", "us"])
@pytest.mark.parametrize("client_type", [ClientType.BUSINESS_NO_VAT, ClientType.PRIVATE])
def test_non_eu_client_has_no_payment_guarantee(country: str, client_type: ClientType) -> None:
    order = with_client(
        with_address(valid_order(TODAY), country=country), type=client_type, vat_id=""
    )
    problems = validate_order(order, TODAY)
    assert problems == [
        Problem("client.address.country", Code.NO_GUARANTEE_NON_EU, Severity.WARNING)
    ]
    assert not has_errors(problems)


@pytest.mark.parametrize("country", ["DE", "FR", "AT", "GR", "IE"])
def test_eu_client_has_no_guarantee_warning(country: str) -> None:
    order = with_client(
        with_address(valid_order(TODAY), country=country), type=ClientType.PRIVATE, vat_id=""
    )
    assert validate_order(order, TODAY) == []


# ---------------------------------------------------------------------------------------------
# has_errors
# ---------------------------------------------------------------------------------------------


def test_has_errors() -> None:
    warning = Problem("x", Code.OFFER_VALIDITY_SHORT, Severity.WARNING)
    error = Problem("y", Code.REQUIRED, Severity.ERROR)
    assert not has_errors([])
    assert not has_errors([warning, warning])
    assert has_errors([error])
    assert has_errors([warning, error])


def test_problem_default_severity_is_error_and_params_do_not_affect_equality() -> None:
    assert Problem("a", Code.REQUIRED).severity is Severity.ERROR
    assert Problem("a", Code.REQUIRED, params={"x": "1"}) == Problem("a", Code.REQUIRED)
    assert Problem("a", Code.REQUIRED) != Problem("b", Code.REQUIRED)


def test_warnings_alone_do_not_block_an_otherwise_valid_order() -> None:
    order = replace(
        valid_order(TODAY),
        offer_valid_until=days(2),
        invoice_dates=(days(5),),
    )
    problems = validate_order(order, TODAY)
    assert {p.code for p in problems} == {Code.OFFER_VALIDITY_SHORT, Code.INVOICE_DRAFT_IMMEDIATE}
    assert not has_errors(problems)


def test_validation_depends_on_today() -> None:
    order = valid_order(TODAY)
    later = TODAY + timedelta(days=20)  # validity (+14) is now in the past
    assert validate_order(order, TODAY) == []
    assert Code.OFFER_VALIDITY_PAST in {p.code for p in validate_order(order, later)}
