"""Commands a member gives that must reach Smart exactly once (the outbox's content)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class CommandKind(StrEnum):
    SUBMIT = "submit"
    ATTACHMENT = "attachment"
    COMMENT = "comment"
    CANCELLATION = "cancellation"
    INVOICE_CHANGE = "invoice_change"
    INVOICE_SEND_NOW = "invoice_send_now"


class CommandState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # a crash here leaves it to be resent with the same op id
    DONE = "done"
    FAILED = "failed"  # the server refused it for good; shown with its reason


@dataclass(frozen=True)
class Command:
    op_id: str  # sent as Idempotency-Key
    seq: int  # local order of creation; commands of one order are sent in this order
    order_id: str
    kind: CommandKind
    payload: dict[str, Any]
    state: CommandState
    attempts: int
    created_at: datetime
    next_attempt_at: datetime | None = None
    error_code: str = ""
    error_message: str = ""


MIN_CANCELLATION_REASON = 20
