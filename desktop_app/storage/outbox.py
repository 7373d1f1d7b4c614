"""The outbox: commands for the server, stored in the same transaction as the local change.

Commands of one order are sent in the order they were made (``seq``); ``sending`` marks a
command whose request may have reached the server — after a crash it is simply sent again
with the same op id, and the server's idempotency answers the stored response.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ..domain.commands import Command, CommandKind, CommandState
from ..domain.errors import NotEditableError
from ..domain.status import OrderStatus
from .database import Database
from .order_mapping import naive_utc, utc
from .records import OrderRecord, OutboxRecord

_OPEN = (CommandState.QUEUED.value, CommandState.SENDING.value)
# Held back because the order's submission was refused; sent after the next submission.
NOT_SUBMITTED = "order_not_submitted"


def _command(record: OutboxRecord) -> Command:
    created = utc(record.created_at)
    assert created is not None
    return Command(
        op_id=record.op_id,
        seq=record.seq,
        order_id=record.order_id,
        kind=CommandKind(record.kind),
        payload=json.loads(record.payload),
        state=CommandState(record.state),
        attempts=record.attempts,
        created_at=created,
        next_attempt_at=utc(record.next_attempt_at),
        error_code=record.error_code,
        error_message=record.error_message,
    )


def _add(
    session: Session, order_id: str, kind: CommandKind, payload: dict[str, Any], now: datetime
) -> OutboxRecord:
    record = OutboxRecord(
        op_id=str(uuid.uuid4()),
        order_id=order_id,
        kind=kind.value,
        payload=json.dumps(payload, ensure_ascii=False),
        state=CommandState.QUEUED.value,
        attempts=0,
        error_code="",
        error_message="",
        created_at=naive_utc(now),
        updated_at=naive_utc(now),
    )
    session.add(record)
    return record


class Outbox:
    def __init__(self, database: Callable[[], Database]) -> None:
        # A provider, not the Database: opening it loads SQLAlchemy, which start-up defers.
        self._database = database

    @property
    def _db(self) -> Database:
        return self._database()

    def submit(
        self,
        order_id: str,
        snapshot: dict[str, Any],
        uploads: list[dict[str, Any]],
        now: datetime,
    ) -> list[Command]:
        """Lock the draft (status smart_review) and queue its submission and its uploads,
        all in one transaction; older failed submissions of the order are superseded."""
        with self._db.write() as session:
            order = session.get(OrderRecord, order_id)
            if order is None or order.status != OrderStatus.DRAFT.value:
                raise NotEditableError(order_id)
            order.status = OrderStatus.SMART_REVIEW.value
            order.updated_at = naive_utc(now)
            session.execute(
                delete(OutboxRecord).where(
                    OutboxRecord.order_id == order_id,
                    OutboxRecord.kind.in_([CommandKind.SUBMIT.value, CommandKind.ATTACHMENT.value]),
                    OutboxRecord.state == CommandState.FAILED.value,
                )
            )
            held = session.scalars(
                select(OutboxRecord)
                .where(
                    OutboxRecord.order_id == order_id,
                    OutboxRecord.state == CommandState.FAILED.value,
                    OutboxRecord.error_code == NOT_SUBMITTED,
                )
                .order_by(OutboxRecord.seq)
            ).all()
            records = [_add(session, order_id, CommandKind.SUBMIT, snapshot, now)]
            records += [_add(session, order_id, CommandKind.ATTACHMENT, u, now) for u in uploads]
            for waiting in held:  # behind the new submission, under new op ids
                records.append(
                    _add(
                        session,
                        order_id,
                        CommandKind(waiting.kind),
                        json.loads(waiting.payload),
                        now,
                    )
                )
                session.delete(waiting)
            session.flush()
            return [_command(r) for r in records]

    def enqueue(
        self, order_id: str, kind: CommandKind, payload: dict[str, Any], now: datetime
    ) -> Command:
        with self._db.write() as session:
            record = _add(session, order_id, kind, payload, now)
            session.flush()
            return _command(record)

    def due(self, now: datetime) -> list[Command]:
        """Open commands, oldest first; the caller skips orders whose head is not yet due."""
        with self._db.read() as session:
            records = session.scalars(
                select(OutboxRecord).where(OutboxRecord.state.in_(_OPEN)).order_by(OutboxRecord.seq)
            ).all()
            return [_command(r) for r in records]

    def mark_sending(self, op_id: str, now: datetime) -> None:
        self._set(op_id, now, state=CommandState.SENDING.value, attempts=OutboxRecord.attempts + 1)

    def mark_done(self, op_id: str, now: datetime) -> None:
        self._set(op_id, now, state=CommandState.DONE.value, error_code="", error_message="")

    def reschedule(self, op_id: str, at: datetime, code: str, message: str, now: datetime) -> None:
        """A transient failure: try again at ``at``, keep the error visible meanwhile."""
        self._set(
            op_id,
            now,
            state=CommandState.QUEUED.value,
            next_attempt_at=naive_utc(at),
            error_code=code,
            error_message=message,
        )

    def mark_failed(self, op_id: str, code: str, message: str, now: datetime) -> None:
        """The server refused the command for good. A refused submission gives the draft
        back to the member and drops its queued uploads (they are queued again on resubmit)."""
        with self._db.write() as session:
            record = session.scalar(select(OutboxRecord).where(OutboxRecord.op_id == op_id))
            if record is None:
                return
            record.state = CommandState.FAILED.value
            record.error_code, record.error_message = code, message
            record.updated_at = naive_utc(now)
            if record.kind != CommandKind.SUBMIT.value:
                return
            order = session.get(OrderRecord, record.order_id)
            if order is not None and order.status == OrderStatus.SMART_REVIEW.value:
                order.status = OrderStatus.DRAFT.value
                order.updated_at = naive_utc(now)
            session.execute(
                delete(OutboxRecord).where(
                    OutboxRecord.order_id == record.order_id,
                    OutboxRecord.kind == CommandKind.ATTACHMENT.value,
                    OutboxRecord.state.in_(_OPEN),
                )
            )
            # Comments and the like cannot reach an order Smart does not have: they wait,
            # visibly, and go out again after the next successful submission.
            session.execute(
                update(OutboxRecord)
                .where(OutboxRecord.order_id == record.order_id, OutboxRecord.state.in_(_OPEN))
                .values(
                    state=CommandState.FAILED.value,
                    error_code=NOT_SUBMITTED,
                    error_message="",
                    updated_at=naive_utc(now),
                )
            )

    def retry(self, op_id: str, now: datetime) -> Command | None:
        """Send a refused command again. A new op id: the server keeps its answer to the old
        key (the refusal) and would replay it forever."""
        with self._db.write() as session:
            record = session.scalar(select(OutboxRecord).where(OutboxRecord.op_id == op_id))
            if record is None or record.state != CommandState.FAILED.value:
                return None
            fresh = _add(
                session, record.order_id, CommandKind(record.kind), json.loads(record.payload), now
            )
            session.delete(record)
            session.flush()
            return _command(fresh)

    def discard(self, op_id: str) -> None:
        with self._db.write() as session:
            session.execute(
                delete(OutboxRecord).where(
                    OutboxRecord.op_id == op_id, OutboxRecord.state == CommandState.FAILED.value
                )
            )

    def get(self, op_id: str) -> Command | None:
        with self._db.read() as session:
            record = session.scalar(select(OutboxRecord).where(OutboxRecord.op_id == op_id))
            return None if record is None else _command(record)

    def pending_count(self) -> int:
        with self._db.read() as session:
            count = session.scalar(
                select(func.count()).select_from(OutboxRecord).where(OutboxRecord.state.in_(_OPEN))
            )
            return int(count or 0)

    def failed(self) -> list[Command]:
        return self._where(OutboxRecord.state == CommandState.FAILED.value)

    def unsent_for(self, order_id: str) -> list[Command]:
        """Queued, sending and failed commands of one order (the timeline shows them)."""
        return self._where(
            OutboxRecord.order_id == order_id, OutboxRecord.state != CommandState.DONE.value
        )

    def _where(self, *conditions: Any) -> list[Command]:
        with self._db.read() as session:
            records = session.scalars(
                select(OutboxRecord).where(*conditions).order_by(OutboxRecord.seq)
            ).all()
            return [_command(r) for r in records]

    def _set(self, op_id: str, now: datetime, **values: Any) -> None:
        with self._db.write() as session:
            session.execute(
                update(OutboxRecord)
                .where(OutboxRecord.op_id == op_id)
                .values(updated_at=naive_utc(now), **values)
            )
