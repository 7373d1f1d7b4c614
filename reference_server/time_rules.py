"""The rules the server clock drives, on Berlin calendar days (ServerClock.today()):

(a) a client_confirmation order whose offer validity has passed is rejected ("validity_expired");
    the validity date itself is still valid (through the end of that day);
(b) an active order gets each invoice draft on its T-7, at once if T-7 has already passed
    ("invoice_draft_created");
(c) a draft is issued on its invoice date unless the member asked for a change
    (awaiting_update) — also when the invoice date had already passed when the draft was made
    ("invoice_issued"). [assumed] Drafts of an order in cancellation_review wait for Smart's
    decision; drafts of a rejected order are still issued: that is why the seed tells members
    to ask for a change ("cancel it") on such a draft;
(d) an active order is completed when every planned invoice exists and has left draft /
    awaiting_update (issued, disputed, paid or cancelled all count: invoicing took place) and
    the service period is over (service_end < today) ("completed").

Every rule is idempotent. The full sweep runs once per Berlin day (the first request of the
day, and after POST /api/v1/dev/clock); actions that change what the rules see during the day
(approval to active, client accept, cancellation declined, send now, resolved change, invoice
cancelled) apply the rules to their one order directly.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import date
from decimal import Decimal

from fastapi import Request
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.domain.order import Order
from desktop_app.domain.order_json import order_from_json
from desktop_app.domain.status import InvoiceStatus, OrderStatus

from .clock import ServerClock
from .context import ServerContext, context_of
from .invoice_workflow import create_draft, move_invoice
from .invoices import DEFAULT_CONTRIBUTION_PERCENT, draft_due_on, plan_invoices
from .records import InvoiceRecord, OrderRecord
from .workflow import move

log = logging.getLogger(__name__)

_INVOICED = frozenset(
    {InvoiceStatus.ISSUED, InvoiceStatus.DISPUTED, InvoiceStatus.PAID, InvoiceStatus.CANCELLED}
)


class TimeRules:
    """The server's invoicing settings and the Berlin day of the last full sweep."""

    def __init__(self, contribution_percent: Decimal = DEFAULT_CONTRIBUTION_PERCENT) -> None:
        self.contribution_percent = contribution_percent
        self._swept_day: date | None = None
        self._lock = threading.Lock()

    def run_if_new_day(self, ctx: ServerContext) -> None:
        """Cheap on every request: a full sweep only when the Berlin date has changed."""
        today = ctx.clock.today()
        with self._lock:
            if self._swept_day == today:
                return
            try:
                with ctx.db.session() as session:
                    apply_due(session, ctx.clock, self.contribution_percent)
            except Exception:
                # One failing sweep must not take every endpoint down; the next request retries.
                log.exception("time rules sweep failed")
                return
            self._swept_day = today

    def sweep_now(self, ctx: ServerContext) -> None:
        with self._lock:
            self._swept_day = None
        self.run_if_new_day(ctx)


def rules_of(request: Request) -> TimeRules:
    return request.app.state.time_rules  # type: ignore[no-any-return]


def run_due_rules(request: Request) -> None:
    """App-level dependency: runs before every request's handler."""
    rules_of(request).run_if_new_day(context_of(request))


def apply_due(
    session: Session,
    clock: ServerClock,
    contribution_percent: Decimal = DEFAULT_CONTRIBUTION_PERCENT,
) -> None:
    """Apply every rule to every order it may concern."""
    today = clock.today()
    due_drafts = select(InvoiceRecord.order_id).where(
        InvoiceRecord.status == InvoiceStatus.DRAFT.value, InvoiceRecord.invoice_date <= today
    )
    watched = [OrderStatus.CLIENT_CONFIRMATION.value, OrderStatus.ACTIVE.value]
    orders = session.scalars(
        select(OrderRecord)
        .where(or_(OrderRecord.status.in_(watched), OrderRecord.id.in_(due_drafts)))
        .order_by(OrderRecord.submitted_at, OrderRecord.id)
    ).all()
    for order in orders:
        apply_due_to_order(session, clock, order, contribution_percent, today)


def on_order_activated(
    session: Session,
    clock: ServerClock,
    order: OrderRecord,
    contribution_percent: Decimal = DEFAULT_CONTRIBUTION_PERCENT,
) -> None:
    """Call right after an order became active: a T-7 already passed gives its draft at once."""
    apply_due_to_order(session, clock, order, contribution_percent)


def apply_due_to_order(
    session: Session,
    clock: ServerClock,
    order: OrderRecord,
    contribution_percent: Decimal = DEFAULT_CONTRIBUTION_PERCENT,
    today: date | None = None,
) -> None:
    today = today or clock.today()
    status = OrderStatus(order.status)
    content = order_from_json(json.loads(order.document))
    if status is OrderStatus.CLIENT_CONFIRMATION:
        valid_until = content.offer_valid_until
        if valid_until is not None and valid_until < today:
            move(session, clock, order, OrderStatus.REJECTED, "validity_expired", "system")
        return
    if status is OrderStatus.ACTIVE:
        _create_due_drafts(session, clock, order, content, contribution_percent, today)
    if status is not OrderStatus.CANCELLATION_REVIEW:
        _issue_due_drafts(session, clock, order, today)
    if status is OrderStatus.ACTIVE:
        _complete_if_done(session, clock, order, content, today)


def _create_due_drafts(
    session: Session,
    clock: ServerClock,
    order: OrderRecord,
    content: Order,
    contribution_percent: Decimal,
    today: date,
) -> None:
    existing = set(
        session.scalars(select(InvoiceRecord.number).where(InvoiceRecord.order_id == order.id))
    )
    for planned in plan_invoices(content, contribution_percent):
        if planned.number not in existing and draft_due_on(planned.invoice_date) <= today:
            create_draft(session, clock, order, planned)


def _issue_due_drafts(
    session: Session, clock: ServerClock, order: OrderRecord, today: date
) -> None:
    drafts = session.scalars(
        select(InvoiceRecord)
        .where(
            InvoiceRecord.order_id == order.id,
            InvoiceRecord.status == InvoiceStatus.DRAFT.value,
            InvoiceRecord.invoice_date <= today,
        )
        .order_by(InvoiceRecord.number)
    ).all()
    for invoice in drafts:
        move_invoice(session, clock, invoice, InvoiceStatus.ISSUED, "invoice_issued", "system")


def _complete_if_done(
    session: Session, clock: ServerClock, order: OrderRecord, content: Order, today: date
) -> None:
    if content.service_end is None or content.service_end >= today:
        return
    rows = session.execute(
        select(InvoiceRecord.number, InvoiceRecord.status).where(InvoiceRecord.order_id == order.id)
    )
    statuses = {number: status for number, status in rows}
    planned = range(1, len(content.invoice_dates) + 1)
    if all(InvoiceStatus(statuses.get(n, "draft")) in _INVOICED for n in planned):
        move(session, clock, order, OrderStatus.COMPLETED, "completed", "system")
