"""The order list page on screen (offscreen platform) with 100,000 orders (issue 5):

(a) list open: the page's model is reset with the prepared rows of every order (as the app
    swaps them in after preparing them on the database thread) until the viewport is
    painted; the preparation itself runs off the GUI thread and is reported beside it;
(b) scroll repaint: the list scrolled by one page, until the viewport is painted; median and
    worst over consecutive pages from the top.

Baseline in the same run, timed the same way: a bare QTableView over a minimal table model
holding the same display strings (benchmarks/bare_table.py).
"""

from __future__ import annotations

import os
import statistics
import time
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 760, 720  # the list's share of the 1280 x 800 main window
_KEEP: list[object] = []  # Qt objects must outlive the measurement


def run(count: int = 100_000, repeats: int = 9, pages: int = 40) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.order_list_page import OrderListPage
    from desktop_app.gui.order_table_model import PreparedRows, prepare_rows

    from .bare_table import bare_view, painted_ms
    from .bench_order_list import _summaries

    app = QApplication.instance() or QApplication([])
    _KEEP.append(app)
    today = date(2026, 11, 27)
    summaries = _summaries(count)
    started = time.perf_counter()
    prepared = prepare_rows(summaries, today)
    prepare_ms = (time.perf_counter() - started) * 1000

    page = OrderListPage(today)
    page.resize(WIDTH, HEIGHT)
    page.show()
    bare, bare_model = bare_view(5, WIDTH, HEIGHT)
    _KEEP.extend([page, bare, bare_model])
    strings = [row.display for row in prepared.rows]
    empty = PreparedRows([])

    opens, bare_opens = [], []
    for _ in range(repeats):  # interleaved, so machine noise hits both alike
        painted_ms(lambda: page.set_rows(empty), page.table)
        opens.append(painted_ms(lambda: page.set_rows(prepared), page.table))
        painted_ms(lambda: bare_model.set_rows([]), bare)
        bare_opens.append(painted_ms(lambda: bare_model.set_rows(strings), bare))
    assert page.model.rowCount() == count and bare_model.rowCount() == count

    scrolls, bare_scrolls = _scroll(page.table, pages), _scroll(bare, pages)
    open_ms, bare_open_ms = statistics.median(opens), statistics.median(bare_opens)
    scroll_ms, bare_scroll_ms = statistics.median(scrolls), statistics.median(bare_scrolls)
    page.close()
    bare.close()
    return {
        "orders": count,
        "prepare_rows_ms": prepare_ms,
        "open_total_ms": prepare_ms + open_ms,
        "open_ms": open_ms,
        "open_baseline_ms": bare_open_ms,
        "open_ratio": open_ms / bare_open_ms,
        "scroll_pages": pages,
        "scroll_repaint_ms": scroll_ms,
        "scroll_repaint_max_ms": max(scrolls),
        "scroll_baseline_ms": bare_scroll_ms,
        "scroll_ratio": scroll_ms / bare_scroll_ms,
    }


def _scroll(view: object, pages: int) -> list[float]:
    from PySide6.QtWidgets import QTableView

    from .bare_table import painted_ms

    assert isinstance(view, QTableView)
    bar = view.verticalScrollBar()
    painted_ms(lambda: bar.setValue(0), view)
    times = []
    for _ in range(pages):
        times.append(painted_ms(lambda: bar.setValue(bar.value() + bar.pageStep()), view))
    assert bar.value() > 0, "the list did not scroll"
    return times
