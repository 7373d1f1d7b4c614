"""What needs the member now and soon, as pure functions of (now, orders, ...).

Every date is a Europe/Berlin calendar day (domain.md): an offer is valid through the end of
its validity day; an invoice draft can be changed until the end of the day before its invoice
date; "waiting for Smart" counts hours on Berlin weekdays (review_time). ``now`` is injected
(the caller passes the server's time) so the same inputs always give the same list.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from .commands import Command
from .invoice import Invoice
from .review_time import BERLIN, REVIEW_TARGET_HOURS, weekday_hours
from .status import InvoiceStatus, OrderStatus

OFFER_LEAD_DAYS = 3


class DeadlineKind(StrEnum):
    NEEDS_ATTENTION = "needs_attention"
    OFFER_EXPIRING = "offer_expiring"
    INVOICE_REVIEW = "invoice_review"
    WAITING_FOR_SMART = "waiting_for_smart"
    CANCELLATION_PENDING = "cancellation_pending"


# Urgency: what only the member can fix first, then what runs out by date (soonest first),
# then what Smart owes the member (longest wait first), then what merely waits.
_URGENCY = {
    DeadlineKind.NEEDS_ATTENTION: 0,
    DeadlineKind.OFFER_EXPIRING: 1,
    DeadlineKind.INVOICE_REVIEW: 1,
    DeadlineKind.WAITING_FOR_SMART: 2,
    DeadlineKind.CANCELLATION_PENDING: 3,
}


@dataclass(frozen=True)
class OrderFacts:
    """What the deadlines need of an order (a list row plus the offer's validity)."""

    id: str
    title: str
    status: OrderStatus
    offer_valid_until: date | None = None


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    order_id: str
    title: str
    due: datetime | None  # aware UTC: when it runs out (or ran out); None: no date
    day: date | None = None  # the validity day or the invoice date
    days_left: int | None = None  # Berlin calendar days from today to ``day``
    hours: float | None = None  # weekday hours with Smart
    detail: str = ""  # the refused command's kind and the server's reason
    invoice_id: str | None = None

    @property
    def urgency(self) -> int:
        return _URGENCY[self.kind]

    def sort_key(self) -> tuple[int, datetime, str]:
        return (self.urgency, self.due or datetime.max.replace(tzinfo=UTC), self.order_id)


def start_of_day(day: date) -> datetime:
    """Berlin midnight at the start of ``day``, in UTC (DST-safe: combine, then convert)."""
    return datetime.combine(day, time(0), BERLIN).astimezone(UTC)


def berlin_today(now: datetime) -> date:
    return now.astimezone(BERLIN).date()


def deadlines(
    now: datetime,
    orders: Iterable[OrderFacts],
    invoices: Iterable[Invoice],
    review_since: Mapping[str, datetime],
    failed_commands: Iterable[Command],
    offer_lead_days: int = OFFER_LEAD_DAYS,
) -> list[Deadline]:
    """Everything due now or within ``offer_lead_days``, most urgent first."""
    today = berlin_today(now)
    orders = list(orders)
    titles = {o.id: o.title for o in orders}
    found: list[Deadline] = []
    for command in failed_commands:
        detail = f"{command.kind.value}: {command.error_message or command.error_code}"
        found.append(
            Deadline(
                DeadlineKind.NEEDS_ATTENTION,
                command.order_id,
                titles.get(command.order_id, ""),
                command.created_at.astimezone(UTC),
                detail=detail,
            )
        )
    for order in orders:
        if order.status is OrderStatus.CLIENT_CONFIRMATION and order.offer_valid_until:
            left = (order.offer_valid_until - today).days
            if left <= offer_lead_days:
                end = start_of_day(order.offer_valid_until + timedelta(days=1))
                found.append(
                    Deadline(
                        DeadlineKind.OFFER_EXPIRING,
                        order.id,
                        order.title,
                        end,
                        order.offer_valid_until,
                        left,
                    )
                )
        elif order.status is OrderStatus.SMART_REVIEW and order.id in review_since:
            since = review_since[order.id]
            hours = weekday_hours(since, now)
            if hours > REVIEW_TARGET_HOURS:
                due = after_weekday_hours(since, REVIEW_TARGET_HOURS)
                found.append(
                    Deadline(
                        DeadlineKind.WAITING_FOR_SMART, order.id, order.title, due, hours=hours
                    )
                )
        elif order.status is OrderStatus.CANCELLATION_REVIEW:
            found.append(Deadline(DeadlineKind.CANCELLATION_PENDING, order.id, order.title, None))
    for invoice in invoices:
        left = (invoice.invoice_date - today).days
        if invoice.status is InvoiceStatus.DRAFT and left >= 1:
            found.append(
                Deadline(
                    DeadlineKind.INVOICE_REVIEW,
                    invoice.order_id,
                    titles.get(invoice.order_id, ""),
                    start_of_day(invoice.invoice_date),
                    invoice.invoice_date,
                    left,
                    invoice_id=invoice.id,
                )
            )
    return sorted(found, key=Deadline.sort_key)


def next_due(
    now: datetime,
    orders: Iterable[OrderFacts],
    invoices: Iterable[Invoice],
    review_since: Mapping[str, datetime],
) -> datetime | None:
    """The next moment the list (or a text in it) changes by time alone, for one timer.

    Days left change at every Berlin midnight while an offer waits for the client or a draft
    is open; a review's hours shown change at each full weekday hour. Data changes (a sync,
    a failed command) refresh the list without a timer."""
    candidates: list[datetime] = []
    today = berlin_today(now)
    for order in orders:
        if order.status is OrderStatus.CLIENT_CONFIRMATION and order.offer_valid_until:
            candidates.append(start_of_day(today + timedelta(days=1)))
        elif order.status is OrderStatus.SMART_REVIEW and order.id in review_since:
            since = review_since[order.id]
            shown = weekday_hours(since, now)
            target = max(REVIEW_TARGET_HOURS, math.floor(shown) + 1)
            candidates.append(after_weekday_hours(since, target))
    if any(i.status is InvoiceStatus.DRAFT and i.invoice_date > today for i in invoices):
        candidates.append(start_of_day(today + timedelta(days=1)))
    later = [c for c in candidates if c > now]
    return min(later) if later else None


def after_weekday_hours(start: datetime, hours: float) -> datetime:
    """The moment ``hours`` Berlin weekday hours after ``start`` have passed (UTC)."""
    remaining = timedelta(hours=hours)
    cursor = start.astimezone(UTC)
    while True:
        day = cursor.astimezone(BERLIN).date()
        day_end = start_of_day(day + timedelta(days=1))
        if day.weekday() < 5:
            piece = day_end - cursor
            if piece >= remaining:
                return cursor + remaining
            remaining -= piece
        cursor = day_end
