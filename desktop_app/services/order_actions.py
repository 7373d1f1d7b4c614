"""What a member does with an order after drafting it. Each action is written to the
outbox together with its local effect, so it survives a crash and reaches Smart exactly
once; the sync service sends it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from ..domain.client_duplicates import DuplicateCandidate, duplicate_problems
from ..domain.commands import MIN_CANCELLATION_REASON, Command, CommandKind
from ..domain.errors import DomainError
from ..domain.order import Client, Order
from ..domain.order_json import order_to_json
from ..domain.status import OrderStatus
from ..domain.timeline import Actor, TimelineEvent, merged_timeline
from ..domain.validation import Problem, Severity, validate_order
from ..platform.clock import Clock
from ..storage.order_store import OrderStore
from ..storage.outbox import NOT_SUBMITTED, Outbox
from ..storage.sync_repository import SyncRepository
from .changes import Changes


class SubmitBlockedError(DomainError):
    """The order has errors; nothing was queued."""

    code = "submit_blocked"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(f"{p.field}:{p.code.value}" for p in problems))
        self.problems = problems


class ActionRefusedError(DomainError):
    """The action does not fit the order (wrong status, reason too short, empty comment)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


@dataclass(frozen=True)
class Queued:
    commands: tuple[Command, ...]
    changes: Changes


class OrderActions:
    def __init__(
        self,
        orders: OrderStore,
        outbox: Outbox,
        synced: SyncRepository,
        clock: Clock,
        client_duplicates: Callable[[Client], Iterable[DuplicateCandidate]] | None = None,
        budget_ids: Callable[[], Collection[str] | None] | None = None,
    ) -> None:
        self._orders = orders
        self._outbox = outbox
        self._synced = synced
        self._clock = clock
        # Cached clients a new client likely duplicates (the pre-submit check warns).
        self._client_duplicates = client_duplicates
        # The member's budgets as last seen (an unknown budget is refused by the server).
        self._budget_ids = budget_ids

    def check(self, order: Order) -> list[Problem]:
        """Every error and warning before submitting (the pre-submit dialog lists them)."""
        budgets = self._budget_ids() if self._budget_ids is not None else None
        problems = validate_order(order, self._clock.today(), budgets)
        if self._client_duplicates is not None and order.client.server_id is None:
            found = self._client_duplicates(order.client)
            problems += duplicate_problems(order.client, found)
        return problems

    def submit(self, order_id: uuid.UUID) -> Queued:
        order = self._load(order_id)
        if order.status is not OrderStatus.DRAFT:
            raise ActionRefusedError("not_a_draft", order.status.value)
        errors = [p for p in self.check(order) if p.severity is Severity.ERROR]
        if errors:
            raise SubmitBlockedError(errors)
        uploads = [
            {
                "sha256": ref.sha256,
                "name": ref.filename,
                "kind": "proof" if ref.is_confirmation_proof else "attachment",
            }
            for ref in order.attachments
        ]
        commands = self._outbox.submit(
            str(order_id), order_to_json(order), uploads, self._clock.now()
        )
        return Queued(tuple(commands), Changes(orders_saved=frozenset({order_id})))

    def comment(self, order_id: uuid.UUID, text: str) -> Queued:
        text = text.strip()
        if not text:
            raise ActionRefusedError("comment_empty")
        order = self._load(order_id)
        if order.status is OrderStatus.DRAFT:
            raise ActionRefusedError("not_submitted")
        return self._queue(order_id, CommandKind.COMMENT, {"text": text})

    def request_cancellation(self, order_id: uuid.UUID, reason: str) -> Queued:
        reason = reason.strip()
        if len(reason) < MIN_CANCELLATION_REASON:
            raise ActionRefusedError("reason_too_short")
        order = self._load(order_id)
        if order.status is not OrderStatus.ACTIVE:
            raise ActionRefusedError("not_active", order.status.value)
        return self._queue(order_id, CommandKind.CANCELLATION, {"reason": reason})

    def request_invoice_change(self, invoice_id: str, comment: str) -> Queued:
        comment = comment.strip()
        if not comment:
            raise ActionRefusedError("comment_empty")
        order_id = self._invoice_order(invoice_id)
        return self._queue(
            order_id, CommandKind.INVOICE_CHANGE, {"invoice_id": invoice_id, "comment": comment}
        )

    def send_invoice_now(self, invoice_id: str) -> Queued:
        order_id = self._invoice_order(invoice_id)
        return self._queue(order_id, CommandKind.INVOICE_SEND_NOW, {"invoice_id": invoice_id})

    def timeline(self, order_id: uuid.UUID) -> list[TimelineEvent]:
        """Server events merged with this order's commands not yet confirmed by the server."""
        pending = [
            TimelineEvent(
                order_id=c.order_id,
                type=c.kind.value,
                actor=Actor.MEMBER,
                at=c.created_at,
                reason=str(c.payload.get("reason") or c.payload.get("text") or ""),
                invoice_id=c.payload.get("invoice_id"),
                pending=True,
            )
            for c in self._outbox.unsent_for(str(order_id))
            if c.kind is not CommandKind.ATTACHMENT
        ]
        return merged_timeline(self._synced.events_for(str(order_id)), pending)

    def needing_attention(self) -> list[Command]:
        return self._outbox.failed()

    def retry(self, op_id: str) -> Queued:
        """Send a refused command again; a refused submission is submitted afresh (the
        member may have corrected the draft meanwhile) under a new op id."""
        command = self._outbox.get(op_id)
        if command is None:
            return Queued((), Changes())
        if command.kind is CommandKind.SUBMIT:
            return self.submit(uuid.UUID(command.order_id))
        if command.error_code == NOT_SUBMITTED:
            raise ActionRefusedError("not_submitted", command.order_id)
        fresh = self._outbox.retry(op_id, self._clock.now())
        changed = Changes(orders_saved=frozenset({uuid.UUID(command.order_id)}))
        return Queued((fresh,) if fresh else (), changed)

    def discard(self, op_id: str) -> Changes:
        command = self._outbox.get(op_id)
        self._outbox.discard(op_id)
        if command is None:
            return Changes()
        return Changes(orders_saved=frozenset({uuid.UUID(command.order_id)}))

    def pending_count(self) -> int:
        return self._outbox.pending_count()

    def _queue(self, order_id: uuid.UUID, kind: CommandKind, payload: dict[str, object]) -> Queued:
        command = self._outbox.enqueue(str(order_id), kind, payload, self._clock.now())
        return Queued((command,), Changes(orders_saved=frozenset({order_id})))

    def _load(self, order_id: uuid.UUID) -> Order:
        order = self._orders.get(order_id)
        if order is None:
            raise ActionRefusedError("order_not_found", str(order_id))
        return order

    def _invoice_order(self, invoice_id: str) -> uuid.UUID:
        for invoice in self._synced.invoices():
            if invoice.id == invoice_id:
                return uuid.UUID(invoice.order_id)
        raise ActionRefusedError("invoice_not_found", invoice_id)
