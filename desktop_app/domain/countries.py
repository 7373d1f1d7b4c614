"""Countries the order form offers, EU membership and VAT ID formats."""

from __future__ import annotations

import re

# ISO 3166-1 alpha-2 → (German name, English name)
COUNTRIES: dict[str, tuple[str, str]] = {
    "DE": ("Deutschland", "Germany"),
    "AT": ("Österreich", "Austria"),
    "BE": ("Belgien", "Belgium"),
    "BG": ("Bulgarien", "Bulgaria"),
    "CY": ("Zypern", "Cyprus"),
    "CZ": ("Tschechien", "Czechia"),
    "DK": ("Dänemark", "Denmark"),
    "EE": ("Estland", "Estonia"),
    "ES": ("Spanien", "Spain"),
    "FI": ("Finnland", "Finland"),
    "FR": ("Frankreich", "France"),
    "GR": ("Griechenland", "Greece"),
    "HR": ("Kroatien", "Croatia"),
    "HU": ("Ungarn", "Hungary"),
    "IE": ("Irland", "Ireland"),
    "IT": ("Italien", "Italy"),
    "LT": ("Litauen", "Lithuania"),
    "LU": ("Luxemburg", "Luxembourg"),
    "LV": ("Lettland", "Latvia"),
    "MT": ("Malta", "Malta"),
    "NL": ("Niederlande", "Netherlands"),
    "PL": ("Polen", "Poland"),
    "PT": ("Portugal", "Portugal"),
    "RO": ("Rumänien", "Romania"),
    "SE": ("Schweden", "Sweden"),
    "SI": ("Slowenien", "Slovenia"),
    "SK": ("Slowakei", "Slovakia"),
    "CH": ("Schweiz", "Switzerland"),
    "GB": ("Vereinigtes Königreich", "United Kingdom"),
    "NO": ("Norwegen", "Norway"),
    "IS": ("Island", "Iceland"),
    "LI": ("Liechtenstein", "Liechtenstein"),
    "US": ("Vereinigte Staaten", "United States"),
    "CA": ("Kanada", "Canada"),
    "AU": ("Australien", "Australia"),
    "JP": ("Japan", "Japan"),
    "CN": ("China", "China"),
    "IN": ("Indien", "India"),
    "IL": ("Israel", "Israel"),
    "TR": ("Türkei", "Türkiye"),
    "UA": ("Ukraine", "Ukraine"),
    "BR": ("Brasilien", "Brazil"),
    "MX": ("Mexiko", "Mexico"),
    "ZA": ("Südafrika", "South Africa"),
    "KR": ("Südkorea", "South Korea"),
    "SG": ("Singapur", "Singapore"),
    "AE": ("Vereinigte Arabische Emirate", "United Arab Emirates"),
    "RS": ("Serbien", "Serbia"),
}

EU_COUNTRIES: frozenset[str] = frozenset(
    [
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
)

# VAT ID prefix differs from the ISO code only for Greece.
_VAT_PREFIX = {"GR": "EL"}

# Formats of the EU VIES system, without check digits.
_VAT_PATTERNS: dict[str, str] = {
    "AT": r"U\d{8}",
    "BE": r"[01]\d{9}",
    "BG": r"\d{9,10}",
    "CY": r"\d{8}[A-Z]",
    "CZ": r"\d{8,10}",
    "DE": r"\d{9}",
    "DK": r"\d{8}",
    "EE": r"\d{9}",
    "EL": r"\d{9}",
    "ES": r"[A-Z0-9]\d{7}[A-Z0-9]",
    "FI": r"\d{8}",
    "FR": r"[A-HJ-NP-Z0-9]{2}\d{9}",
    "HR": r"\d{11}",
    "HU": r"\d{8}",
    "IE": r"\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W]",
    "IT": r"\d{11}",
    "LT": r"\d{9}|\d{12}",
    "LU": r"\d{8}",
    "LV": r"\d{11}",
    "MT": r"\d{8}",
    "NL": r"\d{9}B\d{2}",
    "PL": r"\d{10}",
    "PT": r"\d{9}",
    "RO": r"\d{2,10}",
    "SE": r"\d{10}01",
    "SI": r"\d{8}",
    "SK": r"\d{10}",
}


def is_eu(country: str) -> bool:
    return country.upper() in EU_COUNTRIES


def country_name(code: str, language: str = "de") -> str:
    names = COUNTRIES.get(code.upper())
    if names is None:
        return code
    return names[1] if language == "en" else names[0]


def normalise_vat_id(vat_id: str) -> str:
    return re.sub(r"[\s.\-]", "", vat_id).upper()


def vat_prefix(country: str) -> str:
    country = country.upper()
    return _VAT_PREFIX.get(country, country)


def vat_id_matches_format(vat_id: str) -> bool:
    """True when ``vat_id`` has the format of some EU member state."""
    value = normalise_vat_id(vat_id)
    pattern = _VAT_PATTERNS.get(value[:2])
    return pattern is not None and re.fullmatch(pattern, value[2:]) is not None


def vat_id_matches_country(vat_id: str, country: str) -> bool:
    return normalise_vat_id(vat_id)[:2] == vat_prefix(country)
