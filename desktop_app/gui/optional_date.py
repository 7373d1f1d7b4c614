"""QDateEdit that can be empty: its minimum date stands for "not set"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

_UNSET = QDate(2000, 1, 1)


def make_optional(edit: QDateEdit) -> None:
    edit.setMinimumDate(_UNSET)
    edit.setSpecialValueText("–")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(_UNSET)


def get_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == edit.minimumDate() else value.toPython()


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value) if value is not None else edit.minimumDate())
