"""The member's clients as its orders name them, with how many orders and how much net each
has — one grouped query, whatever the number of orders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from ..domain.status import OrderStatus
from .database import Database
from .records import OrderRecord


@dataclass(frozen=True)
class ClientRow:
    legal_name: str
    city: str
    country: str
    vat_id: str
    currency: str  # a client with orders in two currencies has a row for each
    server_id: str | None
    orders: int
    net_cents: int


def client_rows(database: Callable[[], Database]) -> list[ClientRow]:
    key = (
        OrderRecord.client_legal_name,
        OrderRecord.client_city,
        OrderRecord.client_country,
        OrderRecord.client_vat_id,
        OrderRecord.currency,
    )
    query = (
        select(
            *key,
            func.max(OrderRecord.client_server_id),
            func.count(),
            func.coalesce(func.sum(OrderRecord.net_cents), 0),
        )
        # Rejected and cancelled orders bring no money: they are not counted.
        .where(
            OrderRecord.client_legal_name != "",
            OrderRecord.status.not_in([OrderStatus.REJECTED.value, OrderStatus.CANCELLED.value]),
        )
        .group_by(*key)
        .order_by(func.lower(OrderRecord.client_legal_name))
    )
    with database().read() as session:
        return [ClientRow(*row) for row in session.execute(query).all()]
