"""Order and invoice status tables, checked pair by pair against domain.md.

The expected tables below are written out by hand from /work/shared/domain.md and must not be
derived from ``desktop_app.domain.status``; otherwise the test would only compare the code
with itself.
"""

from __future__ import annotations

import itertools

import pytest

from desktop_app.domain.errors import DomainError, IllegalTransitionError
from desktop_app.domain.status import InvoiceStatus, OrderStatus

# ---------------------------------------------------------------------------------------------
# Order statuses (domain.md, "Transitions (nothing else is legal)")
# ---------------------------------------------------------------------------------------------

ORDER_CODES = [
    "draft",
    "smart_review",
    "client_confirmation",
    "active",
    "cancellation_review",
    "cancelled",
    "rejected",
    "completed",
]

EXPECTED_ORDER_EDGES: set[tuple[str, str]] = {
    ("draft", "smart_review"),
    ("smart_review", "client_confirmation"),
    ("smart_review", "active"),
    ("smart_review", "rejected"),
    ("client_confirmation", "active"),
    ("client_confirmation", "rejected"),
    ("client_confirmation", "smart_review"),
    ("active", "cancellation_review"),
    ("active", "completed"),
    ("active", "rejected"),
    ("cancellation_review", "cancelled"),
    ("cancellation_review", "active"),
    ("cancellation_review", "rejected"),
}

EXPECTED_ORDER_LABELS: dict[str, tuple[str, str]] = {
    "draft": ("Entwurf", "Draft"),
    "smart_review": ("Smart Bestätigung", "Smart confirmation"),
    "client_confirmation": ("Bestätigung durch Kund*in", "Client confirmation"),
    "active": ("Aktiv", "Active"),
    "cancellation_review": ("Storno Bestätigung", "Cancellation review"),
    "cancelled": ("Storniert", "Cancelled"),
    "rejected": ("Abgelehnt", "Rejected"),
    "completed": ("Abgeschlossen", "Completed"),
}

EXPECTED_ORDER_TERMINAL = {"cancelled", "rejected", "completed"}

ORDER_PAIRS = list(itertools.product(ORDER_CODES, repeat=2))


def test_order_status_codes_are_exactly_the_documented_ones() -> None:
    assert [s.value for s in OrderStatus] == ORDER_CODES


def test_order_pair_table_is_complete() -> None:
    assert len(ORDER_PAIRS) == 64
    assert len(EXPECTED_ORDER_EDGES) == 13


@pytest.mark.parametrize(
    ("source", "target"), ORDER_PAIRS, ids=[f"{s}->{t}" for s, t in ORDER_PAIRS]
)
def test_order_transition(source: str, target: str) -> None:
    src, dst = OrderStatus(source), OrderStatus(target)
    legal = (source, target) in EXPECTED_ORDER_EDGES

    assert src.can_move_to(dst) is legal
    if legal:
        assert src.move_to(dst) is dst
    else:
        with pytest.raises(IllegalTransitionError) as info:
            src.move_to(dst)
        err = info.value
        assert err.kind == "order"
        assert err.source == source
        assert err.target == target
        assert err.code == "illegal_transition"
        assert isinstance(err, DomainError)
        assert source in str(err) and target in str(err)


@pytest.mark.parametrize("code", ORDER_CODES)
def test_no_order_status_moves_to_itself(code: str) -> None:
    status = OrderStatus(code)
    assert not status.can_move_to(status)


@pytest.mark.parametrize("code", ORDER_CODES)
def test_order_labels_verbatim(code: str) -> None:
    status = OrderStatus(code)
    german, english = EXPECTED_ORDER_LABELS[code]
    assert status.label_de == german
    assert status.label_en == english
    assert status.label("de") == german
    assert status.label("en") == english


def test_order_label_falls_back_to_german_for_unknown_language() -> None:
    assert OrderStatus.CLIENT_CONFIRMATION.label("fr") == "Bestätigung durch Kund*in"


@pytest.mark.parametrize("code", ORDER_CODES)
def test_order_terminal_flags(code: str) -> None:
    assert OrderStatus(code).is_terminal is (code in EXPECTED_ORDER_TERMINAL)


def test_draft_is_invisible_to_smart_so_it_cannot_be_rejected() -> None:
    # "any non-terminal → rejected by Smart": Smart never sees drafts.
    assert not OrderStatus.DRAFT.can_move_to(OrderStatus.REJECTED)


def test_full_happy_path_with_client_confirmation() -> None:
    status = OrderStatus.DRAFT
    for step in ("smart_review", "client_confirmation", "active", "completed"):
        status = status.move_to(OrderStatus(step))
    assert status is OrderStatus.COMPLETED
    assert status.is_terminal


def test_cancellation_declined_returns_to_active_then_can_be_cancelled() -> None:
    status = OrderStatus.ACTIVE.move_to(OrderStatus.CANCELLATION_REVIEW)
    status = status.move_to(OrderStatus.ACTIVE)
    status = status.move_to(OrderStatus.CANCELLATION_REVIEW).move_to(OrderStatus.CANCELLED)
    assert status is OrderStatus.CANCELLED
    with pytest.raises(IllegalTransitionError):
        status.move_to(OrderStatus.ACTIVE)


# ---------------------------------------------------------------------------------------------
# Invoice statuses
# ---------------------------------------------------------------------------------------------
# domain.md gives the invoice statuses and their meanings but no explicit edge list. This table
# follows from those meanings (marked [assumed] where the guide is silent):
#   draft: member requests changes → awaiting_update; "Speichern und senden" / invoice date
#          → issued; order cancelled (Storno cancels planned invoices) → cancelled
#   awaiting_update: Smart edits it, then it is issued → issued; the rejected-order workaround
#          (change request "please cancel") → cancelled
#   issued: paid in full → paid; client disputes → disputed; Storno cancels issued invoices
#          → cancelled
#   disputed: Smart may cancel → cancelled; [assumed] settled → paid, withdrawn → issued
#   cancelled, paid: terminal
INVOICE_CODES = ["draft", "awaiting_update", "issued", "disputed", "cancelled", "paid"]

EXPECTED_INVOICE_EDGES: set[tuple[str, str]] = {
    ("draft", "awaiting_update"),
    ("draft", "issued"),
    ("draft", "cancelled"),
    ("awaiting_update", "issued"),
    ("awaiting_update", "cancelled"),
    ("issued", "paid"),
    ("issued", "disputed"),
    ("issued", "cancelled"),
    ("disputed", "issued"),
    ("disputed", "paid"),
    ("disputed", "cancelled"),
}

EXPECTED_INVOICE_LABELS: dict[str, tuple[str, str]] = {
    "draft": ("Entwurf", "Draft"),
    "awaiting_update": ("Warten auf Aktualisierung", "Awaiting update"),
    "issued": ("Gestellt", "Issued"),
    "disputed": ("Angefochten", "Disputed"),
    "cancelled": ("Storniert", "Cancelled"),
    "paid": ("Bezahlt", "Paid"),
}

EXPECTED_INVOICE_TERMINAL = {"cancelled", "paid"}

INVOICE_PAIRS = list(itertools.product(INVOICE_CODES, repeat=2))


def test_invoice_status_codes_are_exactly_the_documented_ones() -> None:
    assert [s.value for s in InvoiceStatus] == INVOICE_CODES
    assert len(INVOICE_PAIRS) == 36


@pytest.mark.parametrize(
    ("source", "target"), INVOICE_PAIRS, ids=[f"{s}->{t}" for s, t in INVOICE_PAIRS]
)
def test_invoice_transition(source: str, target: str) -> None:
    src, dst = InvoiceStatus(source), InvoiceStatus(target)
    legal = (source, target) in EXPECTED_INVOICE_EDGES

    assert src.can_move_to(dst) is legal
    if legal:
        assert src.move_to(dst) is dst
    else:
        with pytest.raises(IllegalTransitionError) as info:
            src.move_to(dst)
        err = info.value
        assert err.kind == "invoice"
        assert err.source == source
        assert err.target == target


@pytest.mark.parametrize("code", INVOICE_CODES)
def test_invoice_labels_verbatim(code: str) -> None:
    status = InvoiceStatus(code)
    german, english = EXPECTED_INVOICE_LABELS[code]
    assert status.label_de == german
    assert status.label_en == english
    assert status.label("de") == german
    assert status.label("en") == english


@pytest.mark.parametrize("code", INVOICE_CODES)
def test_invoice_terminal_flags(code: str) -> None:
    assert InvoiceStatus(code).is_terminal is (code in EXPECTED_INVOICE_TERMINAL)


def test_paid_invoice_cannot_be_disputed_or_reissued() -> None:
    for target in (InvoiceStatus.DISPUTED, InvoiceStatus.ISSUED, InvoiceStatus.DRAFT):
        with pytest.raises(IllegalTransitionError):
            InvoiceStatus.PAID.move_to(target)


def test_statuses_of_the_other_kind_are_never_a_legal_target() -> None:
    # "cancelled" is a value of both enums; equal strings must not make a transition legal.
    assert OrderStatus.CANCELLATION_REVIEW.can_move_to(OrderStatus.CANCELLED)
    assert not OrderStatus.CANCELLATION_REVIEW.can_move_to(InvoiceStatus.CANCELLED)  # type: ignore[arg-type]
    assert not InvoiceStatus.DRAFT.can_move_to(OrderStatus.CANCELLED)  # type: ignore[arg-type]
    with pytest.raises(IllegalTransitionError):
        InvoiceStatus.DRAFT.move_to(OrderStatus.CANCELLED)  # type: ignore[arg-type]
