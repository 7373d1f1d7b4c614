"""Sort and filter the order list model with 100,000 orders.

Baseline in the same run: Python's list.sort over 100,000 precomputed string keys, so the
figures can be compared between machines as ratios.
"""

from __future__ import annotations

import os
import random
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta

from desktop_app.domain.status import OrderStatus
from desktop_app.domain.summary import OrderSummary

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_APP: object = None


def _summaries(count: int, seed: int = 11) -> list[OrderSummary]:
    rng = random.Random(seed)
    clients = [f"Kund*in {i:05d} {rng.choice(['GmbH', 'e.V.', 'SARL', ''])}" for i in range(5000)]
    today = date(2026, 11, 27)
    statuses = list(OrderStatus)
    return [
        OrderSummary(
            id=uuid.UUID(int=rng.getrandbits(128)),
            status=rng.choice(statuses),
            client_name=rng.choice(clients),
            title=f"Auftrag {i} {rng.choice(['Fotografie', 'Workshop', 'Übersetzung', 'Bühne'])}",
            net_cents=rng.randint(100, 10_000_000),
            currency="EUR",
            invoice_dates=(today + timedelta(days=rng.randint(-100, 400)),),
            updated_at=None,
        )
        for i in range(count)
    ]


def _median_ms(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run(count: int = 100_000, repeats: int = 9) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.order_table_model import OrderTableModel

    global _APP
    _APP = QApplication.instance() or QApplication([])  # must outlive every Qt object here
    model = OrderTableModel(date(2026, 11, 27))
    summaries = _summaries(count)
    results: dict[str, float] = {"orders": count}
    results["load_ms"] = _median_ms(lambda: model.set_summaries(summaries), 3)

    keys = [s.client_name for s in summaries]
    results["baseline_list_sort_ms"] = _median_ms(lambda: sorted(keys), repeats)

    sort_times = []
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sort_times.append(_median_ms(lambda c=column, o=order: model.sort(c, o), repeats))
    results["sort_worst_column_ms"] = max(sort_times)
    results["sort_median_ms"] = statistics.median(sort_times)

    def status_filter() -> None:
        model.set_status_filter(OrderStatus.ACTIVE)
        model.set_status_filter(None)

    results["filter_status_ms"] = _median_ms(status_filter, repeats) / 2
    results["filter_text_ms"] = _median_ms(lambda: model.set_text_filter("gmbh"), repeats)
    results["filter_text_narrow_ms"] = _median_ms(
        lambda: model.set_text_filter("auftrag 4242 "), repeats
    )
    model.set_text_filter("")
    results["sort_ratio_to_baseline"] = (
        results["sort_worst_column_ms"] / results["baseline_list_sort_ms"]
    )
    return results
