"""Notification rules with a fixed clock: Berlin days across DST and the year end, the
lead times, stable keys, who must have acted, and the once-only / first-sync plan."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.deadlines import OrderFacts
from desktop_app.domain.invoice import Invoice
from desktop_app.domain.notifications import (
    NoticeKind,
    due_notices,
    next_notice_due,
    plan,
)
from desktop_app.domain.status import InvoiceStatus, OrderStatus
from desktop_app.domain.timeline import Actor, TimelineEvent

K = NoticeKind


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def offer(valid: date, order_id: str = "o1") -> OrderFacts:
    return OrderFacts(order_id, f"Angebot {order_id}", OrderStatus.CLIENT_CONFIRMATION, valid)


def draft(day: date, status: InvoiceStatus = InvoiceStatus.DRAFT, order_id: str = "o1") -> Invoice:
    return Invoice(
        f"inv-{order_id}", order_id, 1, status, day, "EUR", 100, 19, 119, 9, "19",
        utc("2026-01-01T08:00"),
    )  # fmt: skip


def event(seq: int, kind: str, actor: Actor, order_id: str = "o1") -> TimelineEvent:
    return TimelineEvent(order_id, kind, actor, utc("2026-03-01T09:00"), reason="zu teuer", seq=seq)


def keys(now: datetime, *args: object, **kwargs: int) -> list[str]:
    return [n.key for n in due_notices(now, *args, **kwargs)]  # type: ignore[arg-type]


# --- offers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "lead", "expected"),
    [
        # valid until Tue 2027-01-05; lead 2 -> from Sun 2027-01-03 (Berlin) on
        ("2027-01-02T22:59", 2, False),  # 23:59 Saturday in Berlin
        ("2027-01-02T23:00", 2, True),  # Berlin midnight: Sunday
        ("2027-01-05T22:59", 2, True),  # the last minute of the validity day
        ("2027-01-05T23:00", 2, False),  # expired: the server rejects it
        ("2027-01-04T23:00", 0, True),  # lead 0: on the day itself only
        ("2027-01-04T22:59", 0, False),
        ("2026-12-21T23:00", 14, True),  # 14 days ahead, across the year end
        ("2026-12-21T22:59", 14, False),
    ],
)
def test_offer_expiry_window_in_berlin_days(now: str, lead: int, expected: bool) -> None:
    found = due_notices(utc(now), [offer(date(2027, 1, 5))], [], [], offer_lead_days=lead)
    assert [n.key for n in found] == (["offer_expiry:o1:2027-01-05"] if expected else [])
    if expected:
        assert found[0].kind is K.OFFER_EXPIRY and found[0].day == date(2027, 1, 5)
        assert found[0].order_id == "o1" and found[0].title == "Angebot o1"


def test_offer_expiry_across_the_spring_dst_switch() -> None:
    # Berlin switches to CEST on 2026-03-29: midnight is 22:00 UTC from then on.
    valid = offer(date(2026, 3, 31))
    assert keys(utc("2026-03-29T21:59"), [valid], [], [], offer_lead_days=1) == []
    assert keys(utc("2026-03-29T22:00"), [valid], [], [], offer_lead_days=1) == [
        "offer_expiry:o1:2026-03-31"
    ]
    assert next_notice_due(utc("2026-03-29T12:00"), [valid], [], 1) == utc("2026-03-29T22:00")


def test_only_offers_waiting_for_the_client_warn() -> None:
    day = date(2026, 6, 10)
    others = [
        OrderFacts("a", "Aktiv", OrderStatus.ACTIVE, day),
        OrderFacts("b", "Bei Smart", OrderStatus.SMART_REVIEW, day),
        OrderFacts("c", "Ohne Datum", OrderStatus.CLIENT_CONFIRMATION, None),
    ]
    assert keys(utc("2026-06-10T08:00"), others, [], []) == []


def test_a_moved_validity_date_warns_again_under_a_new_key() -> None:
    now = utc("2026-06-09T08:00")
    assert keys(now, [offer(date(2026, 6, 10))], [], []) != keys(
        now, [offer(date(2026, 6, 11))], [], []
    )


# --- invoice drafts -----------------------------------------------------------------------


def test_new_draft_and_its_last_day() -> None:
    inv = draft(date(2027, 1, 1))  # changeable until the end of 2026-12-31
    assert keys(utc("2026-12-26T08:00"), [], [inv], []) == ["invoice_draft:inv-o1"]
    last_day = due_notices(utc("2026-12-31T08:00"), [], [inv], [])
    assert [n.kind for n in last_day] == [K.INVOICE_DRAFT, K.INVOICE_LAST_DAY]
    assert last_day[1].key == "invoice_last_day:inv-o1:2027-01-01"
    assert last_day[1].day == date(2026, 12, 31)
    # From the invoice date on the draft is no longer changeable: nothing to say.
    assert keys(utc("2026-12-31T23:00"), [], [inv], []) == []


@pytest.mark.parametrize(("lead", "first"), [(1, "2026-12-30T23:00"), (3, "2026-12-28T23:00")])
def test_invoice_lead_time(lead: int, first: str) -> None:
    """Lead 1: on the last day (31 Dec); lead 3: from 29 Dec, each from Berlin midnight."""
    inv = draft(date(2027, 1, 1))
    assert next_notice_due(utc("2026-12-27T12:00"), [], [inv], invoice_lead_days=lead) == utc(first)

    def kinds(now: datetime) -> set[NoticeKind]:
        return {n.kind for n in due_notices(now, [], [inv], [], invoice_lead_days=lead)}

    assert kinds(utc(first).replace(hour=22, minute=59)) == {K.INVOICE_DRAFT}
    assert kinds(utc(first)) == {K.INVOICE_DRAFT, K.INVOICE_LAST_DAY}


def test_issued_or_cancelled_invoices_do_not_notify() -> None:
    now = utc("2026-12-30T08:00")
    for status in (InvoiceStatus.ISSUED, InvoiceStatus.AWAITING_UPDATE, InvoiceStatus.PAID):
        assert keys(now, [], [draft(date(2027, 1, 1), status)], []) == []


def test_next_due_is_none_without_future_deadlines() -> None:
    now = utc("2026-12-31T08:00")
    assert next_notice_due(now, [offer(date(2026, 12, 31))], [draft(date(2027, 1, 1))]) is None


# --- events -------------------------------------------------------------------------------


def test_events_by_who_acted() -> None:
    events = [
        event(10, "client_accepted", Actor.CLIENT),
        event(11, "client_rejected", Actor.CLIENT),
        event(12, "rejected", Actor.STAFF),
        event(13, "rejected", Actor.SYSTEM),  # not Smart's decision: not this notice
        event(14, "comment", Actor.STAFF),
        event(15, "approved", Actor.STAFF),
    ]
    found = due_notices(utc("2026-03-01T10:00"), [offer(date(2026, 3, 20))], [], events)
    assert [(n.key, n.kind) for n in found] == [
        ("event:10", K.CLIENT_CONFIRMED),
        ("event:11", K.CLIENT_REJECTED),
        ("event:12", K.SMART_REJECTED),
    ]
    assert found[1].reason == "zu teuer" and found[1].title == "Angebot o1"


# --- plan: once only, catch-up, first sync ------------------------------------------------


def _found() -> list:  # type: ignore[type-arg]
    events = [event(1, "client_accepted", Actor.CLIENT), event(2, "rejected", Actor.STAFF)]
    return due_notices(
        utc("2026-12-31T08:00"), [offer(date(2026, 12, 31), "o2")], [draft(date(2027, 1, 1))],
        events,
    )  # fmt: skip


def test_delivered_keys_are_never_shown_again() -> None:
    found = _found()
    every = {n.key for n in found}
    assert plan(found, every, baselined=True, catch_up=False).show == ()
    later = plan(found, every - {"event:2"}, baselined=True, catch_up=False)
    assert [n.key for n in later.show] == ["event:2"] and not later.summary


def test_catch_up_summarises_several() -> None:
    found = _found()
    assert len(found) == 5
    assert plan(found, set(), baselined=True, catch_up=True).summary
    one = plan(found[:1], set(), baselined=True, catch_up=True)
    assert len(one.show) == 1 and not one.summary  # a single notice is shown as it is


def test_a_flood_after_start_is_summarised_too() -> None:
    found = _found()
    assert not plan(found[:3], set(), baselined=True, catch_up=False).summary
    assert plan(found, set(), baselined=True, catch_up=False).summary


def test_first_sync_takes_history_in_silently_but_shows_what_is_due() -> None:
    chosen = plan(_found(), set(), baselined=False, catch_up=False)
    assert {n.key for n in chosen.silent} == {"event:1", "event:2"}
    assert {n.kind for n in chosen.show} == {K.OFFER_EXPIRY, K.INVOICE_DRAFT, K.INVOICE_LAST_DAY}
    assert chosen.summary
