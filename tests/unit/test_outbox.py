"""The outbox and the stored feed: one transaction per local change or feed page."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.domain.commands import CommandKind, CommandState
from desktop_app.domain.errors import NotEditableError
from desktop_app.domain.invoice import Invoice
from desktop_app.domain.status import InvoiceStatus, OrderStatus
from desktop_app.domain.timeline import Actor, TimelineEvent
from desktop_app.platform.paths import AppPaths
from desktop_app.storage.database import Database
from desktop_app.storage.order_repository import OrderRepository
from desktop_app.storage.outbox import Outbox
from desktop_app.storage.sync_repository import FeedPage, SyncRepository
from tests.unit.storage_fixtures import MOMENT, open_profile_database, sample_order

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(app_paths: AppPaths) -> Iterator[Database]:
    database = open_profile_database(app_paths)
    yield database
    database.dispose()


def _draft(db: Database) -> str:
    order = sample_order()
    OrderRepository(db).save(order)
    return str(order.id)


def _status(db: Database, order_id: str) -> str:
    conn = sqlite3.connect(db.path)
    try:
        return str(conn.execute("SELECT status FROM orders WHERE id=?", (order_id,)).fetchone()[0])
    finally:
        conn.close()


def test_submit_locks_the_draft_and_queues_submission_then_uploads(db: Database) -> None:
    order_id = _draft(db)
    outbox = Outbox(lambda: db)
    commands = outbox.submit(order_id, {"id": order_id}, [{"sha256": "a" * 64}], NOW)
    assert [c.kind for c in commands] == [CommandKind.SUBMIT, CommandKind.ATTACHMENT]
    assert _status(db, order_id) == OrderStatus.SMART_REVIEW.value
    assert [c.op_id for c in outbox.due(NOW)] == [c.op_id for c in commands]
    assert len({c.op_id for c in commands}) == 2
    assert outbox.pending_count() == 2
    with pytest.raises(NotEditableError):
        outbox.submit(order_id, {"id": order_id}, [], NOW)  # no second submission
    assert outbox.pending_count() == 2


def test_refused_submission_returns_the_draft_and_drops_its_uploads(db: Database) -> None:
    order_id = _draft(db)
    outbox = Outbox(lambda: db)
    submit, upload = outbox.submit(order_id, {"id": order_id}, [{"sha256": "b" * 64}], NOW)
    outbox.mark_sending(submit.op_id, NOW)
    outbox.mark_failed(submit.op_id, "validation_failed", "Der Auftrag ist unvollständig", NOW)
    assert _status(db, order_id) == OrderStatus.DRAFT.value
    assert outbox.due(NOW) == []
    (failed,) = outbox.failed()
    assert (failed.op_id, failed.state, failed.error_code, failed.attempts) == (
        submit.op_id,
        CommandState.FAILED,
        "validation_failed",
        1,
    )
    assert outbox.get(upload.op_id) is None
    # Submitting again supersedes the refused one.
    outbox.submit(order_id, {"id": order_id}, [], NOW)
    assert outbox.failed() == []


def test_refused_comment_keeps_the_order_and_can_be_retried_or_discarded(db: Database) -> None:
    order_id = _draft(db)
    outbox = Outbox(lambda: db)
    comment = outbox.enqueue(order_id, CommandKind.COMMENT, {"text": "Hallo"}, NOW)
    outbox.mark_failed(comment.op_id, "forbidden", "nein", NOW)
    assert _status(db, order_id) == OrderStatus.DRAFT.value  # only submissions revert
    outbox.retry(comment.op_id, NOW)
    assert [c.state for c in outbox.due(NOW)] == [CommandState.QUEUED]
    outbox.mark_failed(comment.op_id, "forbidden", "nein", NOW)
    outbox.discard(comment.op_id)
    assert outbox.get(comment.op_id) is None


def test_reschedule_keeps_order_and_error_visible(db: Database) -> None:
    order_id = _draft(db)
    outbox = Outbox(lambda: db)
    command = outbox.enqueue(order_id, CommandKind.COMMENT, {"text": "x"}, NOW)
    later = NOW + timedelta(seconds=30)
    outbox.reschedule(command.op_id, later, "server_busy", "503", NOW)
    (stored,) = outbox.due(NOW)
    assert (stored.state, stored.next_attempt_at, stored.error_code) == (
        CommandState.QUEUED,
        later,
        "server_busy",
    )
    outbox.mark_done(command.op_id, NOW)
    assert outbox.due(NOW) == [] and outbox.pending_count() == 0
    assert outbox.unsent_for(order_id) == []


def _page(order_id: uuid.UUID, seqs: list[int], cursor: str) -> FeedPage:
    order = replace(
        sample_order(), id=order_id, status=OrderStatus.ACTIVE, created_at=NOW, updated_at=NOW
    )
    invoice = Invoice(
        id=f"{order_id}-1",
        order_id=str(order_id),
        number=1,
        status=InvoiceStatus.DRAFT,
        invoice_date=date(2026, 12, 4),
        currency="EUR",
        net_cents=100000,
        vat_cents=19000,
        gross_cents=119000,
        contribution_cents=9000,
        vat_rate="19",
        updated_at=NOW,
        lines=({"description": "Bühnenbild", "net_cents": 100000},),
    )
    events = tuple(
        TimelineEvent(str(order_id), "approved", Actor.STAFF, NOW, "smart_review", "active", seq=s)
        for s in seqs
    )
    return FeedPage((order,), (invoice,), events, cursor, NOW)


def test_a_feed_page_and_its_cursor_are_stored_together(db: Database) -> None:
    synced = SyncRepository(lambda: db)
    local = sample_order()
    OrderRepository(db).save(local)
    assert synced.cursor("anna") == "0"
    synced.apply_page(_page(local.id, [4, 5], "5"), "anna")
    synced.apply_page(_page(local.id, [5, 6], "6"), "anna")  # a page seen twice adds nothing
    assert synced.cursor("anna") == "6"
    assert synced.cursor("ben") == "0"  # another account starts over
    assert [e.seq for e in synced.events_for(str(local.id))] == [4, 5, 6]
    (invoice,) = synced.invoices(str(local.id))
    assert invoice.lines[0]["description"] == "Bühnenbild"
    stored = OrderRepository(db).get(local.id)
    assert stored is not None
    assert stored.status is OrderStatus.ACTIVE
    assert stored.created_at == local.created_at == MOMENT  # our first save is kept


def test_a_failing_page_stores_nothing(db: Database) -> None:
    synced = SyncRepository(lambda: db)
    order_id = uuid.uuid4()
    page = _page(order_id, [1], "1")
    broken = replace(page, events=(*page.events, replace(page.events[0], seq=None)))
    with pytest.raises(AssertionError):
        synced.apply_page(broken, "anna")
    assert synced.cursor("anna") == "0"
    assert OrderRepository(db).get(order_id) is None
    assert synced.events_for(str(order_id)) == []


def test_retry_uses_a_new_op_id_at_the_end_of_the_queue(db: Database) -> None:
    order_id = _draft(db)
    outbox = Outbox(lambda: db)
    refused = outbox.enqueue(order_id, CommandKind.COMMENT, {"text": "Hallo"}, NOW)
    later = outbox.enqueue(order_id, CommandKind.COMMENT, {"text": "Noch was"}, NOW)
    outbox.mark_failed(refused.op_id, "not_found", "", NOW)
    fresh = outbox.retry(refused.op_id, NOW)
    assert fresh is not None and fresh.op_id != refused.op_id
    assert fresh.payload == {"text": "Hallo"} and fresh.state is CommandState.QUEUED
    assert [c.op_id for c in outbox.due(NOW)] == [later.op_id, fresh.op_id]
    assert outbox.get(refused.op_id) is None
    assert outbox.retry(later.op_id, NOW) is None  # only refused commands are retried


def test_commands_behind_a_refused_submission_wait_for_the_next_one(db: Database) -> None:
    order_id = _draft(db)
    outbox = Outbox(lambda: db)
    submit, _upload = outbox.submit(order_id, {"id": order_id}, [{"sha256": "c" * 64}], NOW)
    comment = outbox.enqueue(order_id, CommandKind.COMMENT, {"text": "Eilt"}, NOW)
    outbox.mark_failed(submit.op_id, "validation_failed", "", NOW)
    assert outbox.due(NOW) == []  # the comment is not sent to an order Smart does not have
    held = {c.op_id: c for c in outbox.failed()}
    assert held[comment.op_id].error_code == "order_not_submitted"

    again = outbox.submit(order_id, {"id": order_id, "v": 2}, [], NOW)
    assert [c.kind for c in again] == [CommandKind.SUBMIT, CommandKind.COMMENT]
    assert again[1].payload == {"text": "Eilt"} and again[1].op_id != comment.op_id
    assert [c.op_id for c in outbox.due(NOW)] == [c.op_id for c in again]
    assert outbox.failed() == []


def test_deleting_a_draft_drops_its_unsent_commands(db: Database) -> None:
    order_id = _draft(db)
    outbox = Outbox(lambda: db)
    (submit,) = outbox.submit(order_id, {"id": order_id}, [], NOW)
    outbox.mark_failed(submit.op_id, "validation_failed", "", NOW)
    assert OrderRepository(db).delete(uuid.UUID(order_id))
    assert outbox.failed() == [] and outbox.due(NOW) == []
