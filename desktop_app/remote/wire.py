"""What the server answers, as frozen dataclasses, with strict readers.

Each ``read_*`` takes decoded JSON and returns a fully checked value or raises
ResponseFormatError naming the path; nothing half-read reaches the caller, so a bad page is
never partly applied. Unknown members are ignored (a newer server may add fields). Invoices
and ``invoice_id`` are optional while servers without invoices exist, but checked when present.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop_app.domain.client_duplicates import DuplicateMatch
from desktop_app.domain.order import AttachmentRef, Client, LineItem, Order
from desktop_app.domain.order_json import (
    WireFormatError,
    client_from_json,
    order_from_json,
    order_to_json,
)
from desktop_app.domain.status import InvoiceStatus, OrderStatus

from . import fields as f
from .errors import ResponseFormatError


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int

    def __repr__(self) -> str:  # a stray log line must not carry a token
        return f"Tokens(access_token=***, refresh_token=***, expires_in={self.expires_in})"


@dataclass(frozen=True)
class Budget:
    id: str
    name: str


@dataclass(frozen=True)
class Me:
    user_id: int
    email: str
    role: str
    member_number: str | None
    display_name: str
    budgets: tuple[Budget, ...]


@dataclass(frozen=True)
class RemoteOrder:
    order: Order
    status: OrderStatus
    submitted_at: datetime
    updated_at: datetime
    document: dict[str, Any]


@dataclass(frozen=True)
class RemoteEvent:
    seq: int
    order_id: str
    type: str
    actor_role: str
    status_from: str | None
    status_to: str | None
    reason: str
    at: datetime
    invoice_id: str | None


@dataclass(frozen=True)
class RemoteInvoice:
    id: str
    order_id: str
    number: int
    status: InvoiceStatus
    invoice_date: date
    currency: str
    net_cents: int
    vat_cents: int
    gross_cents: int
    contribution_cents: int
    vat_rate: str
    lines: tuple[dict[str, Any], ...]
    change_request: str
    updated_at: datetime


@dataclass(frozen=True)
class ChangesPage:
    events: tuple[RemoteEvent, ...]
    orders: tuple[RemoteOrder, ...]
    invoices: tuple[RemoteInvoice, ...]
    next_cursor: str
    has_more: bool
    server_time: datetime


def read_tokens(data: object, path: str = "") -> Tokens:
    root = f.obj(data, path)
    tokens = Tokens(
        f.text(root, "access_token", path),
        f.text(root, "refresh_token", path),
        f.integer(root, "expires_in", path),
    )
    if not tokens.access_token or not tokens.refresh_token:
        raise ResponseFormatError(path or "$", "empty token")
    return tokens


def read_budget(data: object, path: str) -> Budget:
    root = f.obj(data, path)
    return Budget(f.text(root, "id", path), f.text(root, "name", path))


def read_me(data: object, path: str = "") -> Me:
    root = f.obj(data, path)
    return Me(
        user_id=f.integer(root, "id", path),
        email=f.text(root, "email", path),
        role=f.text(root, "role", path),
        member_number=f.nullable_text(root, "member_number", path),
        display_name=f.text(root, "display_name", path),
        budgets=f.items(root, "budgets", path, read_budget),
    )


# Every member of an order's JSON form: the server's copy must have them all (null where
# allowed). order_from_json fills gaps with defaults (right for an import), which for the
# server's copy would silently blank the member's data when the feed is applied.
_ORDER_SHAPE = order_to_json(
    Order(
        id=uuid.UUID(int=0),
        line_items=(LineItem(),),
        attachments=(AttachmentRef("", "", 0, ""),),
    )
)


def _complete(value: object, shape: object, path: str) -> None:
    if isinstance(shape, dict) and isinstance(value, dict):
        for key, inner in shape.items():
            where = f"{path}.{key}" if path else key
            if key not in value:
                raise ResponseFormatError(where, "missing")
            _complete(value[key], inner, where)
    elif isinstance(shape, list) and shape and isinstance(value, list):
        for i, element in enumerate(value):
            _complete(element, shape[0], f"{path}[{i}]")


def read_order(data: object, path: str = "") -> RemoteOrder:
    root = f.obj(data, path)
    try:
        order = order_from_json(root)
    except WireFormatError as exc:
        where = f"{path}.{exc.path}" if path else exc.path
        raise ResponseFormatError(where, exc.problem) from None
    _complete(root, _ORDER_SHAPE, path)  # no member filled in with a default
    return RemoteOrder(
        order=order,
        status=order.status,
        submitted_at=f.moment(root, "submitted_at", path),
        updated_at=f.moment(root, "updated_at", path),
        document=dict(root),
    )


def read_event(data: object, path: str) -> RemoteEvent:
    root = f.obj(data, path)
    return RemoteEvent(
        seq=f.integer(root, "seq", path),
        order_id=f.text(root, "order_id", path),
        type=f.text(root, "type", path),
        actor_role=f.text(root, "actor_role", path),
        status_from=f.nullable_text(root, "status_from", path),
        status_to=f.nullable_text(root, "status_to", path),
        reason=f.text(root, "reason", path),
        at=f.moment(root, "at", path),
        invoice_id=f.optional_text(root, "invoice_id", path),
    )


def read_invoice(data: object, path: str) -> RemoteInvoice:
    root = f.obj(data, path)
    return RemoteInvoice(
        id=f.text(root, "id", path),
        order_id=f.text(root, "order_id", path),
        number=f.integer(root, "number", path),
        status=f.choice(root, "status", path, InvoiceStatus),
        invoice_date=f.day(root, "invoice_date", path),
        currency=f.text(root, "currency", path),
        net_cents=f.integer(root, "net_cents", path),
        vat_cents=f.integer(root, "vat_cents", path),
        gross_cents=f.integer(root, "gross_cents", path),
        contribution_cents=f.integer(root, "contribution_cents", path),
        vat_rate=f.text(root, "vat_rate", path),
        lines=f.items(root, "lines", path, lambda value, where: dict(f.obj(value, where))),
        change_request=f.optional_text(root, "change_request", path) or "",
        updated_at=f.moment(root, "updated_at", path),
    )


def read_changes(data: object, path: str = "") -> ChangesPage:
    root = f.obj(data, path)
    return ChangesPage(
        events=f.items(root, "events", path, read_event),
        orders=f.items(root, "orders", path, read_order),
        invoices=f.items(root, "invoices", path, read_invoice, optional=True),
        next_cursor=f.text(root, "next_cursor", path),
        has_more=f.boolean(root, "has_more", path),
        server_time=f.moment(root, "server_time", path),
    )


@dataclass(frozen=True)
class Member:
    """A member as support finds it."""

    id: int
    member_number: str | None
    display_name: str
    email: str


def read_members(data: object, path: str = "") -> tuple[Member, ...]:
    return f.items(f.obj(data, path or "$"), "members", path, _read_member)


def _read_member(data: object, path: str) -> Member:
    root = f.obj(data, path)
    return Member(
        id=f.integer(root, "id", path),
        member_number=f.nullable_text(root, "member_number", path),
        display_name=f.text(root, "display_name", path),
        email=f.text(root, "email", path),
    )


def read_clients(data: object, path: str = "") -> tuple[dict[str, Any], ...]:
    """A list of client objects, bare or as ``{"clients": [...]}``; id and legal_name checked."""
    if isinstance(data, dict) and "clients" in data:
        return f.items(data, "clients", path, _read_client)
    if not isinstance(data, list):
        raise ResponseFormatError(path or "$", "expected a list of clients")
    return tuple(_read_client(element, f"[{i}]") for i, element in enumerate(data))


def _read_client(data: object, path: str) -> dict[str, Any]:
    root = f.obj(data, path)
    client_id = f.member(root, "id", path)
    # Smart's client ids may be numbers or strings; anything else cannot be linked to.
    if isinstance(client_id, bool) or not isinstance(client_id, int | str) or client_id == "":
        raise ResponseFormatError(f"{path}.id", "expected a client id")
    f.text(root, "legal_name", path)
    return dict(root)


@dataclass(frozen=True)
class ClientDuplicate:
    """A record of Smart's client database that a new client would likely duplicate."""

    client: Client
    match: DuplicateMatch
    document: dict[str, Any]  # the record as sent, without "match" (for the client cache)


def read_client_duplicates(data: object, path: str = "") -> tuple[ClientDuplicate, ...]:
    return f.items(f.obj(data, path), "duplicates", path, _read_duplicate)


def _read_duplicate(data: object, path: str) -> ClientDuplicate:
    root = _read_client(data, path)
    # Every member of a client record must be there: a default here would show the member
    # a wrong address or VAT ID for the client it is told to reuse.
    for key in ("type", "vat_id", "invoice_email"):
        f.text(root, key, path)
    address = f.obj(f.member(root, "address", path), f"{path}.address")
    for key in ("street", "postal_code", "city", "country"):
        f.text(address, key, f"{path}.address")
    match = f.choice(root, "match", path, DuplicateMatch)
    document = {k: v for k, v in root.items() if k != "match"}
    try:
        client = client_from_json(document, path)
    except WireFormatError as exc:
        raise ResponseFormatError(exc.path, exc.problem) from None
    return ClientDuplicate(client, match, document)
