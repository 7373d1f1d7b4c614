"""Every figure of the performance record: which benchmark measures it, its baseline and its
target (issues 2-5). benchmarks/record.py renders them."""

from __future__ import annotations

from dataclasses import dataclass

from .number_format import number


@dataclass(frozen=True)
class AtMost:
    """The figure itself (``ratio=False``) or its ratio to the baseline is at most ``limit``."""

    limit: float
    ratio: bool = False

    def met(self, value: float, ratio: float | None) -> bool | None:
        measured = ratio if self.ratio else value
        return None if measured is None else measured <= self.limit

    def text(self, unit: str) -> str:
        if self.ratio:
            return f"≤ {number(self.limit, 'ratio')} × baseline"
        return f"≤ {number(self.limit, unit)} {unit}".rstrip()


@dataclass(frozen=True)
class Exactly:
    expected: float

    def met(self, value: float, _ratio: float | None) -> bool:
        return value == self.expected

    def text(self, unit: str) -> str:
        return f"= {number(self.expected, unit)} {unit}".rstrip()


Target = AtMost | Exactly


@dataclass(frozen=True)
class Row:
    issue: str
    bench: str
    label: str  # may name figures of the same benchmark: "{pull_orders:,.0f}"
    value: str
    unit: str  # "ms", "ms/order", "events/s", "orders/s", "" (a count)
    baseline: str | None = None
    baseline_label: str = ""
    higher_is_better: bool = False  # throughput: the ratio is baseline / value
    baseline_unit: str | None = None  # when it differs from ``unit``
    targets: tuple[Target, ...] = ()


ROWS: tuple[Row, ...] = (
    Row(
        "2",
        "startup",
        "Start-up: spawn → main window painted, {drafts:,.0f} drafts",
        "app_median_ms",
        "ms",
        "bare_window_median_ms",
        "bare PySide6 window, spawn → painted",
        targets=(AtMost(2.5, ratio=True), AtMost(1000)),
    ),
    Row(
        "2",
        "startup",
        "Start-up: spawn → whole list loaded, {drafts:,.0f} drafts",
        "full_list_median_ms",
        "ms",
    ),
    Row(
        "5",
        "list_view",
        "List opens, {orders:,.0f} orders: rows prepared (database thread),"
        " model reset → viewport painted",
        "open_total_ms",
        "ms",
        targets=(AtMost(500),),
    ),
    Row(
        "5",
        "list_view",
        "… of which on the GUI thread: model reset → viewport painted",
        "open_ms",
        "ms",
        "open_baseline_ms",
        "bare QTableView, same strings",
    ),
    Row(
        "5",
        "startup",
        "App with {large_orders:,.0f} orders: spawn → first screenful painted",
        "large_first_paint_ms",
        "ms",
    ),
    Row(
        "5",
        "startup",
        "App with {large_orders:,.0f} orders: first paint → whole list read, prepared and shown",
        "large_list_after_paint_ms",
        "ms",
        targets=(AtMost(500),),
    ),
    Row(
        "5",
        "list",
        "Search: text filter over {orders:,.0f} orders",
        "filter_text_ms",
        "ms",
        "baseline_list_sort_ms",
        "sorted() of as many strings",
        targets=(AtMost(100),),
    ),
    Row(
        "5",
        "list",
        "Sort: worst column and direction, {orders:,.0f} orders",
        "sort_worst_column_ms",
        "ms",
        "baseline_list_sort_ms",
        "sorted() of as many strings",
        targets=(AtMost(100),),
    ),
    Row(
        "5",
        "list",
        "Filter by status, {orders:,.0f} orders",
        "filter_status_ms",
        "ms",
        "baseline_list_sort_ms",
        "sorted() of as many strings",
        targets=(AtMost(100),),
    ),
    Row(
        "5",
        "list_view",
        "Scroll by one page → viewport painted (median of {scroll_pages:,.0f})",
        "scroll_repaint_ms",
        "ms",
        "scroll_baseline_ms",
        "bare QTableView, same strings",
        targets=(AtMost(50),),
    ),
    Row(
        "5",
        "list_view",
        "Scroll by one page → viewport painted (worst)",
        "scroll_repaint_max_ms",
        "ms",
    ),
    Row(
        "5",
        "timeline",
        "Open an order with {events:,.0f} timeline events → Verlauf painted",
        "open_ms",
        "ms",
        "open_baseline_ms",
        "stdlib sqlite3 read + bare QTableView",
        targets=(AtMost(100),),
    ),
    Row(
        "5",
        "timeline",
        "Open an order with {events:,.0f} timeline events (worst)",
        "open_max_ms",
        "ms",
    ),
    Row(
        "4",
        "sync",
        "Pull of {pull_orders:,.0f} changed orders"
        " ({pull_events:,.0f} events, {pull_requests:,.0f} requests)",
        "pull_app_ms",
        "ms",
        "pull_baseline_ms",
        "bare requests + json + sqlite3 executemany",
        targets=(AtMost(2, ratio=True),),
    ),
    Row(
        "4",
        "sync",
        "Idle sync, {idle_orders:,.0f} orders, nothing new",
        "idle_sync_ms",
        "ms",
        targets=(AtMost(50),),
    ),
    Row(
        "4",
        "sync",
        "Idle sync: HTTP requests (most of any run)",
        "idle_requests_max",
        "",
        targets=(Exactly(1),),
    ),
    Row(
        "4",
        "sync",
        "Push of {push_orders:,.0f} queued submissions",
        "push_app_ms",
        "ms",
        "push_baseline_ms",
        "as many bare POST /orders",
    ),
    Row(
        "4",
        "sync",
        "Queueing a submission (local write + outbox)",
        "submit_queue_per_order_ms",
        "ms/order",
    ),
    Row(
        "4",
        "sync",
        "Longest GUI-thread stall during a {pull_orders:,.0f}-order pull",
        "gui_max_gap_ms",
        "ms",
        "gui_idle_max_gap_ms",
        "same heartbeat, app idle",
        targets=(AtMost(50),),
    ),
    Row("4", "sync", "Pull in the app: started → every order in the list", "gui_listed_ms", "ms"),
    Row(
        "3",
        "server",
        "Changes feed throughput, {feed_events:,.0f} events in pages of 500",
        "feed_events_per_s",
        "events/s",
        "feed_baseline_events_per_s",
        "stdlib sqlite3 + json.dumps, in-process",
        higher_is_better=True,
        targets=(AtMost(5, ratio=True),),
    ),
    Row(
        "3",
        "server",
        "Submit p95, {submit_clients:,.0f} concurrent clients",
        "submit_p95_ms",
        "ms",
        "me_p95_ms",
        "GET /me, same clients",
        targets=(AtMost(1000),),
    ),
    Row(
        "3",
        "server",
        "Submit p50, {submit_clients:,.0f} concurrent clients",
        "submit_p50_ms",
        "ms",
        "me_p50_ms",
        "GET /me, same clients",
    ),
    Row(
        "3",
        "server",
        "Submit throughput, {submit_clients:,.0f} concurrent clients",
        "submit_per_s",
        "orders/s",
        "me_per_s",
        "GET /me, same clients",
        higher_is_better=True,
        baseline_unit="requests/s",
    ),
)
