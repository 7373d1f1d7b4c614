"""Support inspections: support reads any member's data, and the member sees that it did.

Each support user's first look at an order on a Berlin day records one "support_inspected"
event (actor "support", status unchanged, empty reason: the GUI words it as "Support hat diesen
Auftrag eingesehen"). Further looks that day record nothing, so browsing does not flood the
member's timeline; :class:`SupportInspectionRecord` keeps which support user it was.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .auth import Principal
from .clock import ServerClock
from .records import OrderRecord, SupportInspectionRecord
from .workflow import record_event


def note_inspection(
    session: Session, clock: ServerClock, order: OrderRecord, who: Principal
) -> None:
    if who.role != "support":
        return
    day = clock.today()
    seen = session.scalar(
        select(SupportInspectionRecord.id).where(
            SupportInspectionRecord.user_id == who.user_id,
            SupportInspectionRecord.order_id == order.id,
            SupportInspectionRecord.day == day,
        )
    )
    if seen is not None:
        return
    now = clock.now().replace(tzinfo=None)
    session.add(SupportInspectionRecord(user_id=who.user_id, order_id=order.id, day=day, at=now))
    record_event(session, clock, order, "support_inspected", "support", order.status)
