"""Order and invoice statuses with their exact labels and legal transitions (domain.md)."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from .errors import IllegalTransitionError


class _Lifecycle(StrEnum):
    """Labels and legal moves shared by both status kinds (tables below each class)."""

    @property
    def label_de(self) -> str:
        return _LABELS[type(self)][self][0]

    @property
    def label_en(self) -> str:
        return _LABELS[type(self)][self][1]

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_de

    @property
    def is_terminal(self) -> bool:
        return not _TRANSITIONS[type(self)][self]

    def can_move_to(self, target: Self) -> bool:
        return type(target) is type(self) and target in _TRANSITIONS[type(self)][self]

    def move_to(self, target: Self) -> Self:
        if not self.can_move_to(target):
            kind = "order" if isinstance(self, OrderStatus) else "invoice"
            raise IllegalTransitionError(kind, self.value, target.value)
        return target


class OrderStatus(_Lifecycle):
    DRAFT = "draft"
    SMART_REVIEW = "smart_review"
    CLIENT_CONFIRMATION = "client_confirmation"
    ACTIVE = "active"
    CANCELLATION_REVIEW = "cancellation_review"
    CANCELLED = "cancelled"
    REJECTED = "rejected"
    COMPLETED = "completed"


_ORDER_LABELS: dict[OrderStatus, tuple[str, str]] = {
    OrderStatus.DRAFT: ("Entwurf", "Draft"),
    OrderStatus.SMART_REVIEW: ("Smart Bestätigung", "Smart confirmation"),
    OrderStatus.CLIENT_CONFIRMATION: ("Bestätigung durch Kund*in", "Client confirmation"),
    OrderStatus.ACTIVE: ("Aktiv", "Active"),
    OrderStatus.CANCELLATION_REVIEW: ("Storno Bestätigung", "Cancellation review"),
    OrderStatus.CANCELLED: ("Storniert", "Cancelled"),
    OrderStatus.REJECTED: ("Abgelehnt", "Rejected"),
    OrderStatus.COMPLETED: ("Abgeschlossen", "Completed"),
}

_S = OrderStatus
# The complete table of domain.md; nothing else is legal. "Rejected by Smart at any stage"
# covers every non-terminal status Smart can see (a draft is invisible to Smart).
ORDER_TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    _S.DRAFT: frozenset({_S.SMART_REVIEW}),
    _S.SMART_REVIEW: frozenset({_S.CLIENT_CONFIRMATION, _S.ACTIVE, _S.REJECTED}),
    _S.CLIENT_CONFIRMATION: frozenset({_S.ACTIVE, _S.REJECTED, _S.SMART_REVIEW}),
    _S.ACTIVE: frozenset({_S.CANCELLATION_REVIEW, _S.COMPLETED, _S.REJECTED}),
    _S.CANCELLATION_REVIEW: frozenset({_S.CANCELLED, _S.ACTIVE, _S.REJECTED}),
    _S.CANCELLED: frozenset(),
    _S.REJECTED: frozenset(),
    _S.COMPLETED: frozenset(),
}


class InvoiceStatus(_Lifecycle):
    DRAFT = "draft"
    AWAITING_UPDATE = "awaiting_update"
    ISSUED = "issued"
    DISPUTED = "disputed"
    CANCELLED = "cancelled"
    PAID = "paid"


_INVOICE_LABELS: dict[InvoiceStatus, tuple[str, str]] = {
    InvoiceStatus.DRAFT: ("Entwurf", "Draft"),
    InvoiceStatus.AWAITING_UPDATE: ("Warten auf Aktualisierung", "Awaiting update"),
    InvoiceStatus.ISSUED: ("Gestellt", "Issued"),
    InvoiceStatus.DISPUTED: ("Angefochten", "Disputed"),
    InvoiceStatus.CANCELLED: ("Storniert", "Cancelled"),
    InvoiceStatus.PAID: ("Bezahlt", "Paid"),
}

_I = InvoiceStatus
# [assumed] The guide describes the statuses but not every edge: a draft is issued on its date
# or after "send now", a change request parks it in awaiting_update until Smart issues it;
# Smart may cancel any invoice that is not paid (order cancelled or dispute upheld); a dispute
# ends paid, cancelled or back to issued (dispute withdrawn).
INVOICE_TRANSITIONS: dict[InvoiceStatus, frozenset[InvoiceStatus]] = {
    _I.DRAFT: frozenset({_I.AWAITING_UPDATE, _I.ISSUED, _I.CANCELLED}),
    _I.AWAITING_UPDATE: frozenset({_I.ISSUED, _I.CANCELLED}),
    _I.ISSUED: frozenset({_I.PAID, _I.DISPUTED, _I.CANCELLED}),
    _I.DISPUTED: frozenset({_I.ISSUED, _I.PAID, _I.CANCELLED}),
    _I.CANCELLED: frozenset(),
    _I.PAID: frozenset(),
}

_LABELS: dict[type, dict] = {OrderStatus: _ORDER_LABELS, InvoiceStatus: _INVOICE_LABELS}
_TRANSITIONS: dict[type, dict] = {
    OrderStatus: ORDER_TRANSITIONS,
    InvoiceStatus: INVOICE_TRANSITIONS,
}
