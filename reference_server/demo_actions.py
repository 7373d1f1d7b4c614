"""The steps a demo order's story is made of (reference_server/demo_orders.py).

Each step does what the matching API route does, with the server's own workflow functions
(``move``, ``record_event``, the invoice workflow, client links, the time rules), so the seeded
data obeys the same rules as data made through the API. The story clock is set to each step's
moment before it runs: events, invoices and links carry that (past) time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.order import Order
from desktop_app.domain.order_json import order_to_json
from desktop_app.domain.status import InvoiceStatus, OrderStatus
from desktop_app.domain.validation import Severity, validate_order

from .auth import Principal
from .client_links import current_link_mail, send_client_link
from .clients import link_client
from .clock import ServerClock
from .inspections import note_inspection
from .invoice_workflow import OPEN_INVOICE_STATUSES, invoice_id, move_invoice
from .records import ClientLinkRecord, InvoiceRecord, OrderRecord
from .time_rules import apply_due_to_order, on_order_activated
from .workflow import move, record_event


class StoryClock(ServerClock):
    """A server clock that stands wherever the story is (always in the past)."""

    def __init__(self, moment: datetime) -> None:
        super().__init__(lambda: self.moment)
        self.moment = moment


@dataclass
class Scene:
    session: Session
    clock: StoryClock
    member_id: int
    support_id: int | None
    orders: dict[str, OrderRecord] = field(default_factory=dict)

    def naive_now(self) -> datetime:
        return self.clock.now().replace(tzinfo=None)


# A step acts on the order of the story it belongs to (named by the story's key).
Action = Callable[[Scene, str], None]


def submit(order: Order) -> Action:
    """What POST /orders does: validate as of that day, link the client, record "submitted"."""

    def act(scene: Scene, key: str) -> None:
        errors = [
            p for p in validate_order(order, scene.clock.today()) if p.severity is Severity.ERROR
        ]
        if errors:
            raise ValueError(f"demo order {key!r} would be refused: {errors}")
        now = scene.naive_now()
        document = order_to_json(order)
        document["status"] = OrderStatus.SMART_REVIEW.value
        document["client"]["id"] = link_client(scene.session, order.client, scene.member_id, now)
        record = OrderRecord(
            id=str(order.id),
            member_id=scene.member_id,
            status=OrderStatus.SMART_REVIEW.value,
            document=json.dumps(document),
            submitted_at=now,
            updated_at=now,
        )
        scene.session.add(record)
        scene.session.flush()
        record_event(scene.session, scene.clock, record, "submitted", "member", "draft")
        scene.orders[key] = record

    return act


def approve(scene: Scene, key: str) -> None:
    """Staff approval: active at once when client confirmation is skipped, else the link."""
    order = scene.orders[key]
    skip = json.loads(order.document).get("skip_client_confirmation") is True
    target = OrderStatus.ACTIVE if skip else OrderStatus.CLIENT_CONFIRMATION
    move(scene.session, scene.clock, order, target, "approved", "staff")
    if target is OrderStatus.ACTIVE:
        on_order_activated(scene.session, scene.clock, order)
    else:
        send_client_link(scene.session, scene.clock, order)


def staff_reject(reason: str) -> Action:
    def act(scene: Scene, key: str) -> None:
        order = scene.orders[key]
        move(scene.session, scene.clock, order, OrderStatus.REJECTED, "rejected", "staff", reason)

    return act


def _client_answer(answer: str, target: OrderStatus, event_type: str, reason: str) -> Action:
    """The client's answer through the e-mailed link (routes/client_confirmations.py)."""

    def act(scene: Scene, key: str) -> None:
        order = scene.orders[key]
        mail = current_link_mail(scene.session, order.id)
        assert mail is not None and mail.link_id is not None, f"{key}: no client link"
        link = scene.session.get(ClientLinkRecord, mail.link_id)
        assert link is not None  # foreign key
        move(scene.session, scene.clock, order, target, event_type, "client", reason)
        link.answer = answer
        link.answered_at = scene.naive_now()
        if target is OrderStatus.ACTIVE:
            on_order_activated(scene.session, scene.clock, order)

    return act


client_accept = _client_answer("accepted", OrderStatus.ACTIVE, "client_accepted", "")


def client_request_changes(comment: str) -> Action:
    return _client_answer(
        "changes_requested", OrderStatus.SMART_REVIEW, "client_requested_changes", comment
    )


def client_reject(reason: str) -> Action:
    return _client_answer("rejected", OrderStatus.REJECTED, "client_rejected", reason)


def request_cancellation(reason: str) -> Action:
    def act(scene: Scene, key: str) -> None:
        order = scene.orders[key]
        target = OrderStatus.CANCELLATION_REVIEW
        move(scene.session, scene.clock, order, target, "cancellation_requested", "member", reason)

    return act


def approve_cancellation(scene: Scene, key: str) -> None:
    """Cancelled, and every open invoice with it (routes/cancellation.py)."""
    order = scene.orders[key]
    move(scene.session, scene.clock, order, OrderStatus.CANCELLED, "cancellation_approved", "staff")
    invoices = scene.session.scalars(
        select(InvoiceRecord).where(InvoiceRecord.order_id == order.id).order_by(InvoiceRecord.id)
    ).all()
    for invoice in invoices:
        if InvoiceStatus(invoice.status) in OPEN_INVOICE_STATUSES:
            cancelled = InvoiceStatus.CANCELLED
            move_invoice(
                scene.session, scene.clock, invoice, cancelled, "invoice_cancelled", "staff"
            )


def comment(role: str, text: str) -> Action:
    def act(scene: Scene, key: str) -> None:
        order = scene.orders[key]
        record_event(scene.session, scene.clock, order, "comment", role, order.status, text)

    return act


def support_inspection(scene: Scene, key: str) -> None:
    if scene.support_id is not None:
        who = Principal(scene.support_id, "support")
        note_inspection(scene.session, scene.clock, scene.orders[key], who)


def _invoice_step(
    number: int, target: InvoiceStatus, event_type: str, actor: str, reason: str = ""
) -> Action:
    def act(scene: Scene, key: str) -> None:
        order = scene.orders[key]
        invoice = scene.session.get(InvoiceRecord, invoice_id(order.id, number))
        assert invoice is not None, f"{key}: invoice {number} was not drafted yet"
        move_invoice(scene.session, scene.clock, invoice, target, event_type, actor, reason)
        if target is InvoiceStatus.AWAITING_UPDATE:
            invoice.change_request = reason
        # as the routes do after an invoice changed: the order may now be complete
        apply_due_to_order(scene.session, scene.clock, order)

    return act


def invoice_change_request(number: int, text: str) -> Action:
    return _invoice_step(
        number, InvoiceStatus.AWAITING_UPDATE, "invoice_change_requested", "member", text
    )


def invoice_paid(number: int) -> Action:
    return _invoice_step(number, InvoiceStatus.PAID, "invoice_paid", "staff")


def invoice_disputed(number: int, reason: str) -> Action:
    return _invoice_step(number, InvoiceStatus.DISPUTED, "invoice_disputed", "staff", reason)
