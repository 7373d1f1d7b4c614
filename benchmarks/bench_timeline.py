"""Opening an order with 200 timeline events in the real app (issue 5): the main window with
its Verlauf tab in front, an order selected in the list, until the Verlauf table is painted
with its 200 rows. That is the whole way a click takes: the editor loads the order on the
database thread, the panel reads and merges its timeline there, the model is reset and the
view paints. Two such orders are opened in turn; the profile holds 2,000 orders.

Baseline, same process and run: the same 200 events read with stdlib sqlite3 and shown in a
bare QTableView (benchmarks/bare_table.py). The app runs in a child process
(``python -m benchmarks.bench_timeline PROFILE``, prints one JSON line), as a fresh app.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop_app.domain.status import OrderStatus
from desktop_app.domain.timeline import Actor, TimelineEvent

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
EVENTS = 200
ORDERS = 2_000
_STEPS = (
    ("comment", Actor.MEMBER, "Bitte um kurze Rückmeldung zum Stand der Prüfung."),
    ("comment", Actor.STAFF, "Wir prüfen noch die Angaben zur Kundin, danke für die Geduld."),
    ("invoice_change_requested", Actor.MEMBER, "Rechnungsdatum bitte um eine Woche verschieben."),
    ("client_changes_requested", Actor.CLIENT, "Leistungszeitraum bitte anpassen."),
    ("comment", Actor.SYSTEM, ""),
)


def make_profile(root: Path, orders: int = ORDERS) -> list[str]:
    """A profile of ``orders`` orders, two of them in review with EVENTS events each."""
    from desktop_app.platform.paths import AppPaths
    from desktop_app.storage.migrate import prepare_database
    from desktop_app.storage.order_store import OrderStore
    from desktop_app.storage.sync_repository import FeedPage, SyncRepository

    from .profile_factory import make_order

    paths = AppPaths.for_profile(root)
    paths.ensure()
    prepare_database(paths.database, paths.backups_dir)
    store = OrderStore(paths.database)
    rng = random.Random(17)
    today = date.today()
    batch = [make_order(rng, today) for _ in range(orders - 2)]
    opened = [make_order(rng, today, OrderStatus.SMART_REVIEW) for _ in range(2)]
    store.save_many(batch + opened)
    start = datetime.now(UTC) - timedelta(days=EVENTS)
    events, seq = [], 0
    for order in opened:
        for n in range(EVENTS):
            seq += 1
            kind, actor, reason = _STEPS[n % len(_STEPS)]
            first = n == 0
            events.append(
                TimelineEvent(
                    order_id=str(order.id),
                    type="submitted" if first else kind,
                    actor=actor,
                    at=start + timedelta(hours=n * 7),
                    status_from="draft" if first else "smart_review",
                    status_to="smart_review",
                    reason="" if first else f"{reason} ({n})",
                    seq=seq,
                )
            )
    page = FeedPage((), (), tuple(events), str(seq), datetime.now(UTC))
    SyncRepository(store.database).apply_page(page, "benchmark")
    store.dispose()
    return [str(order.id) for order in opened]


def run(repeats: int = 15, orders: int = ORDERS) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        ids = make_profile(profile, orders)
        command = [
            sys.executable,
            "-m",
            "benchmarks.bench_timeline",
            str(profile),
            str(repeats),
            *ids,
        ]
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"timeline benchmark failed:\n{done.stderr[-3000:]}")
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def measure(profile: Path, repeats: int, ids: list[str]) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import build, open_store
    from desktop_app.platform.clock import Clock
    from desktop_app.platform.credentials import MemoryCredentials
    from desktop_app.platform.paths import AppPaths
    from desktop_app.platform.settings import Settings

    from .bare_table import bare_view, painted_ms

    app = QApplication.instance() or QApplication([])
    paths = AppPaths.for_profile(profile)
    store = open_store(paths, interactive=False)
    assert store is not None
    context = build(
        paths, Settings(), Clock(), store, credentials=MemoryCredentials(), start_sync=False
    )
    window = context.window
    window.show()
    window.controller.load_all()
    # The Verlauf panel comes with sync, attached after the first paint (app_sync.py); when
    # it never comes, the profile's log says why.
    _spin(app, lambda: context.timeline is not None and window.page.model.total >= 2)
    timeline = context.timeline
    assert timeline is not None
    timeline.tabs.setCurrentWidget(timeline.widget)
    _spin(app, lambda: context.ops.pending == 0)

    times = []
    for n in range(repeats + 2):  # the first two open each order once: warm-up
        target = uuid.UUID(ids[n % 2])
        loop = QEventLoop()

        def shown(target: uuid.UUID = target, loop: QEventLoop = loop) -> None:
            order = window.editor.order
            if timeline.model.rowCount() == EVENTS and order is not None and order.id == target:
                loop.quit()

        timeline.model.modelReset.connect(shown)
        QTimer.singleShot(30_000, loop.quit)  # a guard: never hang the suite
        started = time.perf_counter()
        assert window.page.select(target)
        loop.exec()
        if timeline.model.rowCount() != EVENTS:
            raise TimeoutError("the Verlauf tab did not show the order's events within 30 s")
        app.processEvents()
        timeline.view.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
        timeline.model.modelReset.disconnect(shown)
    times = times[2:]

    view, model = bare_view(5, timeline.view.width(), timeline.view.height())
    baseline = []
    for n in range(repeats):
        order_id = ids[n % 2]

        def show_raw(order_id: str = order_id) -> None:
            model.set_rows(_raw_rows(paths.database, order_id))

        baseline.append(painted_ms(show_raw, view))
        painted_ms(lambda: model.set_rows([]), view)
    view.close()
    window.close()
    context.shutdown()
    open_ms, base_ms = statistics.median(times), statistics.median(baseline)
    return {
        "events": EVENTS,
        "open_ms": open_ms,
        "open_max_ms": max(times),
        "open_baseline_ms": base_ms,
        "open_ratio": open_ms / base_ms,
    }


def _raw_rows(database: Path, order_id: str) -> list[tuple[str, ...]]:
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT at, type, status_to, actor, reason FROM timeline_events"
            " WHERE order_id = ? ORDER BY seq",
            (order_id,),
        ).fetchall()
    finally:
        connection.close()
    assert len(rows) == EVENTS
    return [tuple(str(value or "") for value in row) for row in rows]


def _spin(app: object, done: object, timeout_s: float = 120) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication) and callable(done)
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)  # allowed: polling the event loop of a benchmark child


if __name__ == "__main__":
    profile_dir, count, *order_ids = sys.argv[1:]
    print(json.dumps(measure(Path(profile_dir), int(count), order_ids)), flush=True)
