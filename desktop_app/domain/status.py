"""Order and invoice statuses with their exact labels and legal transitions (domain.md)."""

from __future__ import annotations

from enum import StrEnum

from .errors import IllegalTransitionError


class OrderStatus(StrEnum):
    DRAFT = "draft"
    SMART_REVIEW = "smart_review"
    CLIENT_CONFIRMATION = "client_confirmation"
    ACTIVE = "active"
    CANCELLATION_REVIEW = "cancellation_review"
    CANCELLED = "cancelled"
    REJECTED = "rejected"
    COMPLETED = "completed"

    @property
    def label_de(self) -> str:
        return _ORDER_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _ORDER_LABELS[self][1]

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_de

    @property
    def is_terminal(self) -> bool:
        return not ORDER_TRANSITIONS[self]

    def can_move_to(self, target: OrderStatus) -> bool:
        return target in ORDER_TRANSITIONS[self]

    def move_to(self, target: OrderStatus) -> OrderStatus:
        if not self.can_move_to(target):
            raise IllegalTransitionError("order", self.value, target.value)
        return target


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


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    AWAITING_UPDATE = "awaiting_update"
    ISSUED = "issued"
    DISPUTED = "disputed"
    CANCELLED = "cancelled"
    PAID = "paid"

    @property
    def label_de(self) -> str:
        return _INVOICE_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _INVOICE_LABELS[self][1]

    def label(self, language: str) -> str:
        return self.label_en if language == "en" else self.label_de

    @property
    def is_terminal(self) -> bool:
        return not INVOICE_TRANSITIONS[self]

    def can_move_to(self, target: InvoiceStatus) -> bool:
        return target in INVOICE_TRANSITIONS[self]

    def move_to(self, target: InvoiceStatus) -> InvoiceStatus:
        if not self.can_move_to(target):
            raise IllegalTransitionError("invoice", self.value, target.value)
        return target


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
