"""The list's read model: the first page matches the list's date order; the prefetch."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from desktop_app.domain.status import OrderStatus
from desktop_app.platform.paths import AppPaths
from desktop_app.storage.order_summaries import FirstPagePrefetch, read_summaries

from .storage_fixtures import open_profile_database, sample_order

TODAY = date(2026, 11, 27)


def _fill(paths: AppPaths, count: int) -> None:
    from desktop_app.storage.order_repository import OrderRepository

    rng = random.Random(5)
    db = open_profile_database(paths)
    orders = []
    for _ in range(count):
        days = tuple(
            sorted({TODAY + timedelta(days=rng.randint(-90, 90)) for _ in range(rng.randint(0, 3))})
        )
        orders.append(sample_order(invoice_dates=days, status=rng.choice(list(OrderStatus))))
    OrderRepository(db).save_many(orders)
    db.dispose()


def _next(summary) -> date:
    return summary.next_date(TODAY) or date.max


def test_first_page_is_the_start_of_the_full_list_by_next_date(app_paths: AppPaths) -> None:
    _fill(app_paths, 120)
    everything = read_summaries(app_paths.database)
    assert len(everything) == 120
    expected = sorted(_next(s) for s in everything)[:25]
    first = read_summaries(app_paths.database, first=25, today=TODAY)
    assert [_next(s) for s in first] == expected
    by_id = {s.id: s for s in everything}
    assert all(by_id[s.id] == s for s in first)  # same content as the full read


def test_orders_without_invoice_dates_come_last(app_paths: AppPaths) -> None:
    _fill(app_paths, 40)
    first = read_summaries(app_paths.database, first=40, today=TODAY)
    without = [i for i, s in enumerate(first) if not s.invoice_dates]
    assert without, "the sample must contain orders without dates"
    assert without == list(range(40 - len(without), 40))


def test_prefetch_reads_the_first_page(app_paths: AppPaths) -> None:
    _fill(app_paths, 30)
    prefetch = FirstPagePrefetch(app_paths.database, 10, TODAY)
    assert prefetch.result() == read_summaries(app_paths.database, first=10, today=TODAY)


def test_discarded_prefetch_gives_nothing(app_paths: AppPaths) -> None:
    _fill(app_paths, 5)
    prefetch = FirstPagePrefetch(app_paths.database, 10, TODAY)
    prefetch.discard()
    assert prefetch.result() is None


def test_prefetch_of_missing_or_broken_database_gives_nothing(tmp_path: Path) -> None:
    assert FirstPagePrefetch(tmp_path / "none.sqlite3", 10, TODAY).result() is None
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"no database here " * 100)
    assert FirstPagePrefetch(garbage, 10, TODAY).result() is None
    assert garbage.read_bytes() == b"no database here " * 100
    assert not (tmp_path / "none.sqlite3").exists()
