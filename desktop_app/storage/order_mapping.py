"""Conversion between ORM records and domain values."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ..domain.order import Address, AttachmentRef, Client, ClientType, LineItem, Order
from ..domain.status import OrderStatus
from .records import AttachmentRecord, InvoiceDateRecord, LineItemRecord, OrderRecord


def utc(moment: datetime | None) -> datetime | None:
    # SQLite keeps naive datetimes; everything stored is UTC.
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def order_from_record(record: OrderRecord) -> Order:
    return Order(
        id=uuid.UUID(record.id),
        status=OrderStatus(record.status),
        budget=record.budget,
        client=Client(
            type=ClientType(record.client_type),
            legal_name=record.client_legal_name,
            address=Address(
                street=record.client_street,
                postal_code=record.client_postal_code,
                city=record.client_city,
                country=record.client_country,
            ),
            vat_id=record.client_vat_id,
            invoice_email=record.client_invoice_email,
            server_id=record.client_server_id,
        ),
        contact_name=record.contact_name,
        contact_email=record.contact_email,
        order_description=record.order_description,
        service_description=record.service_description,
        service_start=record.service_start,
        service_end=record.service_end,
        line_items=tuple(
            LineItem(
                description=item.description,
                quantity=Decimal(item.quantity),
                unit=item.unit,
                unit_price_cents=item.unit_price_cents,
            )
            for item in record.line_items
        ),
        currency=record.currency,
        reduced_vat=record.reduced_vat,
        invoice_dates=tuple(d.day for d in record.invoice_dates),
        offer_valid_until=record.offer_valid_until,
        skip_client_confirmation=record.skip_client_confirmation,
        special_agreement=record.special_agreement,
        attachments=tuple(
            AttachmentRef(
                sha256=a.sha256,
                filename=a.filename,
                size=a.size,
                media_type=a.media_type,
                is_confirmation_proof=a.is_confirmation_proof,
            )
            for a in record.attachments
        ),
        created_at=utc(record.created_at),
        updated_at=utc(record.updated_at),
    )


def order_columns(order: Order) -> dict[str, Any]:
    """The orders row of ``order`` (without ``id``), by column name."""
    client = order.client
    assert order.created_at is not None and order.updated_at is not None
    return {
        "status": order.status.value,
        "budget": order.budget,
        "client_type": client.type.value,
        "client_legal_name": client.legal_name,
        "client_street": client.address.street,
        "client_postal_code": client.address.postal_code,
        "client_city": client.address.city,
        "client_country": client.address.country,
        "client_vat_id": client.vat_id,
        "client_invoice_email": client.invoice_email,
        "client_server_id": client.server_id,
        "contact_name": order.contact_name,
        "contact_email": order.contact_email,
        "order_description": order.order_description,
        "service_description": order.service_description,
        "service_start": order.service_start,
        "service_end": order.service_end,
        "currency": order.currency,
        "reduced_vat": order.reduced_vat,
        "offer_valid_until": order.offer_valid_until,
        "skip_client_confirmation": order.skip_client_confirmation,
        "special_agreement": order.special_agreement,
        "created_at": naive_utc(order.created_at),
        "updated_at": naive_utc(order.updated_at),
        "title": order.title[:300],
        "net_cents": order.net_cents,
    }


def line_item_rows(order: Order) -> list[dict[str, Any]]:
    return [
        {
            "position": i,
            "description": item.description,
            "quantity": str(item.quantity),
            "unit": item.unit,
            "unit_price_cents": item.unit_price_cents,
        }
        for i, item in enumerate(order.line_items)
    ]


def invoice_date_rows(order: Order) -> list[dict[str, Any]]:
    return [{"position": i, "day": day} for i, day in enumerate(order.invoice_dates)]


def attachment_rows(order: Order) -> list[dict[str, Any]]:
    return [
        {
            "position": i,
            "sha256": a.sha256,
            "filename": a.filename,
            "size": a.size,
            "media_type": a.media_type,
            "is_confirmation_proof": a.is_confirmation_proof,
        }
        for i, a in enumerate(order.attachments)
    ]


def fill_record(record: OrderRecord, order: Order) -> None:
    """Copy every field of ``order`` onto ``record``, replacing its children."""
    for name, value in order_columns(order).items():
        setattr(record, name, value)
    record.line_items = [LineItemRecord(**row) for row in line_item_rows(order)]
    record.invoice_dates = [InvoiceDateRecord(**row) for row in invoice_date_rows(order)]
    record.attachments = [AttachmentRecord(**row) for row in attachment_rows(order)]
