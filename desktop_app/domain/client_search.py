"""Matching clients the way a person types: case, accents and umlaut spellings do not matter
("Muller", "Mueller" and "Müller" find each other); a search needs at least 3 letters."""

from __future__ import annotations

import unicodedata

MIN_QUERY = 3

_SPELLED = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "æ": "ae", "ø": "o"})


def fold(text: str) -> str:
    """Lower case, umlauts and accents removed, "ue"/"oe"/"ae" written as the vowel."""
    lowered = text.casefold().translate(_SPELLED)
    for pair, vowel in (("ae", "a"), ("oe", "o"), ("ue", "u")):
        lowered = lowered.replace(pair, vowel)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_text(legal_name: str, city: str, vat_id: str) -> str:
    vat = vat_id.replace(" ", "").replace(".", "")
    return " ".join(fold(part) for part in (legal_name, city, vat) if part)


def query_ok(query: str) -> bool:
    return len(fold(query.strip())) >= MIN_QUERY


def matches(haystack: str, query: str) -> bool:
    """Every word of the query occurs in the folded text."""
    return all(word in haystack for word in fold(query).split())
