"""The member's budgets (a personal one, perhaps collective ones) and the check that an
order names one of them. The server refuses an unknown budget (``unknown_budget``); the
app knows the budgets from the last ``GET /me`` and says so before submitting."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    id: str  # what an order carries, e.g. "B-10001-1"
    name: str  # what the member calls it, e.g. "Persönliches Budget"


def is_known_budget(value: str, known: Collection[str] | None) -> bool:
    """Whether ``value`` is one of the ``known`` budget ids. Unknown budgets (None or none
    at all: never logged in) cannot be checked, so anything passes; an empty value is the
    required-field check's business."""
    if not known or not value.strip():
        return True
    return value.strip() in known


def single_budget(budgets: Collection[Budget] | None) -> Budget | None:
    """The budget to preselect: the only one the member has."""
    if budgets and len(budgets) == 1:
        return next(iter(budgets))
    return None
