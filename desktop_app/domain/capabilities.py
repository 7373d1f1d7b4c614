"""Which order actions a status allows — decided here once, for the GUI and the services.

Read-only (support inspection) mode removes every action that changes data.
"""

from __future__ import annotations

from enum import StrEnum

from .status import OrderStatus


class OrderAction(StrEnum):
    EDIT = "edit"
    DELETE = "delete"
    SUBMIT = "submit"
    DUPLICATE = "duplicate"
    COMMENT = "comment"
    REQUEST_CANCELLATION = "request_cancellation"


_CHANGES_DATA = frozenset(OrderAction)  # every action writes something (duplicate: a draft)

_BY_STATUS: dict[OrderStatus, frozenset[OrderAction]] = {
    OrderStatus.DRAFT: frozenset(
        {OrderAction.EDIT, OrderAction.DELETE, OrderAction.SUBMIT, OrderAction.DUPLICATE}
    ),
    OrderStatus.ACTIVE: frozenset(
        {OrderAction.DUPLICATE, OrderAction.COMMENT, OrderAction.REQUEST_CANCELLATION}
    ),
}
_SUBMITTED = frozenset({OrderAction.DUPLICATE, OrderAction.COMMENT})


def allowed_actions(status: OrderStatus, read_only: bool = False) -> frozenset[OrderAction]:
    allowed = _BY_STATUS.get(status, _SUBMITTED)
    return allowed - _CHANGES_DATA if read_only else allowed
