"""Deadlines with a fixed clock: Berlin calendar days across DST switches, weekends and the
year end; validity through the end of its day; invoice changes until T-1; urgency; next_due."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.domain.commands import Command, CommandKind, CommandState
from desktop_app.domain.deadlines import (
    DeadlineKind,
    OrderFacts,
    after_weekday_hours,
    deadlines,
    next_due,
)
from desktop_app.domain.invoice import Invoice
from desktop_app.domain.status import InvoiceStatus, OrderStatus

K = DeadlineKind


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def offer(valid: date, order_id: str = "o1") -> OrderFacts:
    return OrderFacts(order_id, f"Angebot {order_id}", OrderStatus.CLIENT_CONFIRMATION, valid)


def invoice(
    day: date, status: InvoiceStatus = InvoiceStatus.DRAFT, order_id: str = "o1"
) -> Invoice:
    return Invoice(
        f"{order_id}-1", order_id, 1, status, day, "EUR", 100, 19, 119, 9, "19", utc("2026-01-01")
    )


def failed(order_id: str) -> Command:
    return Command(
        "op", 1, order_id, CommandKind.CANCELLATION, {}, CommandState.FAILED, 1,
        utc("2026-05-04T08:00:00"), error_code="not_active", error_message="Nicht aktiv",
    )  # fmt: skip


def only(now: datetime, **inputs: object) -> list[tuple[K, int | None]]:
    found = deadlines(
        now,
        inputs.get("orders", []),  # type: ignore[arg-type]
        inputs.get("invoices", []),  # type: ignore[arg-type]
        inputs.get("since", {}),  # type: ignore[arg-type]
        inputs.get("failed", []),  # type: ignore[arg-type]
    )
    return [(d.kind, d.days_left) for d in found]


@pytest.mark.parametrize(
    ("valid", "last_moment"),
    [
        (date(2026, 3, 28), "2026-03-28T22:59:59"),  # winter time: Berlin = UTC+1
        (date(2026, 3, 29), "2026-03-29T21:59:59"),  # the 23-hour day: ends in summer time
        (date(2026, 10, 25), "2026-10-25T22:59:59"),  # the 25-hour day: ends in winter time
        (date(2026, 12, 31), "2026-12-31T22:59:59"),  # the year's last day
    ],
)
def test_an_offer_is_valid_through_the_end_of_its_berlin_day(valid: date, last_moment: str) -> None:
    last = utc(last_moment)
    (item,) = deadlines(last, [offer(valid)], [], {}, [])
    assert (item.kind, item.days_left, item.day) == (K.OFFER_EXPIRING, 0, valid)
    assert item.due == last + timedelta(seconds=1)
    # one second later the Berlin day is over: still listed (until the server rejects it),
    # but as expired
    assert only(last + timedelta(seconds=1), orders=[offer(valid)]) == [(K.OFFER_EXPIRING, -1)]


def test_offers_appear_within_the_lead_days_only() -> None:
    now = utc("2026-12-29T12:00:00")  # Tuesday
    orders = [offer(date(2027, 1, 1), "soon"), offer(date(2027, 1, 2), "later")]
    assert only(now, orders=orders) == [(K.OFFER_EXPIRING, 3)]  # over the year end
    orders.append(OrderFacts("x", "ohne", OrderStatus.CLIENT_CONFIRMATION, None))
    orders.append(OrderFacts("a", "aktiv", OrderStatus.ACTIVE, date(2026, 12, 30)))
    assert only(now, orders=orders) == [(K.OFFER_EXPIRING, 3)]


def test_an_invoice_draft_can_be_changed_until_the_day_before_its_date() -> None:
    draft = invoice(date(2027, 1, 1))
    eve = utc("2026-12-31T22:59:00")  # 23:59 on New Year's Eve in Berlin
    (item,) = deadlines(eve, [], [draft], {}, [])
    assert (item.kind, item.days_left, item.day) == (K.INVOICE_REVIEW, 1, date(2027, 1, 1))
    assert item.due == utc("2026-12-31T23:00:00") and item.invoice_id == "o1-1"
    assert only(utc("2026-12-31T23:00:00"), invoices=[draft]) == []  # the invoice date came
    assert only(utc("2026-12-28T12:00:00"), invoices=[draft]) == [(K.INVOICE_REVIEW, 4)]
    issued = invoice(date(2027, 1, 1), InvoiceStatus.AWAITING_UPDATE)
    assert only(eve, invoices=[issued]) == []


def test_days_left_count_berlin_days_not_utc_days() -> None:
    # 23:30 UTC on Saturday 28 March is already Sunday in Berlin.
    draft = invoice(date(2026, 3, 31))
    assert only(utc("2026-03-28T22:30:00"), invoices=[draft]) == [(K.INVOICE_REVIEW, 3)]
    assert only(utc("2026-03-28T23:30:00"), invoices=[draft]) == [(K.INVOICE_REVIEW, 2)]


def test_waiting_for_smart_counts_weekday_hours_over_a_weekend_and_dst() -> None:
    review = OrderFacts("r", "Review", OrderStatus.SMART_REVIEW)
    since = {"r": utc("2026-10-23T08:00:00")}  # Friday 10:00 Berlin (summer time)
    # Friday 14 h, the weekend (with its 25-hour Sunday) not at all, Monday 10 h
    assert after_weekday_hours(since["r"], 24) == utc("2026-10-26T09:00:00")  # 10:00 CET
    before = utc("2026-10-26T08:30:00")
    assert only(before, orders=[review], since=since) == []
    assert next_due(before, [review], [], since) == utc("2026-10-26T09:00:00")
    after = utc("2026-10-26T10:00:00")
    (item,) = deadlines(after, [review], [], since, [])
    assert item.kind is K.WAITING_FOR_SMART and item.hours == pytest.approx(25.0)
    assert item.due == utc("2026-10-26T09:00:00")
    # the hours shown change at the next full weekday hour
    assert next_due(after + timedelta(minutes=10), [review], [], since) == utc(
        "2026-10-26T11:00:00"
    )
    assert only(after, orders=[review], since={}) == []  # no review start known


def test_urgency_failed_first_then_dates_then_smart_then_cancellation() -> None:
    now = utc("2026-05-06T10:00:00")  # Wednesday
    orders = [
        OrderFacts("c", "Storno", OrderStatus.CANCELLATION_REVIEW),
        OrderFacts("r", "Review", OrderStatus.SMART_REVIEW),
        offer(date(2026, 5, 8), "late"),
        offer(date(2026, 5, 6), "today"),
        OrderFacts("f", "Refused", OrderStatus.ACTIVE),
    ]
    since = {"r": utc("2026-05-01T08:00:00")}
    found = deadlines(now, orders, [invoice(date(2026, 5, 8), order_id="f")], since, [failed("f")])
    assert [(d.kind, d.order_id) for d in found] == [
        (K.NEEDS_ATTENTION, "f"),
        (K.OFFER_EXPIRING, "today"),
        (K.INVOICE_REVIEW, "f"),  # its last change day ends before the late offer's day
        (K.OFFER_EXPIRING, "late"),
        (K.WAITING_FOR_SMART, "r"),
        (K.CANCELLATION_PENDING, "c"),
    ]
    assert [d.urgency for d in found] == [0, 1, 1, 1, 2, 3]
    assert found[0].title == "Refused" and found[0].detail == "cancellation: Nicht aktiv"


def test_next_due_is_the_next_berlin_midnight_while_days_count_down() -> None:
    draft = invoice(date(2026, 4, 2))
    # spring forward: the next Berlin midnight after Sunday noon is 22:00 UTC
    assert next_due(utc("2026-03-29T10:00:00"), [], [draft], {}) == utc("2026-03-29T22:00:00")
    # fall back: after Sunday noon it is 23:00 UTC
    late = offer(date(2026, 10, 28))
    assert next_due(utc("2026-10-25T11:00:00"), [late], [], {}) == utc("2026-10-25T23:00:00")
    assert next_due(utc("2026-10-25T11:00:00"), [], [], {}) is None
    assert next_due(utc("2026-04-02T10:00:00"), [], [draft], {}) is None  # nothing left to count
