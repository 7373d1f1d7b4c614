"""Order lifecycle on the server: every change goes through the domain's transition table
and is recorded as an event (the changes feed)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session, object_session

from desktop_app.domain.status import OrderStatus

from .attachments import attachments_of, order_attachments
from .auth import Principal
from .clock import ServerClock
from .problems import ApiProblem, not_found
from .records import EventRecord, OrderRecord


def order_document(
    record: OrderRecord, attachments: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(record.document)
    document["status"] = record.status
    document["submitted_at"] = record.submitted_at.isoformat() + "Z"
    document["updated_at"] = record.updated_at.isoformat() + "Z"
    session = object_session(record)
    if attachments is not None:
        document["attachments"] = attachments
    elif session is not None:
        # The files the server holds, not the list the member declared at submit: what the
        # desktop app and Smart see must be what was uploaded (one query per order).
        document["attachments"] = order_attachments(session, record.id)
    return document


def order_documents(session: Session, records: Sequence[OrderRecord]) -> list[dict[str, Any]]:
    """Many orders as order_document makes them, with one attachments query for all."""
    files = attachments_of(session, [record.id for record in records])
    return [order_document(record, files[record.id]) for record in records]


def find_order(session: Session, order_id: str, who: Principal) -> OrderRecord:
    """The order as ``who`` may see it: another member's order does not exist for a member."""
    record = session.get(OrderRecord, order_id)
    if record is None or (who.role == "member" and record.member_id != who.user_id):
        raise not_found("order")
    return record


def record_event(
    session: Session,
    clock: ServerClock,
    order: OrderRecord,
    event_type: str,
    actor_role: str,
    status_from: str | None,
    reason: str = "",
) -> EventRecord:
    event = EventRecord(
        order_id=order.id,
        member_id=order.member_id,
        type=event_type,
        actor_role=actor_role,
        status_from=status_from,
        status_to=order.status,
        reason=reason,
        at=clock.now().replace(tzinfo=None),
    )
    session.add(event)
    return event


def move(
    session: Session,
    clock: ServerClock,
    order: OrderRecord,
    target: OrderStatus,
    event_type: str,
    actor_role: str,
    reason: str = "",
) -> None:
    source = OrderStatus(order.status)
    if not source.can_move_to(target):
        raise ApiProblem(
            409,
            "illegal_transition",
            "Not possible in this status",
            f"{source.value} -> {target.value}",
            current_status=source.value,
        )
    order.status = target.value
    order.updated_at = clock.now().replace(tzinfo=None)
    record_event(session, clock, order, event_type, actor_role, source.value, reason)
