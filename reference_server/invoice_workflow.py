"""Invoices on the server: drafts from an order, legal moves through the domain's invoice
transition table, and an event on the order's timeline for each change (with ``invoice_id``)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.status import InvoiceStatus
from desktop_app.domain.vat import VatRate

from .auth import Principal
from .clock import ServerClock
from .invoices import Amounts, PlannedInvoice
from .problems import ApiProblem, not_found
from .records import InvoiceRecord, OrderRecord
from .workflow import record_event

# Still to be settled by Smart: cancelling an order cancels these (a paid invoice is refunded
# outside this API).
OPEN_INVOICE_STATUSES = frozenset(
    {
        InvoiceStatus.DRAFT,
        InvoiceStatus.AWAITING_UPDATE,
        InvoiceStatus.ISSUED,
        InvoiceStatus.DISPUTED,
    }
)


def invoice_id(order_id: str, number: int) -> str:
    return f"{order_id}-{number}"


def invoice_document(record: InvoiceRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "order_id": record.order_id,
        "number": record.number,
        "instalments": record.instalments,
        "status": record.status,
        "invoice_date": record.invoice_date.isoformat(),
        "currency": record.currency,
        "net_cents": record.net_cents,
        "vat_rate": record.vat_rate,
        "vat_percent": str(VatRate(record.vat_rate).percent),
        "vat_cents": record.vat_cents,
        "gross_cents": record.gross_cents,
        "contribution_percent": record.contribution_percent,
        "contribution_cents": record.contribution_cents,
        "lines": json.loads(record.lines),
        "change_request": record.change_request,
        "updated_at": record.updated_at.isoformat() + "Z",
    }


def invoices_of(session: Session, order_ids: list[str]) -> list[InvoiceRecord]:
    if not order_ids:
        return []
    query = select(InvoiceRecord).where(InvoiceRecord.order_id.in_(order_ids))
    return list(session.scalars(query.order_by(InvoiceRecord.order_id, InvoiceRecord.number)))


def find_invoice(session: Session, invoice_id: str, who: Principal) -> InvoiceRecord:
    """The invoice as ``who`` may see it: another member's invoice does not exist for a member."""
    record = session.get(InvoiceRecord, invoice_id)
    if record is None or (who.role == "member" and record.member_id != who.user_id):
        raise not_found("invoice")
    return record


def set_amounts(record: InvoiceRecord, amounts: Amounts) -> None:
    record.net_cents = amounts.net_cents
    record.vat_rate = amounts.vat_rate.value
    record.vat_cents = amounts.vat_cents
    record.gross_cents = amounts.gross_cents
    record.contribution_percent = str(amounts.contribution_percent)
    record.contribution_cents = amounts.contribution_cents


def create_draft(
    session: Session, clock: ServerClock, order: OrderRecord, planned: PlannedInvoice
) -> InvoiceRecord:
    now = clock.now().replace(tzinfo=None)
    record = InvoiceRecord(
        id=invoice_id(order.id, planned.number),
        order_id=order.id,
        member_id=order.member_id,
        number=planned.number,
        instalments=planned.instalments,
        invoice_date=planned.invoice_date,
        status=InvoiceStatus.DRAFT.value,
        currency=planned.currency,
        lines=json.dumps(planned.lines),
        change_request="",
        created_at=now,
        updated_at=now,
    )
    set_amounts(record, planned.amounts)
    session.add(record)
    session.flush()  # the event's foreign key needs the row
    record_invoice_event(session, clock, order, record, "invoice_draft_created", "system")
    return record


def record_invoice_event(
    session: Session,
    clock: ServerClock,
    order: OrderRecord,
    invoice: InvoiceRecord,
    event_type: str,
    actor_role: str,
    reason: str = "",
) -> None:
    """An invoice change on the order's timeline; the order's status is unchanged."""
    event = record_event(session, clock, order, event_type, actor_role, order.status, reason)
    event.invoice_id = invoice.id


def move_invoice(
    session: Session,
    clock: ServerClock,
    invoice: InvoiceRecord,
    target: InvoiceStatus,
    event_type: str,
    actor_role: str,
    reason: str = "",
) -> None:
    source = InvoiceStatus(invoice.status)
    if not source.can_move_to(target):
        raise ApiProblem(
            409,
            "illegal_transition",
            "Not possible in this status",
            f"{source.value} -> {target.value}",
            current_status=source.value,
        )
    invoice.status = target.value
    invoice.updated_at = clock.now().replace(tzinfo=None)
    order = session.get(OrderRecord, invoice.order_id)
    assert order is not None  # foreign key
    record_invoice_event(session, clock, order, invoice, event_type, actor_role, reason)


def contribution_percent_of(record: InvoiceRecord) -> Decimal:
    return Decimal(record.contribution_percent)
