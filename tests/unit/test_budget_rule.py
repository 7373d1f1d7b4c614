"""The budget check: an order must name one of the member's budgets when they are known
(the server refuses others with ``unknown_budget``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.domain.budgets import Budget, is_known_budget, single_budget
from desktop_app.domain.order import Order
from desktop_app.domain.validation import Code, Problem, Severity, validate_order

TODAY = date(2026, 11, 27)
KNOWN = frozenset({"B-10001-1", "B-10001-2"})


def budget_problems(budget: str, known: frozenset[str] | None) -> list[Problem]:
    order = replace(Order.new(), budget=budget)
    return [p for p in validate_order(order, TODAY, known) if p.field == "budget"]


def test_a_name_instead_of_a_budget_id_is_an_error() -> None:
    problems = budget_problems("Persönliches Budget", KNOWN)
    assert problems == [Problem("budget", Code.UNKNOWN_BUDGET)]
    assert problems[0].severity is Severity.ERROR


def test_a_known_budget_passes() -> None:
    assert budget_problems("B-10001-2", KNOWN) == []
    assert budget_problems(" B-10001-1 ", KNOWN) == []


def test_unknown_budgets_cannot_be_checked() -> None:
    assert budget_problems("Persönliches Budget", None) == []
    assert budget_problems("Persönliches Budget", frozenset()) == []


def test_an_empty_budget_is_only_required() -> None:
    assert budget_problems("", KNOWN) == [Problem("budget", Code.REQUIRED)]
    assert is_known_budget("  ", KNOWN)


def test_only_a_single_budget_is_preselected() -> None:
    one = Budget("B-1", "Persönliches Budget")
    assert single_budget((one,)) == one
    assert single_budget((one, Budget("B-2", "Kollektiv"))) is None
    assert single_budget(()) is None
    assert single_budget(None) is None
