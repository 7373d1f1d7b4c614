"""The Übersicht for the demo data set on a fixed server clock (Wednesday 25 November 2026,
10:00 Berlin), asserted item by item, also when the laptop's clock is days off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.deadlines import Deadline, DeadlineKind
from desktop_app.platform.clock import Clock
from desktop_app.platform.credentials import MemoryCredentials
from desktop_app.platform.paths import AppPaths
from desktop_app.services.composition import Services, build_services
from desktop_app.storage.migrate import prepare_database
from desktop_app.storage.order_store import OrderStore
from reference_server.app import create_app
from reference_server.clock import ServerClock
from reference_server.demo import DEMO_ACCOUNTS, seed_demo

from .conftest import LiveServer
from .served import serve

MEMBER, MEMBER_PASSWORD = DEMO_ACCOUNTS["member"]
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # a Wednesday, 10:00 in Berlin
K = DeadlineKind

# (kind, order title, days left, hours with Smart) in the order the Übersicht lists them
EXPECTED = [
    (K.OFFER_EXPIRING, "Plakat und Flyer Jazzfestival", 1, None),
    (K.INVOICE_REVIEW, "Bühnenbild „Der Sturm“ – Sommerfestival", 3, None),
    # back with Smart since the client asked for changes on Thursday 19.11. at 13:40:
    # Thursday 10 h 20 min, Friday, Monday, Tuesday 24 h each, Wednesday 10 h
    (K.WAITING_FOR_SMART, "Theaterpädagogischer Workshop Herbstferien", None, 92 + 1 / 3),
    (K.CANCELLATION_PENDING, "Übersetzung Ausstellungskatalog NL–DE", None, None),
]


@pytest.fixture(scope="module")
def fixed_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    clock = ServerClock(lambda: NOW)
    app = create_app(tmp_path_factory.mktemp("demo") / "server.sqlite3", clock, rate_limits=None)
    seed_demo(app.state.context.db, clock)
    with serve(app) as server:
        yield server


def pulled(root: Path, server: LiveServer, local_offset: timedelta) -> Services:
    """The demo member's profile after one sync, its local clock ``local_offset`` off."""
    paths = AppPaths.for_profile(root)
    paths.ensure()
    prepare_database(paths.database, paths.backups_dir)
    clock = Clock(lambda: NOW + local_offset)
    services = build_services(paths, OrderStore(paths.database), clock, MemoryCredentials())
    services.account.login(server.url, MEMBER, MEMBER_PASSWORD)
    report = services.sync.sync()
    assert report.failed == 0 and report.events > 0
    return services


def described(items: list[Deadline]) -> list[tuple[K, str, int | None, float | None]]:
    return [
        (i.kind, i.title, i.days_left, round(i.hours, 3) if i.hours is not None else None)
        for i in items
    ]


@pytest.mark.parametrize(
    "local_offset",
    [timedelta(), timedelta(days=-3, hours=-5), timedelta(days=2)],
    ids=["local-clock-right", "local-clock-behind", "local-clock-ahead"],
)
def test_the_demo_cockpit_item_by_item(
    tmp_path: Path, fixed_demo: LiveServer, local_offset: timedelta
) -> None:
    services = pulled(tmp_path / "jana", fixed_demo, local_offset)
    try:
        cockpit = services.cockpit.cockpit()
        assert abs(cockpit.now - NOW) < timedelta(seconds=5)  # the server's time, not ours
        expected = [(k, t, d, round(h, 3) if h else None) for k, t, d, h in EXPECTED]
        assert described(list(cockpit.items)) == expected
        offer, invoice, waiting, _ = cockpit.items
        assert offer.day == date(2026, 11, 26)
        assert offer.due == datetime(2026, 11, 26, 23, 0, tzinfo=UTC)  # end of that Berlin day
        assert invoice.day == date(2026, 11, 28) and invoice.invoice_id
        # 24 weekday hours after Thursday 13:40 were over on Friday 13:40 (Berlin)
        assert waiting.due == datetime(2026, 11, 20, 12, 40, tzinfo=UTC)
        # not listed: the offer valid for a week, the order submitted yesterday (17 h with
        # Smart), invoices awaiting an update, issued, disputed or paid, finished orders
        # next change by time alone: the waiting order's shown hours, at 92 h 20 min + 40 min
        assert cockpit.next_due is not None
        assert abs(cockpit.next_due - (NOW + timedelta(minutes=40))) < timedelta(seconds=5)
    finally:
        services.dispose()


def test_a_refused_command_comes_first(tmp_path: Path, fixed_demo: LiveServer) -> None:
    services = pulled(tmp_path / "jana", fixed_demo, timedelta())
    try:
        # a change request for an invoice that is already paid: Smart refuses it for good
        (paid, *_) = [i for i in services.invoices.rows() if i.invoice.status.value == "paid"]
        services.actions.request_invoice_change(paid.invoice.id, "Bitte die Anschrift ändern.")
        assert services.sync.sync().failed == 1
        first, *rest = services.cockpit.items()
        assert (first.kind, first.order_id) == (K.NEEDS_ATTENTION, paid.invoice.order_id)
        assert first.title == paid.order_title and first.detail.startswith("invoice_change: ")
        assert [i.kind for i in rest] == [k for k, *_ in EXPECTED]
    finally:
        services.dispose()
