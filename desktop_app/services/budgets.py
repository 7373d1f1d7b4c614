"""The member's budgets: fetched with ``GET /me`` and cached so that the editor offers
them offline. Every method may block (network or database): the GUI runs them through
the ops runner."""

from __future__ import annotations

from ..domain.budgets import Budget
from ..remote.wire import Me
from ..storage.budget_cache import BudgetCache
from .account import AccountService


class BudgetDirectory:
    def __init__(self, account: AccountService, cache: BudgetCache) -> None:
        self._account = account
        self._cache = cache

    @property
    def account(self) -> str:
        """The account the budgets belong to ("" when none is configured)."""
        return self._account.state.key

    def cached(self) -> tuple[Budget, ...] | None:
        """The budgets last seen for the current account (None: never seen)."""
        key = self._account.state.key
        return self._cache.load(key) if key else None

    def ids(self) -> frozenset[str] | None:
        """The ids an order may name (None: not known, so not checked)."""
        budgets = self.cached()
        return None if budgets is None else frozenset(b.id for b in budgets)

    def refresh(self) -> tuple[Budget, ...]:
        """Ask the server (``GET /me``) and keep the answer."""
        return self.remember(self._account.me())

    def remember(self, me: Me) -> tuple[Budget, ...]:
        budgets = tuple(Budget(b.id, b.name) for b in me.budgets)
        self._cache.save(self._account.state.key, budgets)
        return budgets
