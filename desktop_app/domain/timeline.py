"""One order's history: events from the server and local commands not yet sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Actor(StrEnum):
    MEMBER = "member"
    STAFF = "staff"  # Smart
    CLIENT = "client"
    SYSTEM = "system"
    SUPPORT = "support"

    @classmethod
    def parse(cls, value: str) -> Actor:
        try:
            return cls(value)
        except ValueError:
            return cls.SYSTEM


@dataclass(frozen=True)
class TimelineEvent:
    """A server event (``seq`` set) or a local command waiting to be sent (``pending``)."""

    order_id: str
    type: str
    actor: Actor
    at: datetime  # aware, UTC
    status_from: str | None = None
    status_to: str | None = None
    reason: str = ""
    invoice_id: str | None = None
    seq: int | None = None
    pending: bool = False


def merged_timeline(
    server: list[TimelineEvent], pending: list[TimelineEvent]
) -> list[TimelineEvent]:
    """Server events in their server order, then local commands in the order they were made:
    a command not yet sent has happened after everything the server has told us so far."""
    ordered = sorted(server, key=lambda e: e.seq if e.seq is not None else 0)
    return ordered + sorted(pending, key=lambda e: e.at)
