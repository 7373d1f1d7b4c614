"""The member's budgets from GET /me, cached in sync_state for offline use
(storage/budget_cache.py, services/budgets.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from desktop_app.domain.budgets import Budget
from desktop_app.platform.paths import AppPaths
from desktop_app.remote.errors import NetworkError
from desktop_app.remote.wire import Budget as WireBudget
from desktop_app.remote.wire import Me
from desktop_app.services.budgets import BudgetDirectory
from desktop_app.storage.budget_cache import BUDGETS, BudgetCache
from desktop_app.storage.database import Database
from desktop_app.storage.records import SyncStateRecord
from desktop_app.storage.sync_repository import SyncRepository

from .storage_fixtures import open_profile_database

ME = Me(
    user_id=1,
    email="mia@example.org",
    role="member",
    member_number="10001",
    display_name="Mia",
    budgets=(
        WireBudget("B-10001-1", "Persönliches Budget"),
        WireBudget("B-10001-2", "Kollektiv Lindenhof"),
    ),
)
BUDGETS_OF_ME = (
    Budget("B-10001-1", "Persönliches Budget"),
    Budget("B-10001-2", "Kollektiv Lindenhof"),
)


@dataclass
class _State:
    key: str
    me: Me | None = None


class FakeAccount:
    """The two things BudgetDirectory asks of AccountService."""

    def __init__(self, key: str, online: bool = True) -> None:
        self.state = _State(key)
        self.online = online
        self.calls = 0

    def me(self) -> Me:
        self.calls += 1
        if not self.online:
            raise NetworkError("offline")
        return ME


@pytest.fixture
def database(app_paths: AppPaths) -> Iterator[Database]:
    db = open_profile_database(app_paths)
    yield db
    db.dispose()


def directory(db: Database, account: FakeAccount) -> BudgetDirectory:
    return BudgetDirectory(account, BudgetCache(lambda: db))  # type: ignore[arg-type]


def test_refresh_stores_what_me_returned_and_it_survives_offline(database: Database) -> None:
    online = FakeAccount("https://smart.example|mia@example.org")
    assert directory(database, online).cached() is None  # never seen yet
    assert directory(database, online).refresh() == BUDGETS_OF_ME
    # Later, offline and in a new directory (as after a restart): no request needed.
    offline = FakeAccount("https://smart.example|mia@example.org", online=False)
    budgets = directory(database, offline)
    assert budgets.cached() == BUDGETS_OF_ME
    assert budgets.ids() == frozenset({"B-10001-1", "B-10001-2"})
    assert offline.calls == 0
    with pytest.raises(NetworkError):
        budgets.refresh()
    assert budgets.cached() == BUDGETS_OF_ME  # a failed refresh keeps what was known


def test_another_accounts_budgets_are_never_offered(database: Database) -> None:
    directory(database, FakeAccount("https://smart.example|mia@example.org")).refresh()
    other = directory(database, FakeAccount("https://smart.example|ben@example.org"))
    assert other.cached() is None
    assert other.ids() is None
    assert directory(database, FakeAccount("")).cached() is None  # not logged in at all


def test_a_member_without_budgets_is_known_to_have_none(database: Database) -> None:
    cache = BudgetCache(lambda: database)
    cache.save("acc", ())
    assert cache.load("acc") == ()


def test_forgetting_the_account_forgets_its_budgets(database: Database) -> None:
    cache = BudgetCache(lambda: database)
    cache.save("acc", BUDGETS_OF_ME)
    SyncRepository(lambda: database).forget_account()
    assert cache.load("acc") is None


@pytest.mark.parametrize(
    "value", ["not json", "[]", '{"account": "acc"}', '{"account": "acc", "budgets": [1]}']
)
def test_a_damaged_entry_reads_as_unknown(database: Database, value: str) -> None:
    with database.write() as session:
        session.add(SyncStateRecord(key=BUDGETS, value=value))
    assert BudgetCache(lambda: database).load("acc") is None
