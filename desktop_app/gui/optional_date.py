"""QDateEdit that can be empty: its minimum date stands for "not set"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

_UNSET = QDate(2000, 1, 1)
# Four-digit years everywhere (list, fields, messages); German order also in English, which
# Smart's members in Germany read on their invoices.
DATE_FORMAT = "dd.MM.yyyy"


def make_optional(edit: QDateEdit) -> None:
    edit.setMinimumDate(_UNSET)
    edit.setSpecialValueText("–")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(_UNSET)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def get_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return from_qdate(value)


def set_date(edit: QDateEdit, value: date | None) -> None:
    if value is None:
        edit.setDate(edit.minimumDate())
    else:
        edit.setDate(to_qdate(value))
