"""Draft use cases: create, save, duplicate, delete, attach files — all offline."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..domain.errors import NotEditableError
from ..domain.order import AttachmentRef, Order
from ..domain.summary import OrderSummary
from ..platform.clock import Clock
from ..storage.attachment_store import AttachmentStore
from ..storage.order_store import OrderStore
from ..storage.order_summaries import FIRST_PAGE_SIZE
from .changes import Changes


class OrderNotFoundError(LookupError):
    code = "order_not_found"


@dataclass(frozen=True)
class SavedOrder:
    order: Order
    changes: Changes


class DraftService:
    def __init__(self, orders: OrderStore, attachments: AttachmentStore, clock: Clock) -> None:
        self._orders = orders
        self._attachments = attachments
        self._clock = clock

    def first_page(self) -> list[OrderSummary]:
        """The orders the list shows first (nearest next invoice date), for a quick start."""
        return self.summaries(FIRST_PAGE_SIZE)

    def summaries(self, first: int | None = None) -> list[OrderSummary]:
        """Every order for the list, or only the ``first`` ones by next invoice date."""
        return self._orders.summaries(first, self._clock.today())

    def today(self) -> date:
        return self._clock.today()

    def load(self, order_id: uuid.UUID) -> Order:
        order = self._orders.get(order_id)
        if order is None:
            raise OrderNotFoundError(str(order_id))
        return order

    def create(self, **fields: object) -> SavedOrder:
        """A new draft, stored at once so it has its identity from the first moment."""
        return self.save(Order.new(**fields))

    def save(self, order: Order) -> SavedOrder:
        """Store a draft as it is; incomplete drafts are fine."""
        existing = self._orders.get(order.id)
        if existing is not None and not existing.is_editable:
            raise NotEditableError(str(order.id))
        if not order.is_editable:
            raise NotEditableError(str(order.id))
        now = self._clock.now()
        stored = replace(
            order,
            created_at=existing.created_at if existing else (order.created_at or now),
            updated_at=now,
        )
        self._orders.save(stored)
        return SavedOrder(stored, Changes(orders_saved=frozenset({stored.id})))

    def duplicate(self, order_id: uuid.UUID) -> SavedOrder:
        """Any order becomes a new draft with the same content."""
        return self.save(self.load(order_id).duplicated())

    def delete(self, order_id: uuid.UUID) -> Changes:
        order = self.load(order_id)
        if not order.is_editable:
            raise NotEditableError(str(order_id))
        self._orders.delete(order_id)
        return Changes(orders_deleted=frozenset({order_id}))

    def import_attachment(
        self, source: Path, *, is_confirmation_proof: bool = False
    ) -> AttachmentRef:
        """Copy a file into the profile; the caller adds the returned ref to the draft."""
        return self._attachments.import_file(source, is_confirmation_proof=is_confirmation_proof)

    def attachment_path(self, sha256: str) -> Path:
        return self._attachments.path_for(sha256)
