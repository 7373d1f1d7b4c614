"""What a profile holds for the account it is logged in to, and forgetting it when another
account logs in: the new account must see none of the old one's orders, and none of the old
account's commands may ever be sent with the new account's token."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from ..domain.commands import CommandState
from ..domain.status import OrderStatus
from .database import Database
from .records import (
    DeliveredNotificationRecord,
    InvoiceRecord,
    OrderRecord,
    OutboxRecord,
    SyncStateRecord,
    TimelineEventRecord,
)


class PendingCommandsError(Exception):
    """Commands of the previous account still wait to be sent; switching would lose them."""

    code = "pending_commands"


def forget_account_data(db: Database) -> None:
    """Drop everything that came from or goes to the previous account, in one transaction.
    Local drafts stay: they belong to the person at this computer, not to an account."""
    with db.write() as session:
        waiting = session.scalar(
            select(func.count())
            .select_from(OutboxRecord)
            .where(OutboxRecord.state.in_([CommandState.QUEUED.value, CommandState.SENDING.value]))
        )
        if waiting:
            raise PendingCommandsError(f"{waiting} commands not yet sent")
        # The delivered notifications go too: keys like event:<seq> would clash with the
        # new account's sequence numbers, and its history must be taken in silently.
        for table in (
            OutboxRecord,
            TimelineEventRecord,
            InvoiceRecord,
            SyncStateRecord,
            DeliveredNotificationRecord,
        ):
            session.execute(delete(table))
        session.execute(delete(OrderRecord).where(OrderRecord.status != OrderStatus.DRAFT.value))
