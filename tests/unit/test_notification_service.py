"""NotificationService on a real profile database: the first pull's history is taken in
silently, due deadlines are shown, each notice is delivered once — also after a restart —
and a later day brings the invoice's last-day notice."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.domain.notifications import NoticeKind
from desktop_app.platform.clock import FixedClock
from desktop_app.platform.paths import AppPaths
from desktop_app.services.notifications import NotificationService
from desktop_app.storage.account_data import forget_account_data
from desktop_app.storage.migrate import prepare_database
from desktop_app.storage.notification_log import NotificationLog
from desktop_app.storage.order_store import OrderStore
from desktop_app.storage.sync_repository import SyncRepository

from .notification_fixtures import ACTIVE, CONFIRMED, EXPIRING, REJECTED, Feed, history, news

K = NoticeKind


@pytest.fixture
def store(app_paths: AppPaths) -> OrderStore:
    prepare_database(app_paths.database, app_paths.backups_dir)
    store = OrderStore(app_paths.database)
    yield store
    store.dispose()


def service(store: OrderStore, clock: FixedClock) -> NotificationService:
    """A new instance each time, as after a restart: nothing is remembered in memory."""
    synced = SyncRepository(store.database)
    return NotificationService(store, synced, NotificationLog(store.database), clock)


def take(store: OrderStore, clock: FixedClock, catch_up: bool = False):  # type: ignore[no-untyped-def]
    return service(store, clock).take_new(catch_up, 2, 1)


def test_nothing_before_the_first_pull(store: OrderStore, clock: FixedClock) -> None:
    batch = take(store, clock, catch_up=True)
    assert batch.notices == () and batch.next_due is None


def test_once_only_across_restarts(store: OrderStore, clock: FixedClock) -> None:
    feed = Feed(store)
    history(feed)

    first = take(store, clock, catch_up=True)
    assert [(n.kind, n.order_id) for n in first.notices] == [
        (K.OFFER_EXPIRY, str(EXPIRING)),
        (K.INVOICE_DRAFT, str(ACTIVE)),
    ]
    assert first.summary and first.silenced == 1  # the month-old confirmation is history
    assert first.notices[0].title == "Ausstellung Plakat"
    # The draft's last day (2 Dec) begins at Berlin midnight: 1 Dec, 23:00 UTC.
    assert first.next_due == datetime(2026, 12, 1, 23, 0, tzinfo=UTC)

    assert take(store, clock, catch_up=True).notices == ()  # a restart: nothing again

    news(feed)
    later = take(store, clock)
    assert [(n.key, n.kind, n.order_id) for n in later.notices] == [
        ("event:2", K.CLIENT_CONFIRMED, str(CONFIRMED)),
        ("event:3", K.SMART_REJECTED, str(REJECTED)),
    ]
    assert not later.summary and later.notices[1].reason == "Warenverkauf"
    assert take(store, clock).notices == ()

    clock.moment = datetime(2026, 12, 1, 23, 0, 1, tzinfo=UTC)
    last_day = take(store, clock)
    assert [n.kind for n in last_day.notices] == [K.INVOICE_LAST_DAY]
    assert take(store, clock).notices == ()


def test_a_closed_app_catches_up_in_one_summary(store: OrderStore, clock: FixedClock) -> None:
    feed = Feed(store)
    history(feed)
    take(store, clock, catch_up=True)
    news(feed)  # pulled, but the app stopped before it looked
    batch = take(store, clock, catch_up=True)
    assert len(batch.notices) == 2 and batch.summary and batch.catch_up


def test_another_account_starts_from_a_new_baseline(store: OrderStore, clock: FixedClock) -> None:
    feed = Feed(store)
    history(feed)
    take(store, clock, catch_up=True)
    forget_account_data(store.database())
    assert NotificationLog(store.database).delivered(["invoice_draft:inv-" + str(ACTIVE)]) == set()
    news(Feed(store))  # the new account's first pull: its events are history
    batch = take(store, clock)
    assert batch.notices == () and batch.silenced == 2
