"""The order's JSON form on the wire (API contract field names, English). Pure stdlib.

Amounts are integer cents, quantities decimal strings, dates ISO 8601; unknown fields are
ignored, wrong types raise WireFormatError (the caller answers 422 or a typed client error).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import DomainError
from .order import Address, AttachmentRef, Client, ClientType, LineItem, Order
from .status import OrderStatus


class WireFormatError(DomainError):
    code = "wire_format"

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def order_to_json(order: Order) -> dict[str, Any]:
    client = order.client
    return {
        "id": str(order.id),
        "status": order.status.value,
        "budget": order.budget,
        "client": {
            "type": client.type.value,
            "legal_name": client.legal_name,
            "address": {
                "street": client.address.street,
                "postal_code": client.address.postal_code,
                "city": client.address.city,
                "country": client.address.country,
            },
            "vat_id": client.vat_id,
            "invoice_email": client.invoice_email,
            "id": client.server_id,
        },
        "contact_name": order.contact_name,
        "contact_email": order.contact_email,
        "order_description": order.order_description,
        "service_description": order.service_description,
        "service_start": _day(order.service_start),
        "service_end": _day(order.service_end),
        "line_items": [
            {
                "description": item.description,
                "quantity": str(item.quantity),
                "unit": item.unit,
                "unit_price_cents": item.unit_price_cents,
            }
            for item in order.line_items
        ],
        "currency": order.currency,
        "reduced_vat": order.reduced_vat,
        "invoice_dates": [d.isoformat() for d in order.invoice_dates],
        "offer_valid_until": _day(order.offer_valid_until),
        "skip_client_confirmation": order.skip_client_confirmation,
        "special_agreement": order.special_agreement,
        "attachments": [
            {
                "sha256": a.sha256,
                "filename": a.filename,
                "size": a.size,
                "media_type": a.media_type,
                "is_confirmation_proof": a.is_confirmation_proof,
            }
            for a in order.attachments
        ],
    }


def order_from_json(data: object) -> Order:
    """Parse an order; raises WireFormatError naming the first bad field."""
    root = _object(data, "$")
    return Order(
        id=_uuid(root.get("id"), "id"),
        status=_enum(OrderStatus, root.get("status", "draft"), "status"),
        budget=_text(root.get("budget", ""), "budget"),
        client=client_from_json(root.get("client", {}), "client"),
        contact_name=_text(root.get("contact_name", ""), "contact_name"),
        contact_email=_text(root.get("contact_email", ""), "contact_email"),
        order_description=_text(root.get("order_description", ""), "order_description"),
        service_description=_text(root.get("service_description", ""), "service_description"),
        service_start=_optional_day(root.get("service_start"), "service_start"),
        service_end=_optional_day(root.get("service_end"), "service_end"),
        line_items=tuple(
            _line_item(item, f"line_items[{i}]")
            for i, item in enumerate(_array(root.get("line_items", []), "line_items"))
        ),
        currency=_text(root.get("currency", "EUR"), "currency"),
        reduced_vat=_bool(root.get("reduced_vat", False), "reduced_vat"),
        invoice_dates=tuple(
            _day_value(d, f"invoice_dates[{i}]")
            for i, d in enumerate(_array(root.get("invoice_dates", []), "invoice_dates"))
        ),
        offer_valid_until=_optional_day(root.get("offer_valid_until"), "offer_valid_until"),
        skip_client_confirmation=_bool(
            root.get("skip_client_confirmation", False), "skip_client_confirmation"
        ),
        special_agreement=_text(root.get("special_agreement", ""), "special_agreement"),
        attachments=tuple(
            _attachment(a, f"attachments[{i}]")
            for i, a in enumerate(_array(root.get("attachments", []), "attachments"))
        ),
    )


def client_from_json(data: object, path: str = "client") -> Client:
    """A client record (inside an order, or one of Smart's client database)."""
    client = _object(data, path)
    address = _object(client.get("address", {}), f"{path}.address")
    client_id = client.get("id")
    return Client(
        type=_enum(ClientType, client.get("type", "business_no_vat"), f"{path}.type"),
        legal_name=_text(client.get("legal_name", ""), f"{path}.legal_name"),
        address=Address(
            street=_text(address.get("street", ""), f"{path}.address.street"),
            postal_code=_text(address.get("postal_code", ""), f"{path}.address.postal_code"),
            city=_text(address.get("city", ""), f"{path}.address.city"),
            country=_text(address.get("country", "DE"), f"{path}.address.country"),
        ),
        vat_id=_text(client.get("vat_id", ""), f"{path}.vat_id"),
        invoice_email=_text(client.get("invoice_email", ""), f"{path}.invoice_email"),
        # Smart's ids may be numbers; the app keeps them as text.
        server_id=str(client_id)
        if isinstance(client_id, int) and not isinstance(client_id, bool)
        else _optional_text(client_id, f"{path}.id"),
    )


MAX_TEXT = 20_000


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _object(value: object, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise WireFormatError(path, "expected an object")
    return value


def _array(value: object, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise WireFormatError(path, "expected an array")
    if len(value) > 500:
        raise WireFormatError(path, "too many entries")
    return value


def _text(value: object, path: str) -> str:
    if not isinstance(value, str):
        raise WireFormatError(path, "expected a string")
    if len(value) > MAX_TEXT:
        raise WireFormatError(path, "too long")
    return value


def _optional_text(value: object, path: str) -> str | None:
    return None if value is None else _text(value, path)


def _bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise WireFormatError(path, "expected true or false")
    return value


def _int(value: object, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WireFormatError(path, "expected an integer")
    if abs(value) > 10**15:
        raise WireFormatError(path, "out of range")
    return value


def _uuid(value: object, path: str) -> uuid.UUID:
    try:
        return uuid.UUID(_text(value, path))
    except ValueError as exc:
        raise WireFormatError(path, "expected a UUID") from exc


def _enum(kind: Any, value: object, path: str) -> Any:
    try:
        return kind(_text(value, path))
    except ValueError as exc:
        raise WireFormatError(path, "unknown value") from exc


def _day_value(value: object, path: str) -> date:
    try:
        return date.fromisoformat(_text(value, path))
    except ValueError as exc:
        raise WireFormatError(path, "expected a date YYYY-MM-DD") from exc


def _optional_day(value: object, path: str) -> date | None:
    return None if value is None else _day_value(value, path)


def _line_item(value: object, path: str) -> LineItem:
    item = _object(value, path)
    try:
        quantity = Decimal(_text(item.get("quantity", "1"), f"{path}.quantity"))
    except InvalidOperation as exc:
        raise WireFormatError(f"{path}.quantity", "expected a decimal number") from exc
    if not quantity.is_finite() or abs(quantity) > Decimal(10**9):
        raise WireFormatError(f"{path}.quantity", "out of range")
    return LineItem(
        description=_text(item.get("description", ""), f"{path}.description"),
        quantity=quantity,
        unit=_text(item.get("unit", ""), f"{path}.unit"),
        unit_price_cents=_int(item.get("unit_price_cents", 0), f"{path}.unit_price_cents"),
    )


def _attachment(value: object, path: str) -> AttachmentRef:
    item = _object(value, path)
    return AttachmentRef(
        sha256=_text(item.get("sha256", ""), f"{path}.sha256"),
        filename=_text(item.get("filename", ""), f"{path}.filename"),
        size=_int(item.get("size", 0), f"{path}.size"),
        media_type=_text(item.get("media_type", ""), f"{path}.media_type"),
        is_confirmation_proof=_bool(
            item.get("is_confirmation_proof", False), f"{path}.is_confirmation_proof"
        ),
    )
