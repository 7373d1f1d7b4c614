"""Client confirmation links: the link Smart e-mails to the client after approving an order.

The token is random (``secrets.token_urlsafe(32)``, 256 bits) and only its sha256 is stored
with the link, so looking a token up is a lookup by hash and a wrong token costs the same as an
unknown one. The reference server sends no e-mail: :class:`MailOutboxRecord` stands in for the
client's inbox and keeps the plaintext token, which staff read through
``GET /api/v1/staff/orders/{id}/client-link`` (demo and tests). A real back office would hand the
token to its mailer and keep only the hash.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.order_json import order_from_json
from desktop_app.domain.status import OrderStatus
from desktop_app.domain.vat import preview_amounts

from .clock import ServerClock
from .problems import ApiProblem, not_found
from .records import ClientLinkRecord, MailOutboxRecord, OrderRecord, UserRecord

MAX_TOKEN_LENGTH = 100


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def send_client_link(session: Session, clock: ServerClock, order: OrderRecord) -> str:
    """Supersede the order's current link, make a new one and "e-mail" it; returns the token."""
    now = clock.now().replace(tzinfo=None)
    for old in session.scalars(
        select(ClientLinkRecord).where(
            ClientLinkRecord.order_id == order.id, ClientLinkRecord.superseded_at.is_(None)
        )
    ):
        old.superseded_at = now
    session.flush()  # the partial unique index allows one current link per order
    token = secrets.token_urlsafe(32)
    link = ClientLinkRecord(token_hash=token_hash(token), order_id=order.id, created_at=now)
    session.add(link)
    session.flush()
    recipient = str(json.loads(order.document).get("contact_email") or "")
    session.add(
        MailOutboxRecord(
            order_id=order.id,
            link_id=link.id,
            kind="client_confirmation",
            recipient=recipient,
            token=token,
            created_at=now,
        )
    )
    return token


def current_link_mail(session: Session, order_id: str) -> MailOutboxRecord | None:
    """The outbox e-mail carrying the order's current link, if the order has one."""
    return session.scalar(
        select(MailOutboxRecord)
        .join(ClientLinkRecord, MailOutboxRecord.link_id == ClientLinkRecord.id)
        .where(ClientLinkRecord.order_id == order_id, ClientLinkRecord.superseded_at.is_(None))
    )


def find_link(session: Session, token: str) -> tuple[ClientLinkRecord, OrderRecord]:
    """The link and its order; 404 for an unknown token, 410 for a superseded link."""
    link = None
    if len(token) <= MAX_TOKEN_LENGTH:
        link = session.scalar(
            select(ClientLinkRecord).where(ClientLinkRecord.token_hash == token_hash(token))
        )
    if link is None:
        raise not_found("confirmation link")
    if link.superseded_at is not None:
        raise ApiProblem(
            410, "link_superseded", "This link was replaced", "Smart sent a newer link"
        )
    order = session.get(OrderRecord, link.order_id)
    assert order is not None  # foreign key
    return link, order


def offer_expired(clock: ServerClock, document: dict[str, Any]) -> bool:
    """A validity date is valid through the end of that Berlin day."""
    valid_until = document.get("offer_valid_until")
    return valid_until is not None and clock.today() > date.fromisoformat(valid_until)


def client_view(
    session: Session, clock: ServerClock, link: ClientLinkRecord, order: OrderRecord
) -> dict[str, Any]:
    """What the client sees: the offer, its totals, and whether it can still be answered.
    Smart's contribution and the member's budget are internal and not shown."""
    document = json.loads(order.document)
    offer = order_from_json(document)
    amounts = preview_amounts(offer)
    member = session.get(UserRecord, order.member_id)
    can_answer = (
        link.answer is None
        and order.status == OrderStatus.CLIENT_CONFIRMATION.value
        and not offer_expired(clock, document)
    )
    return {
        "status": order.status,
        "member_name": member.display_name if member is not None else "",
        "client_name": offer.client.legal_name,
        "contact_name": offer.contact_name,
        "order_description": offer.order_description,
        "service_description": offer.service_description,
        "service_start": document.get("service_start"),
        "service_end": document.get("service_end"),
        "currency": offer.currency,
        "line_items": [
            {
                "description": item.description,
                "quantity": str(item.quantity),
                "unit": item.unit,
                "unit_price_cents": item.unit_price_cents,
                "net_cents": item.net_cents,
            }
            for item in offer.line_items
        ],
        "totals": {
            "net_cents": amounts.net_cents,
            "vat_rate": amounts.vat_rate.value,
            "vat_percent": str(amounts.vat_rate.percent),
            "vat_cents": amounts.vat_cents,
            "gross_cents": amounts.gross_cents,
        },
        "offer_valid_until": document.get("offer_valid_until"),
        "answer": link.answer,
        "can_answer": can_answer,
    }
