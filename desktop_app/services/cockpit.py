"""Übersicht: the member's deadlines, computed in the server's time.

"Now" is the local clock corrected by the offset measured at the last pull (server time in
the feed page vs the local clock when it arrived), so a laptop whose clock is wrong still
shows the days Smart counts. Before the first pull there is nothing synced to show, and the
local clock is used as it is. The offset is re-measured at every pull, so a local clock that
jumps is corrected by the next sync (the GUI syncs on a timer and re-checks after resume).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.deadlines import Deadline, OrderFacts, deadlines, next_due
from ..domain.invoice import Invoice
from ..domain.status import OrderStatus
from ..platform.clock import Clock
from ..storage.order_store import OrderStore
from ..storage.outbox import Outbox
from ..storage.sync_repository import SyncRepository
from .server_time import server_now


@dataclass(frozen=True)
class Cockpit:
    items: tuple[Deadline, ...]
    now: datetime  # the server's time the items were computed for
    next_due: datetime | None  # in the server's time; the GUI converts to a local delay


class CockpitQueries:
    def __init__(
        self,
        orders: OrderStore,
        synced: SyncRepository,
        outbox: Outbox,
        clock: Clock,
        offer_lead_days: int = 3,
    ) -> None:
        self._orders = orders
        self._synced = synced
        self._outbox = outbox
        self._clock = clock
        self.offer_lead_days = offer_lead_days

    def server_now(self) -> datetime:
        return server_now(self._clock, self._synced)

    def items(self) -> list[Deadline]:
        return list(self.cockpit().items)

    def cockpit(self) -> Cockpit:
        now = self.server_now()
        facts = self._facts()
        invoices: list[Invoice] = self._synced.invoices()
        since = self._review_since(facts)
        items = deadlines(now, facts, invoices, since, self._outbox.failed(), self.offer_lead_days)
        return Cockpit(tuple(items), now, next_due(now, facts, invoices, since))

    def _facts(self) -> list[OrderFacts]:
        facts = []
        for summary in self._orders.summaries():
            valid_until = None
            if summary.status is OrderStatus.CLIENT_CONFIRMATION:
                # Only these few need the whole order: the list row has no validity date.
                order = self._orders.get(summary.id)
                valid_until = order.offer_valid_until if order is not None else None
            facts.append(OrderFacts(str(summary.id), summary.title, summary.status, valid_until))
        return facts

    def _review_since(self, facts: list[OrderFacts]) -> dict[str, datetime]:
        """When each order in Smart's review entered it (the latest move into review)."""
        since: dict[str, datetime] = {}
        for fact in facts:
            if fact.status is not OrderStatus.SMART_REVIEW:
                continue
            moves = [
                e.at
                for e in self._synced.events_for(fact.id)
                # a comment carries the status unchanged: only a move counts
                if e.status_to == OrderStatus.SMART_REVIEW.value
                and e.status_from != OrderStatus.SMART_REVIEW.value
            ]
            if moves:
                since[fact.id] = max(moves)
        return since
