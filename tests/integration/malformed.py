"""Hypothesis strategies for answers that break the API contract, built from a valid answer.

Every answer drawn here is invalid for sure — a required member missing or of a wrong type,
an order text past its limit, a body that is not JSON (cut short, HTML, random bytes, nested
too deeply, an integer of 5000 digits), JSON of the wrong shape, the wrong content type, or
a 5xx with any of those bodies — so a client that applies or stores it has a bug.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from desktop_app.domain.order_json import MAX_TEXT

Path = tuple[str | int, ...]
# Types of the contract's members. "text*" are strings with a meaning (time, id, enum value).
STR, INT, BOOL, LIST, OBJ, NULLABLE_STR = "str", "int", "bool", "list", "obj", "str|null"
MOMENT, DAY, UUID, ENUM, NULLABLE_DAY, DECIMAL = "moment", "day", "uuid", "enum", "day|null", "dec"
_INVALID_TEXT = {
    MOMENT: ["2026-11-27T10:00:00", "gestern", "", "2026-13-01T00:00:00Z"],
    DAY: ["27.11.2026", "", "2026-02-30"],
    NULLABLE_DAY: ["27.11.2026", "2026-02-30"],
    UUID: ["not-a-uuid", ""],
    ENUM: ["no_such_value", ""],
    DECIMAL: ["zwei", "NaN", "1e99"],
}
_ORDER_TEXT = (
    "budget",
    "contact_name",
    "contact_email",
    "order_description",
    "service_description",
    "currency",
    "special_agreement",
)
ORDER_TYPES: dict[Path, str] = {
    ("id",): UUID,
    ("status",): ENUM,
    **{(name,): STR for name in _ORDER_TEXT},
    ("client",): OBJ,
    ("client", "type"): ENUM,
    ("client", "legal_name"): STR,
    ("client", "vat_id"): STR,
    ("client", "invoice_email"): STR,
    ("client", "id"): NULLABLE_STR,
    ("client", "address"): OBJ,
    **{("client", "address", name): STR for name in ("street", "postal_code", "city", "country")},
    ("service_start",): NULLABLE_DAY,
    ("service_end",): NULLABLE_DAY,
    ("offer_valid_until",): NULLABLE_DAY,
    ("line_items",): LIST,
    ("line_items", 0): OBJ,
    ("line_items", 0, "description"): STR,
    ("line_items", 0, "quantity"): DECIMAL,
    ("line_items", 0, "unit"): STR,
    ("line_items", 0, "unit_price_cents"): INT,
    ("reduced_vat",): BOOL,
    ("skip_client_confirmation",): BOOL,
    ("invoice_dates",): LIST,
    ("invoice_dates", 0): DAY,
    ("attachments",): LIST,
    ("submitted_at",): MOMENT,
    ("updated_at",): MOMENT,
}
# Order texts the contract bounds (MAX_TEXT): a longer one is malformed, not just large.
BOUNDED_TEXT: tuple[Path, ...] = tuple(p for p, kind in ORDER_TYPES.items() if kind == STR)


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str  # "" sends none
    body: bytes
    what: str  # for hypothesis' report

    def __repr__(self) -> str:
        return f"Answer({self.status}, {self.content_type!r}, {self.what}, {len(self.body)} B)"


def kind_of(answer: Answer) -> str:
    """The family an answer belongs to, for the reliability record's counts."""
    what = answer.what
    families = (
        (r"^\d{3} with ", "5xx with a broken body"),
        (r"^valid JSON as ", "valid JSON, wrong content type"),
        (r"^missing ", "required member missing"),
        (r" = \d+ chars$", "text longer than the contract allows"),
        (r"^root ", "wrong JSON root"),
        (r" = ", "member of a wrong type or invalid value"),
        (r"^cut at ", "JSON cut short"),
        (r"^nested ", "JSON nested too deep"),
    )
    for pattern, family in families:
        if re.search(pattern, what):
            return family
    return f"not JSON: {what}"  # random bytes, HTML, 5000 digits, not UTF-8, trailing garbage


def prefixed(prefix: Path, types: dict[Path, str]) -> dict[Path, str]:
    return {prefix + path: kind for path, kind in types.items()}


def answers(valid: Any, types: dict[Path, str], ok: tuple[int, ...]) -> st.SearchStrategy[Answer]:
    """Invalid answers derived from ``valid`` whose members have the given ``types``."""
    paths = sorted(types, key=repr)
    members = [p for p in paths if isinstance(p[-1], str)]  # not list elements: [] is valid
    bounded = [p for p in BOUNDED_TEXT if _exists(valid, p)] or [None]
    success = st.sampled_from(ok)
    documents = st.one_of(
        st.sampled_from(members).map(lambda p: (_without(valid, p), f"missing {p}")),
        st.sampled_from(paths).flatmap(
            lambda p: _wrong_value(types[p]).map(
                lambda v: (_with(valid, p, v), f"{p} = {_short(v)}")
            )
        ),
        st.sampled_from(bounded)
        .filter(lambda p: p is not None)
        .flatmap(
            lambda p: st.integers(MAX_TEXT + 1, 2_000_000).map(
                lambda n: (_with(valid, p, "x" * n), f"{p} = {n} chars")
            )
        ),
        _wrong_root().map(lambda v: (v, f"root {_short(v)}")),
    )
    as_json = st.tuples(success, documents).map(
        lambda t: Answer(t[0], "application/json", json.dumps(t[1][0]).encode(), t[1][1])
    )
    text = json.dumps(valid).encode()
    not_json = st.one_of(
        st.integers(0, len(text) - 1).map(lambda n: (text[:n], f"cut at {n}")),
        st.binary(max_size=200).filter(_not_json).map(lambda b: (b, "random bytes")),
        st.just((b"<html><body>Wartungsarbeiten</body></html>", "HTML")),
        st.integers(1_000, 200_000).map(lambda n: (b"[" * n + b"]" * n, f"nested {n} deep")),
        st.just((text.replace(b"{", b'{"big": ' + b"7" * 5000 + b", ", 1), "5000 digits")),
        st.just((b"\xff\xfe{\x00}", "not UTF-8")),
        st.just((b'{"a": NaN} trailing', "trailing garbage")),
    )
    broken = st.tuples(success, not_json).map(
        lambda t: Answer(t[0], "application/json", t[1][0], t[1][1])
    )
    wrong_type = st.tuples(
        success, st.sampled_from(["text/html", "text/plain", "application/xml", ""])
    ).map(lambda t: Answer(t[0], t[1], text, f"valid JSON as {t[1] or 'no type'}"))
    server_error = st.tuples(st.sampled_from([500, 502, 503, 504]), not_json).map(
        lambda t: Answer(t[0], "text/html", t[1][0], f"{t[0]} with {t[1][1]}")
    )
    return st.one_of(as_json, broken, wrong_type, server_error)


def _wrong_value(kind: str) -> st.SearchStrategy[Any]:
    scalars: list[st.SearchStrategy[Any]] = [
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=30),
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    ]
    if not kind.endswith("|null"):
        scalars.append(st.none())
    values = st.one_of(scalars).filter(lambda v: not _fits(kind, v))
    specials = _INVALID_TEXT.get(kind, [])
    return st.one_of(values, st.sampled_from(specials)) if specials else values


def _fits(kind: str, value: Any) -> bool:
    if kind == INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == BOOL:
        return isinstance(value, bool)
    if kind == LIST:
        return isinstance(value, list)
    if kind == OBJ:
        return isinstance(value, dict)
    if kind == STR:
        return isinstance(value, str)
    # Strings with a meaning (time, id, ...) are drawn only from the listed invalid ones.
    return isinstance(value, str) or (kind.endswith("|null") and value is None)


def _wrong_root() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.text(max_size=20),
        st.lists(st.integers(), max_size=3),
        st.integers(100_000, 3_000_000).map(lambda n: "x" * n),
    )


def _not_json(body: bytes) -> bool:
    try:
        json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return True
    return False


def _exists(document: Any, path: Path) -> bool:
    try:
        _get(document, path)
    except (KeyError, IndexError, TypeError):
        return False
    return True


def _get(document: Any, path: Path) -> Any:
    for key in path:
        document = document[key]
    return document


def _with(document: Any, path: Path, value: Any) -> Any:
    changed = copy.deepcopy(document)
    _get(changed, path[:-1])[path[-1]] = value
    return changed


def _without(document: Any, path: Path) -> Any:
    changed = copy.deepcopy(document)
    del _get(changed, path[:-1])[path[-1]]
    return changed


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:37]}..."
