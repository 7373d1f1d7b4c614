"""What the member is told about without looking: pure rules of (now, orders, invoices,
events) and what was already delivered.

Dates are Europe/Berlin calendar days of the server's time (like deadlines.py). Each
notice has a stable key, so it is delivered once: a timeline event by its server
sequence number, an invoice draft by its id, a deadline by what it is about *and* its date
(a moved validity date warns again).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from .deadlines import OrderFacts, berlin_today, start_of_day
from .invoice import Invoice
from .status import InvoiceStatus, OrderStatus
from .timeline import Actor, TimelineEvent

OFFER_LEAD_DAYS = 2  # warn this many days before the validity day ends (0: on the day)
INVOICE_LEAD_DAYS = 1  # warn this many days before the invoice date (1: on the last day)
# More new notices than this in one round become one summary instead of a flood.
MAX_SINGLE = 3
BASELINE_KEY = "@baseline"  # set once the profile's history was taken in (see plan)


class NoticeKind(StrEnum):
    INVOICE_DRAFT = "invoice_draft"
    OFFER_EXPIRY = "offer_expiry"
    INVOICE_LAST_DAY = "invoice_last_day"
    CLIENT_CONFIRMED = "client_confirmed"
    CLIENT_REJECTED = "client_rejected"
    SMART_REJECTED = "smart_rejected"


# Timeline event types that notify, with who must have done it.
EVENT_KINDS: dict[str, tuple[Actor, NoticeKind]] = {
    "client_accepted": (Actor.CLIENT, NoticeKind.CLIENT_CONFIRMED),
    "client_rejected": (Actor.CLIENT, NoticeKind.CLIENT_REJECTED),
    "rejected": (Actor.STAFF, NoticeKind.SMART_REJECTED),
}
EVENT_TYPES = frozenset(EVENT_KINDS)


@dataclass(frozen=True)
class Notice:
    key: str
    kind: NoticeKind
    order_id: str
    title: str  # the order's title ("" when the order is not known locally)
    at: datetime  # aware UTC: when it happened or became due
    day: date | None = None  # validity day, or the last day to request invoice changes
    reason: str = ""

    @property
    def from_event(self) -> bool:
        return self.key.startswith("event:")


@dataclass(frozen=True)
class Plan:
    show: tuple[Notice, ...]  # notify (newest last)
    silent: tuple[Notice, ...]  # mark delivered without notifying (history)
    summary: bool  # one summary notification instead of one per notice


def last_change_day(invoice: Invoice) -> date:
    """A draft can be changed until the end of the day before its invoice date."""
    return invoice.invoice_date - timedelta(days=1)


def due_notices(
    now: datetime,
    orders: Iterable[OrderFacts],
    invoices: Iterable[Invoice],
    events: Iterable[TimelineEvent],
    offer_lead_days: int = OFFER_LEAD_DAYS,
    invoice_lead_days: int = INVOICE_LEAD_DAYS,
) -> list[Notice]:
    """Every notice that applies at ``now`` (delivered or not), oldest first."""
    today = berlin_today(now)
    orders = list(orders)
    titles = {o.id: o.title for o in orders}
    found: list[Notice] = []
    for order in orders:
        valid = order.offer_valid_until
        if order.status is OrderStatus.CLIENT_CONFIRMATION and valid is not None:
            first = valid - timedelta(days=offer_lead_days)
            if first <= today <= valid:
                key = f"offer_expiry:{order.id}:{valid.isoformat()}"
                found.append(
                    Notice(
                        key, NoticeKind.OFFER_EXPIRY, order.id, order.title,
                        start_of_day(first), valid,
                    )
                )  # fmt: skip
    for invoice in invoices:
        last = last_change_day(invoice)
        if invoice.status is not InvoiceStatus.DRAFT or today > last:
            continue  # issued, or no longer changeable: old news
        title = titles.get(invoice.order_id, "")
        found.append(
            Notice(
                f"invoice_draft:{invoice.id}", NoticeKind.INVOICE_DRAFT, invoice.order_id,
                title, invoice.updated_at, last,
            )
        )  # fmt: skip
        first = invoice.invoice_date - timedelta(days=invoice_lead_days)
        if today >= first:
            found.append(
                Notice(
                    f"invoice_last_day:{invoice.id}:{invoice.invoice_date.isoformat()}",
                    NoticeKind.INVOICE_LAST_DAY, invoice.order_id, title,
                    start_of_day(first), last,
                )
            )  # fmt: skip
    for event in events:
        rule = EVENT_KINDS.get(event.type)
        if rule is None or event.seq is None or event.actor is not rule[0]:
            continue
        found.append(
            Notice(
                f"event:{event.seq}", rule[1], event.order_id, titles.get(event.order_id, ""),
                event.at, reason=event.reason,
            )
        )  # fmt: skip
    return sorted(found, key=lambda n: (n.at, n.key))


def next_notice_due(
    now: datetime,
    orders: Iterable[OrderFacts],
    invoices: Iterable[Invoice],
    offer_lead_days: int = OFFER_LEAD_DAYS,
    invoice_lead_days: int = INVOICE_LEAD_DAYS,
) -> datetime | None:
    """The next Berlin midnight at which a deadline notice becomes due (for one timer)."""
    today = berlin_today(now)
    days: list[date] = []
    for order in orders:
        if order.status is OrderStatus.CLIENT_CONFIRMATION and order.offer_valid_until:
            days.append(order.offer_valid_until - timedelta(days=offer_lead_days))
    for invoice in invoices:
        if invoice.status is InvoiceStatus.DRAFT:
            days.append(invoice.invoice_date - timedelta(days=invoice_lead_days))
    later = [d for d in days if d > today]
    return start_of_day(min(later)) if later else None


def plan(found: Iterable[Notice], delivered: set[str], baselined: bool, catch_up: bool) -> Plan:
    """What to do with the notices not yet delivered.

    ``baselined`` is False until the profile's history was taken in once (a new profile's
    first pull, or the first run after the upgrade that added notifications): then past
    events are marked delivered silently — old history is no news — while deadlines that
    are due now are still shown, as one summary when there are several. ``catch_up``
    (the first rounds after a start) summarises what happened while the app was closed."""
    new = [n for n in found if n.key not in delivered]
    silent = tuple(n for n in new if n.from_event and not baselined)
    show = tuple(n for n in new if n not in silent)
    summary = len(show) > MAX_SINGLE or (len(show) > 1 and (catch_up or not baselined))
    return Plan(show, silent, summary)
