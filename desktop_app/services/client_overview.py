"""Kund*innen: every client the member's orders name, for the clients page."""

from __future__ import annotations

from ..storage.client_overview import ClientRow, client_rows
from ..storage.order_store import OrderStore


class ClientOverview:
    def __init__(self, orders: OrderStore) -> None:
        self._orders = orders

    def rows(self) -> list[ClientRow]:
        return client_rows(self._orders.database)


__all__ = ["ClientOverview", "ClientRow"]
