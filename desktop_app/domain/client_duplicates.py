"""Likely duplicates of a client in Smart's shared database, decided as the server decides.

The keys follow the reference server (reference_server/clients.py): names compare folded —
case and accents do not matter, "ü" equals "ue", "ß" equals "ss", only letters and digits
count — and VAT IDs compare upper-case without spaces or dots. A record is the *exact*
duplicate when name and VAT ID agree, or, without a VAT ID, name, country and postal code; the
server links an order's new client to that record on submit. Records sharing only the name or
only the VAT ID are near misses worth a look. Offline the app applies the same rules to the
clients it has cached, so both answers agree.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from .order import Client, Order
from .validation import Code, Problem, Severity, validate_order

_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
MIN_NAME_KEY = 3  # fewer letters say too little to look for a duplicate
_ANY_DAY = date(2000, 1, 1)  # client fields do not depend on the day


class DuplicateMatch(StrEnum):
    EXACT = "exact"  # the record an order with this client would be linked to
    VAT_ID = "vat_id"  # same VAT ID, other name
    NAME = "name"  # same name, other VAT ID or place


@dataclass(frozen=True)
class DuplicateCandidate:
    client: Client
    match: DuplicateMatch


def spelled_out(text: str) -> str:
    """Lower case, umlauts as ae/oe/ue, other accents dropped, spaces collapsed."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_SPELLED_OUT)
    decomposed = unicodedata.normalize("NFKD", folded)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@lru_cache(maxsize=32_768)  # the offline check keys every cached client's name
def name_key(legal_name: str) -> str:
    return "".join(c for c in spelled_out(legal_name) if c.isalnum())


def vat_key(vat_id: str) -> str:
    return re.sub(r"[\s.]", "", vat_id).upper()


def dedup_key(client: Client) -> str:
    name = name_key(client.legal_name)
    vat = vat_key(client.vat_id)
    if vat:
        return f"{name}|vat:{vat}"
    address = client.address
    return f"{name}|at:{address.country.strip().upper()}:{vat_key(address.postal_code)}"


def worth_checking(client: Client) -> bool:
    """Enough typed to look for duplicates: a name of three letters (the server's check needs
    a name; a matching VAT ID is found once there is one)."""
    return len(name_key(client.legal_name)) >= MIN_NAME_KEY


def match_of(new: Client, known: Client) -> DuplicateMatch | None:
    """How ``known`` (a record of Smart's database) matches the ``new`` client, if at all."""
    name = name_key(new.legal_name)
    vat = vat_key(new.vat_id)
    same_name = bool(name) and name_key(known.legal_name) == name
    same_vat = bool(vat) and vat_key(known.vat_id) == vat
    if not (same_name or same_vat):
        return None
    if dedup_key(known) == dedup_key(new):
        return DuplicateMatch.EXACT
    return DuplicateMatch.NAME if same_name else DuplicateMatch.VAT_ID


_ORDER = {DuplicateMatch.EXACT: 0, DuplicateMatch.VAT_ID: 1, DuplicateMatch.NAME: 2}


def find_duplicates(new: Client, known: Iterable[Client]) -> list[DuplicateCandidate]:
    """The records of ``known`` that ``new`` likely duplicates, the exact one first."""
    if not worth_checking(new):
        return []
    found: dict[str, DuplicateCandidate] = {}
    for client in known:
        match = match_of(new, client)
        key = client.server_id or dedup_key(client)
        if match is not None and key not in found:
            found[key] = DuplicateCandidate(client, match)
    return sorted_candidates(found.values())


def sorted_candidates(candidates: Iterable[DuplicateCandidate]) -> list[DuplicateCandidate]:
    return sorted(candidates, key=lambda c: (_ORDER[c.match], spelled_out(c.client.legal_name)))


def client_problems(client: Client) -> list[Problem]:
    """The problems of the client fields alone (the create-client form shows them)."""
    order = Order(id=uuid.UUID(int=0), client=client)
    return [p for p in validate_order(order, _ANY_DAY) if p.field.startswith("client.")]


def duplicate_problems(client: Client, candidates: Iterable[DuplicateCandidate]) -> list[Problem]:
    """A warning for a new (unlinked) client that likely exists in Smart's database already."""
    if client.server_id is not None:
        return []
    found = sorted_candidates(candidates)
    if not found:
        return []
    names = ", ".join(describe(c.client) for c in found[:3])
    return [
        Problem(
            "client.legal_name",
            Code.CLIENT_MAYBE_DUPLICATE,
            Severity.WARNING,
            {"name": names, "exact": "1" if found[0].match is DuplicateMatch.EXACT else ""},
        )
    ]


def describe(client: Client) -> str:
    """One line naming a client: name, postal code and city, VAT ID."""
    address = client.address
    place = " ".join(p for p in (address.postal_code, address.city) if p)
    country = address.country.strip().upper()
    if place and country and country != "DE":
        place = f"{place} ({country})"
    parts = [client.legal_name, place, client.vat_id]
    return " · ".join(p.strip() for p in parts if p.strip())
