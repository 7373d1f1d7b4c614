"""VAT rate preview, amount preview and the country / VAT ID tables."""

from __future__ import annotations

import uuid
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.countries import (
    COUNTRIES,
    EU_COUNTRIES,
    country_name,
    is_eu,
    normalise_vat_id,
    vat_id_matches_country,
    vat_id_matches_format,
    vat_prefix,
)
from desktop_app.domain.order import Address, Client, ClientType, LineItem, Order
from desktop_app.domain.vat import (
    DEFAULT_CONTRIBUTION_PERCENT,
    VatRate,
    preview_amounts,
    vat_rate_preview,
)


def client(client_type: ClientType, country: str, vat_id: str = "") -> Client:
    return Client(
        type=client_type,
        legal_name="Kundin",
        address=Address(street="Straße 1", postal_code="12345", city="Stadt", country=country),
        vat_id=vat_id,
    )


def order_with(
    *lines: tuple[str, int], buyer: Client | None = None, reduced: bool = False
) -> Order:
    return Order(
        id=uuid.UUID("00000000-0000-4000-8000-000000000002"),
        client=buyer or client(ClientType.PRIVATE, "DE"),
        line_items=tuple(
            LineItem(description=f"Posten {i}", quantity=Decimal(q), unit_price_cents=p)
            for i, (q, p) in enumerate(lines)
        ),
        reduced_vat=reduced,
    )


# ---------------------------------------------------------------------------------------------
# Rate preview
# ---------------------------------------------------------------------------------------------


def test_rate_percentages() -> None:
    assert VatRate.STANDARD.percent == Decimal(19)
    assert VatRate.REDUCED.percent == Decimal(7)
    assert VatRate.REVERSE_CHARGE.percent == Decimal(0)
    assert VatRate.NON_EU.percent == Decimal(0)


@pytest.mark.parametrize(
    ("buyer", "reduced", "expected", "percent"),
    [
        (client(ClientType.PRIVATE, "DE"), False, VatRate.STANDARD, 19),
        (client(ClientType.PRIVATE, "DE"), True, VatRate.REDUCED, 7),
        (
            client(ClientType.BUSINESS_EU_VAT, "FR", "FR40303265045"),
            False,
            VatRate.REVERSE_CHARGE,
            0,
        ),
        (
            client(ClientType.BUSINESS_EU_VAT, "FR", "FR40303265045"),
            True,
            VatRate.REVERSE_CHARGE,
            0,
        ),
        (client(ClientType.BUSINESS_EU_VAT, "GR", "EL123456789"), False, VatRate.REVERSE_CHARGE, 0),
        (client(ClientType.BUSINESS_EU_VAT, "DE", "DE123456789"), False, VatRate.STANDARD, 19),
        (client(ClientType.BUSINESS_EU_VAT, "DE", "DE123456789"), True, VatRate.REDUCED, 7),
        (client(ClientType.BUSINESS_NO_VAT, "US"), False, VatRate.NON_EU, 0),
        (client(ClientType.BUSINESS_NO_VAT, "US"), True, VatRate.NON_EU, 0),
        (client(ClientType.BUSINESS_NO_VAT, "CH"), False, VatRate.NON_EU, 0),
        (client(ClientType.BUSINESS_NO_VAT, "GB"), False, VatRate.NON_EU, 0),
        (client(ClientType.PRIVATE, "US"), False, VatRate.STANDARD, 19),
        (client(ClientType.PRIVATE, "US"), True, VatRate.REDUCED, 7),
        (client(ClientType.PRIVATE, "FR"), False, VatRate.STANDARD, 19),
        # an EU business without a VAT ID pays German VAT
        (client(ClientType.BUSINESS_NO_VAT, "FR"), False, VatRate.STANDARD, 19),
        (client(ClientType.BUSINESS_NO_VAT, "DE"), False, VatRate.STANDARD, 19),
        # no country yet: no guess at 0 %
        (client(ClientType.BUSINESS_NO_VAT, ""), False, VatRate.STANDARD, 19),
        # country codes as people type them
        (
            client(ClientType.BUSINESS_EU_VAT, "fr", "FR40303265045"),
            False,
            VatRate.REVERSE_CHARGE,
            0,
        ),
        (
            client(ClientType.BUSINESS_EU_VAT, " FR ", "FR40303265045"),
            False,
            VatRate.REVERSE_CHARGE,
            0,
        ),
        (client(ClientType.BUSINESS_NO_VAT, " fr "), False, VatRate.STANDARD, 19),
        (client(ClientType.BUSINESS_NO_VAT, "us"), False, VatRate.NON_EU, 0),
    ],
)
def test_vat_rate_preview(buyer: Client, reduced: bool, expected: VatRate, percent: int) -> None:
    rate = vat_rate_preview(buyer, reduced)
    assert rate is expected
    assert rate.percent == percent


# ---------------------------------------------------------------------------------------------
# Amount preview
# ---------------------------------------------------------------------------------------------


def test_preview_german_private_default_contribution() -> None:
    preview = preview_amounts(order_with(("2", 50_000)))
    assert preview.net_cents == 100_000
    assert preview.vat_rate is VatRate.STANDARD
    assert preview.vat_cents == 19_000
    assert preview.gross_cents == 119_000
    assert Decimal(9) == DEFAULT_CONTRIBUTION_PERCENT
    assert preview.contribution_percent == Decimal(9)
    assert preview.contribution_cents == 9_000
    assert preview.member_share_cents == 91_000


def test_preview_with_other_contribution_rate() -> None:
    preview = preview_amounts(order_with(("2", 50_000)), Decimal(7))
    assert preview.contribution_percent == Decimal(7)
    assert preview.contribution_cents == 7_000
    assert preview.member_share_cents == 93_000
    # VAT does not depend on the contribution
    assert preview.vat_cents == 19_000
    assert preview.gross_cents == 119_000


def test_preview_reduced_rate() -> None:
    preview = preview_amounts(order_with(("1", 100_000), reduced=True))
    assert preview.vat_rate is VatRate.REDUCED
    assert preview.vat_cents == 7_000
    assert preview.gross_cents == 107_000


def test_preview_reverse_charge_has_no_vat_but_contribution() -> None:
    buyer = client(ClientType.BUSINESS_EU_VAT, "FR", "FR40303265045")
    preview = preview_amounts(order_with(("3", 33_333), buyer=buyer))
    assert preview.net_cents == 99_999
    assert preview.vat_rate is VatRate.REVERSE_CHARGE
    assert preview.vat_cents == 0
    assert preview.gross_cents == 99_999
    assert preview.contribution_cents == 9_000  # 8999.91 → 9000
    assert preview.member_share_cents == 90_999


def test_preview_sums_several_lines() -> None:
    preview = preview_amounts(order_with(("8", 9_000), ("1", 15_000), ("0.5", 20_000)))
    assert preview.net_cents == 72_000 + 15_000 + 10_000
    assert preview.vat_cents == 18_430
    assert preview.gross_cents == 115_430


def test_preview_rounds_each_line_before_summing() -> None:
    # 1.5 × 3.33 € = 4.995 € per line. Rounded per line: 5.00 € + 5.00 € = 10.00 €.
    # Summing first would give 9.99 €.
    preview = preview_amounts(order_with(("1.5", 333), ("1.5", 333)))
    assert preview.net_cents == 1_000
    assert preview.vat_cents == 190
    assert preview.gross_cents == 1_190


def test_preview_rounds_vat_and_contribution_half_up_on_the_total() -> None:
    # net 0.50 €: VAT 9.5 ct → 10 ct, contribution 4.5 ct → 5 ct
    preview = preview_amounts(order_with(("0.5", 100)))
    assert preview.net_cents == 50
    assert preview.vat_cents == 10
    assert preview.gross_cents == 60
    assert preview.contribution_cents == 5
    assert preview.member_share_cents == 45


def test_preview_vat_is_taken_on_the_total_not_per_line() -> None:
    # three lines of 0.50 €: VAT per line would be 3 × 10 ct = 30 ct;
    # on the invoice total it is 19 % of 1.50 € = 28.5 ct → 29 ct
    preview = preview_amounts(order_with(("1", 50), ("1", 50), ("1", 50)))
    assert preview.net_cents == 150
    assert preview.vat_cents == 29
    assert preview.gross_cents == 179


def test_preview_of_an_order_without_lines_is_zero() -> None:
    preview = preview_amounts(order_with())
    assert (preview.net_cents, preview.vat_cents, preview.gross_cents) == (0, 0, 0)
    assert preview.contribution_cents == 0
    assert preview.member_share_cents == 0


def _half_up(value: Fraction) -> int:
    whole = int(abs(value) + Fraction(1, 2))
    return whole if value >= 0 else -whole


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=Decimal("0.001"), max_value=Decimal(1000), places=3),
            st.integers(min_value=1, max_value=10**7),
        ),
        max_size=6,
    ),
    st.booleans(),
    st.sampled_from([Decimal(7), Decimal(9), Decimal("9.5")]),
)
def test_preview_matches_exact_arithmetic(
    lines: list[tuple[Decimal, int]], reduced: bool, contribution: Decimal
) -> None:
    order = order_with(*((str(q), p) for q, p in lines), reduced=reduced)
    preview = preview_amounts(order, contribution)
    net = sum(_half_up(Fraction(q) * p) for q, p in lines)
    percent = 7 if reduced else 19
    assert preview.net_cents == net
    assert preview.vat_cents == _half_up(Fraction(net * percent, 100))
    assert preview.gross_cents == preview.net_cents + preview.vat_cents
    assert preview.contribution_cents == _half_up(Fraction(net) * Fraction(contribution) / 100)
    assert preview.member_share_cents == net - preview.contribution_cents


# ---------------------------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------------------------

# The 27 member states (ISO codes), written out independently of the module.
EU_27 = [
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "HU",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
]
NON_EU = ["CH", "GB", "NO", "IS", "LI", "US", "TR", "UA", "RS", "CN"]


def test_eu_has_27_members_all_offered_in_the_form() -> None:
    assert set(EU_COUNTRIES) == set(EU_27)
    assert set(EU_27) <= set(COUNTRIES)


@pytest.mark.parametrize("code", EU_27)
def test_is_eu_for_members(code: str) -> None:
    assert is_eu(code)
    assert is_eu(code.lower())


@pytest.mark.parametrize("code", NON_EU)
def test_is_eu_for_non_members(code: str) -> None:
    assert code in COUNTRIES
    assert not is_eu(code)


def test_is_eu_for_unknown_and_empty() -> None:
    assert not is_eu("XX")
    assert not is_eu("")


@pytest.mark.parametrize(
    ("code", "language", "expected"),
    [
        ("DE", "de", "Deutschland"),
        ("DE", "en", "Germany"),
        ("gr", "de", "Griechenland"),
        ("GR", "en", "Greece"),
        ("CH", "de", "Schweiz"),
        ("GB", "en", "United Kingdom"),
        ("AT", "de", "Österreich"),
        ("XX", "de", "XX"),
        ("XX", "en", "XX"),
    ],
)
def test_country_name(code: str, language: str, expected: str) -> None:
    assert country_name(code, language) == expected


def test_every_country_has_a_german_and_an_english_name() -> None:
    for code, (german, english) in COUNTRIES.items():
        assert len(code) == 2 and code.isupper()
        assert german.strip() and english.strip()


# ---------------------------------------------------------------------------------------------
# VAT IDs
# ---------------------------------------------------------------------------------------------

# One well-formed VAT ID per member state, keyed by the ISO country code.
SAMPLE_VAT_IDS = {
    "AT": "ATU12345678",
    "BE": "BE0123456789",
    "BG": "BG123456789",
    "CY": "CY12345678X",
    "CZ": "CZ12345678",
    "DE": "DE123456789",
    "DK": "DK12345678",
    "EE": "EE123456789",
    "ES": "ESX1234567X",
    "FI": "FI12345678",
    "FR": "FRXX123456789",
    "GR": "EL123456789",
    "HR": "HR12345678901",
    "HU": "HU12345678",
    "IE": "IE1234567T",
    "IT": "IT12345678901",
    "LT": "LT123456789",
    "LU": "LU12345678",
    "LV": "LV12345678901",
    "MT": "MT12345678",
    "NL": "NL123456789B01",
    "PL": "PL1234567890",
    "PT": "PT123456789",
    "RO": "RO1234567890",
    "SE": "SE123456789001",
    "SI": "SI12345678",
    "SK": "SK1234567890",
}


def test_sample_table_covers_every_member_state() -> None:
    assert set(SAMPLE_VAT_IDS) == set(EU_27)


@pytest.mark.parametrize(("country", "vat_id"), sorted(SAMPLE_VAT_IDS.items()))
def test_vat_id_of_every_member_state(country: str, vat_id: str) -> None:
    assert vat_id_matches_format(vat_id)
    assert vat_id_matches_country(vat_id, country)
    other = "AT" if country != "AT" else "DE"
    assert not vat_id_matches_country(vat_id, other)


@pytest.mark.parametrize(("country", "vat_id"), sorted(SAMPLE_VAT_IDS.items()))
def test_truncated_vat_id_is_invalid(country: str, vat_id: str) -> None:
    # every national format needs at least two characters after the prefix
    assert not vat_id_matches_format(vat_id[:3])


def test_greece_uses_the_el_prefix() -> None:
    assert vat_prefix("GR") == "EL"
    assert vat_prefix("gr") == "EL"
    assert vat_prefix("DE") == "DE"
    assert vat_prefix("fr") == "FR"
    assert vat_id_matches_country("EL123456789", "GR")
    assert not vat_id_matches_country("GR123456789", "GR")
    assert not vat_id_matches_format("GR123456789")


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("de 123 456 789", "DE123456789"),
        ("DE-123.456.789", "DE123456789"),
        ("  atu\t12345678 ", "ATU12345678"),
        ("nl123456789b01", "NL123456789B01"),
        ("", ""),
    ],
)
def test_normalise_vat_id(raw: str, normalised: str) -> None:
    assert normalise_vat_id(raw) == normalised
    if normalised:
        assert vat_id_matches_format(raw)


@pytest.mark.parametrize(
    "vat_id",
    [
        "",
        "DE",
        "DE12345678",
        "DE1234567890",
        "DE12345678X",
        "ATU1234567",
        "AT123456789",
        "BE2123456789",  # Belgian numbers start with 0 or 1
        "FRIO123456789",
        "NL123456789X01",
        "SE123456789012",
        "US123456789",
        "CHE123456789",
        "XI123456789",
        "123456789",
    ],
)
def test_malformed_vat_ids(vat_id: str) -> None:
    assert not vat_id_matches_format(vat_id)
