"""Push the outbox, then pull the changes feed — the sync protocol of architecture.md.

Push: commands of one order go out in the order they were made; a terminal refusal (4xx)
marks the command failed with the server's reason and never blocks other orders; transient
failures are retried with exponential backoff and jitter, honouring Retry-After; an
unreachable server ends the round (offline). Pull: each page and its cursor are stored in
one transaction. Runs on a worker thread; nothing here touches Qt.
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial

from ..domain.commands import Command, CommandKind
from ..domain.invoice import Invoice
from ..domain.timeline import Actor, TimelineEvent
from ..platform.clock import Clock
from ..remote.client import ApiClient
from ..remote.errors import (
    AuthenticationError,
    NetworkError,
    ProblemError,
    RemoteError,
    ServerBusy,
    TlsError,
)
from ..remote.wire import ChangesPage
from ..storage.attachment_store import AttachmentStore
from ..storage.outbox import Outbox
from ..storage.sync_repository import FeedPage, SyncRepository
from .account import AccountService, NotLoggedInError
from .changes import Changes

log = logging.getLogger(__name__)

PAGE_SIZE = 200
BACKOFF_BASE = timedelta(seconds=2)
BACKOFF_MAX = timedelta(minutes=15)


class Outcome:
    OK = "ok"
    OFFLINE = "offline"
    LOGIN_REQUIRED = "login_required"
    SERVER_ERROR = "server_error"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class SyncReport:
    outcome: str = Outcome.OK
    sent: int = 0
    failed: int = 0
    events: int = 0
    detail: str = ""
    changes: Changes = field(default_factory=Changes)


Progress = Callable[[int], None]


class _Unsendable(Exception):
    """The command cannot be sent as it is (e.g. its file is gone from the profile)."""

    transient = False

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


def backoff(attempts: int, retry_after: float | None, rng: random.Random) -> timedelta:
    """Exponential backoff with jitter (half to full delay); Retry-After is a lower bound."""
    # The exponent is capped first: timedelta overflows near 2**46 base delays.
    delay = min(BACKOFF_BASE * 2 ** min(max(attempts - 1, 0), 20), BACKOFF_MAX)
    delay *= rng.uniform(0.5, 1.0)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=min(retry_after, BACKOFF_MAX.total_seconds())))
    return delay


class SyncService:
    def __init__(
        self,
        account: AccountService,
        outbox: Outbox,
        synced: SyncRepository,
        attachments: AttachmentStore,
        clock: Clock,
        rng: random.Random | None = None,
    ) -> None:
        self._account = account
        self._outbox = outbox
        self._synced = synced
        self._attachments = attachments
        self._clock = clock
        self._rng = rng or random.Random()

    def sync(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> SyncReport:
        try:
            pushed = self.push()
            if pushed.outcome != Outcome.OK:
                return pushed
            pulled = self.pull(progress, cancelled)
            return replace(
                pulled,
                sent=pushed.sent,
                failed=pushed.failed,
                changes=pushed.changes | pulled.changes,
            )
        except NotLoggedInError as exc:
            return SyncReport(Outcome.LOGIN_REQUIRED, detail=str(exc))

    def push(self) -> SyncReport:
        now = self._clock.now()
        waiting: set[str] = set()  # orders whose next command must wait (order is kept)
        sent = failed = 0
        touched: set[uuid.UUID] = set()
        for command in self._outbox.due(now):
            if command.order_id in waiting:
                continue
            if command.next_attempt_at is not None and command.next_attempt_at > now:
                waiting.add(command.order_id)
                continue
            self._outbox.mark_sending(command.op_id, now)
            try:
                self._send(command)
            except NetworkError as exc:
                # The server is out of reach: the rest of the round would fail the same way.
                self._later(command, exc, None)
                outcome = Outcome.SERVER_ERROR if isinstance(exc, TlsError) else Outcome.OFFLINE
                return SyncReport(outcome, sent, failed, detail=str(exc))
            except (AuthenticationError, NotLoggedInError) as exc:
                self._outbox.reschedule(command.op_id, now, "login_required", str(exc), now)
                return SyncReport(Outcome.LOGIN_REQUIRED, sent, failed, detail=str(exc))
            except (RemoteError, _Unsendable, ValueError, KeyError, OSError) as exc:
                if getattr(exc, "transient", False):  # 5xx, 429, garbage answer: later
                    retry_after = exc.retry_after if isinstance(exc, ServerBusy) else None
                    self._later(command, exc, retry_after)
                else:  # refused for good (4xx, unreadable file, bad payload): shown with the reason
                    detail = exc.detail or exc.title if isinstance(exc, ProblemError) else str(exc)
                    code = getattr(exc, "code", "") or type(exc).__name__
                    self._outbox.mark_failed(command.op_id, code, detail, now)
                    failed += 1
                waiting.add(command.order_id)
            else:
                self._outbox.mark_done(command.op_id, self._clock.now())
                sent += 1
            touched.add(uuid.UUID(command.order_id))
        return SyncReport(
            Outcome.OK, sent, failed, changes=Changes(orders_saved=frozenset(touched))
        )

    def pull(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> SyncReport:
        account = self._account.state.key
        cursor = self._synced.cursor(account)
        restarted = False
        events = 0
        touched: set[uuid.UUID] = set()
        while True:
            try:
                page = self._account.call(partial(_changes, cursor=cursor))
            except NetworkError as exc:
                return self._pull_stopped(Outcome.OFFLINE, exc, events, touched)
            except AuthenticationError as exc:
                return self._pull_stopped(Outcome.LOGIN_REQUIRED, exc, events, touched)
            except ProblemError as exc:
                if exc.code == "cursor_invalid" and cursor != "0" and not restarted:
                    # The server no longer knows our position (restored or reset): read the
                    # feed again from the start; applying a page twice changes nothing.
                    log.warning("the server refused cursor %s; pulling from the start", cursor)
                    cursor, restarted = "0", True
                    continue
                return self._pull_stopped(Outcome.SERVER_ERROR, exc, events, touched)
            except RemoteError as exc:
                return self._pull_stopped(Outcome.SERVER_ERROR, exc, events, touched)
            self._synced.apply_page(feed_page(page), account, self._clock.now())
            cursor = page.next_cursor
            events += len(page.events)
            touched |= {ro.order.id for ro in page.orders}
            if progress is not None:
                progress(events)
            if not page.has_more:
                break
            if cancelled is not None and cancelled():
                return SyncReport(
                    Outcome.CANCELLED, events=events, changes=Changes(frozenset(touched))
                )
        self._synced.record_success(self._clock.now())
        return SyncReport(
            Outcome.OK, events=events, changes=Changes(orders_saved=frozenset(touched))
        )

    def seconds_until_retry(self) -> float | None:
        """When the next postponed command is due (for a timer), or None."""
        now = self._clock.now()
        times = [c.next_attempt_at for c in self._outbox.due(now) if c.next_attempt_at]
        return max((min(times) - now).total_seconds(), 0.0) if times else None

    def last_success(self) -> datetime | None:
        return self._synced.last_success()

    def _send(self, command: Command) -> None:
        payload = command.payload
        key = command.op_id
        kind = command.kind
        if kind is CommandKind.ATTACHMENT:
            path = self._attachments.path_for(str(payload["sha256"]))
            if not path.exists():
                raise _Unsendable("attachment_missing", str(payload.get("name", "")))
        request: Callable[[ApiClient], object]
        if kind is CommandKind.SUBMIT:
            request = lambda c: c.submit_order(payload, key)  # noqa: E731
        elif kind is CommandKind.ATTACHMENT:
            request = lambda c: c.upload_attachment(  # noqa: E731
                command.order_id, path, str(payload["name"]), str(payload["kind"]), key
            )
        elif kind is CommandKind.COMMENT:
            request = lambda c: c.post_comment(command.order_id, str(payload["text"]), key)  # noqa: E731
        elif kind is CommandKind.CANCELLATION:
            request = lambda c: c.request_cancellation(  # noqa: E731
                command.order_id, str(payload["reason"]), key
            )
        elif kind is CommandKind.INVOICE_CHANGE:
            request = lambda c: c.request_invoice_change(  # noqa: E731
                str(payload["invoice_id"]), str(payload["comment"]), key
            )
        else:
            request = lambda c: c.send_invoice_now(str(payload["invoice_id"]), key)  # noqa: E731
        self._account.call(request)

    def _later(self, command: Command, exc: Exception, retry_after: float | None) -> None:
        now = self._clock.now()
        at = now + backoff(command.attempts + 1, retry_after, self._rng)
        code = getattr(exc, "code", "") or type(exc).__name__
        self._outbox.reschedule(command.op_id, at, str(code), str(exc), now)

    def _pull_stopped(
        self, outcome: str, exc: Exception, events: int, touched: set[uuid.UUID]
    ) -> SyncReport:
        log.info("pull stopped: %s (%s)", outcome, exc)
        return SyncReport(
            outcome, events=events, detail=str(exc), changes=Changes(frozenset(touched))
        )


def _changes(client: ApiClient, cursor: str) -> ChangesPage:
    return client.changes(cursor, PAGE_SIZE)


def feed_page(page: ChangesPage) -> FeedPage:
    orders = tuple(
        replace(
            remote.order,
            status=remote.status,
            created_at=remote.submitted_at,
            updated_at=remote.updated_at,
        )
        for remote in page.orders
    )
    invoices = tuple(
        Invoice(
            id=i.id,
            order_id=i.order_id,
            number=i.number,
            status=i.status,
            invoice_date=i.invoice_date,
            currency=i.currency,
            net_cents=i.net_cents,
            vat_cents=i.vat_cents,
            gross_cents=i.gross_cents,
            contribution_cents=i.contribution_cents,
            vat_rate=i.vat_rate,
            updated_at=i.updated_at,
            change_request=i.change_request,
            lines=i.lines,
        )
        for i in page.invoices
    )
    events = tuple(
        TimelineEvent(
            order_id=e.order_id,
            type=e.type,
            actor=Actor.parse(e.actor_role),
            at=e.at,
            status_from=e.status_from,
            status_to=e.status_to,
            reason=e.reason,
            invoice_id=e.invoice_id,
            seq=e.seq,
        )
        for e in page.events
    )
    return FeedPage(orders, invoices, events, page.next_cursor, page.server_time)
