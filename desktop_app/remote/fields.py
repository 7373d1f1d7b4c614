"""Strict readers for decoded JSON values; each failure names its path ("events[3].seq").

Kept apart from wire.py so the record shapes there read like the contract.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from .errors import ResponseFormatError

T = TypeVar("T")

_MISSING = object()


def obj(value: object, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ResponseFormatError(path or "$", "expected an object")
    return value


def member(data: dict[str, Any], key: str, path: str) -> object:
    value = data.get(key, _MISSING)
    if value is _MISSING:
        raise ResponseFormatError(_join(path, key), "missing")
    return value


def text(data: dict[str, Any], key: str, path: str) -> str:
    value = member(data, key, path)
    if not isinstance(value, str):
        raise ResponseFormatError(_join(path, key), "expected a string")
    return value


def nullable_text(data: dict[str, Any], key: str, path: str) -> str | None:
    """Required by the contract, but may be null: a missing member is a broken answer."""
    if member(data, key, path) is None:
        return None
    return text(data, key, path)


def optional_text(data: dict[str, Any], key: str, path: str) -> str | None:
    """Absent or null is None: fields added by a newer server stay optional."""
    if data.get(key) is None:
        return None
    return text(data, key, path)


def integer(data: dict[str, Any], key: str, path: str) -> int:
    value = member(data, key, path)
    # bool is an int in Python but never in the contract.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ResponseFormatError(_join(path, key), "expected an integer")
    return value


def boolean(data: dict[str, Any], key: str, path: str) -> bool:
    value = member(data, key, path)
    if not isinstance(value, bool):
        raise ResponseFormatError(_join(path, key), "expected true or false")
    return value


def moment(data: dict[str, Any], key: str, path: str) -> datetime:
    """An ISO 8601 timestamp with an offset, returned in UTC (naive times are ambiguous)."""
    raw = text(data, key, path)
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise ResponseFormatError(_join(path, key), "expected an ISO 8601 timestamp") from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ResponseFormatError(_join(path, key), "timestamp without a time zone")
    return value.astimezone(UTC)


def day(data: dict[str, Any], key: str, path: str) -> date:
    raw = text(data, key, path)
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ResponseFormatError(_join(path, key), "expected a date YYYY-MM-DD") from None


def choice(data: dict[str, Any], key: str, path: str, kind: Callable[[str], T]) -> T:
    raw = text(data, key, path)
    try:
        return kind(raw)
    except ValueError:
        raise ResponseFormatError(_join(path, key), f"unknown value {raw[:40]!r}") from None


def items(
    data: dict[str, Any],
    key: str,
    path: str,
    read: Callable[[object, str], T],
    optional: bool = False,
) -> tuple[T, ...]:
    """Every element through ``read``; ``optional`` accepts an absent key as empty."""
    if optional and key not in data:
        return ()
    value = member(data, key, path)
    where = _join(path, key)
    if not isinstance(value, list):
        raise ResponseFormatError(where, "expected an array")
    return tuple(read(element, f"{where}[{i}]") for i, element in enumerate(value))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
