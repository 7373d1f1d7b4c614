"""System notifications, the use case: which notices are new, delivered once.

``take_new`` computes what applies now (in the server's time, like the Übersicht), keeps
what was not delivered yet and marks it delivered in the same call: a notice is therefore
shown at most once, even if the app stops right after (a lost popup is better than the same
one at every start; the in-app list shows it for the session). The GUI decides how to
show it (desktop notification, tray message, the in-app list).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.deadlines import OrderFacts
from ..domain.notifications import EVENT_TYPES, Notice, due_notices, next_notice_due, plan
from ..domain.status import OrderStatus
from ..platform.clock import Clock
from ..storage.notification_log import NotificationLog
from ..storage.order_store import OrderStore
from ..storage.sync_repository import SyncRepository
from .server_time import server_now


@dataclass(frozen=True)
class NoticeBatch:
    notices: tuple[Notice, ...] = ()  # new: show them (oldest first)
    summary: bool = False  # one summary popup instead of one per notice
    catch_up: bool = False  # the round after a start: what happened while closed
    silenced: int = 0  # old history marked delivered without notifying
    now: datetime | None = None  # the server's time the batch was computed for
    next_due: datetime | None = None  # when a deadline notice is due next (server time)


class NotificationService:
    def __init__(
        self, orders: OrderStore, synced: SyncRepository, log: NotificationLog, clock: Clock
    ) -> None:
        self._orders = orders
        self._synced = synced
        self._log = log
        self._clock = clock

    def take_new(self, catch_up: bool, offer_lead_days: int, invoice_lead_days: int) -> NoticeBatch:
        """The notices not delivered yet, now marked delivered (a write)."""
        if self._synced.last_success() is None:
            return NoticeBatch()  # nothing from the server yet: no history to judge
        now = server_now(self._clock, self._synced)
        facts = self._facts()
        invoices = self._synced.invoices()
        events = self._log.undelivered_events(EVENT_TYPES)
        found = due_notices(now, facts, invoices, events, offer_lead_days, invoice_lead_days)
        baselined = self._log.baselined()
        delivered = self._log.delivered(n.key for n in found if not n.from_event)
        chosen = plan(found, delivered, baselined, catch_up)
        keys = [n.key for n in (*chosen.show, *chosen.silent)]
        self._log.mark(keys, self._clock.now(), baseline=not baselined)
        due = next_notice_due(now, facts, invoices, offer_lead_days, invoice_lead_days)
        return NoticeBatch(chosen.show, chosen.summary, catch_up, len(chosen.silent), now, due)

    def _facts(self) -> list[OrderFacts]:
        facts = []
        for summary in self._orders.summaries():
            valid_until = None
            if summary.status is OrderStatus.CLIENT_CONFIRMATION:
                order = self._orders.get(summary.id)  # the list row has no validity date
                valid_until = order.offer_valid_until if order is not None else None
            facts.append(OrderFacts(str(summary.id), summary.title, summary.status, valid_until))
        return facts
