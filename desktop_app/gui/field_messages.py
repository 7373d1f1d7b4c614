"""Inline validation messages beside each field of the form, in the person's language."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QWidget

from ..domain.validation import Code, Problem, Severity
from . import theme
from .problem_texts import field_label, problem_text


def _top_field(field: str) -> str:
    """``line_items[2].unit_price`` → ``line_items``; ``invoice_dates[0]`` → ``invoice_dates``."""
    return re.sub(r"\[\d+\].*$", "", field)


class FieldMessages:
    """One message label under each registered field; shows its problems or hides."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def register(self, field: str, widget: QWidget, form: QFormLayout) -> None:
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"message_{field}")
        label.setWordWrap(True)
        label.hide()
        row = int(form.getWidgetPosition(widget)[0])  # type: ignore[index]
        if row < 0:  # the widget sits inside a nested layout of the form
            row = _row_of_nested(form, widget)
        form.insertRow(row + 1, "", label)
        label.setAccessibleName(field_label(field))
        self._labels[field] = label
        self._widgets[field] = widget

    def widget_for(self, field: str) -> QWidget | None:
        return self._widgets.get(_top_field(field)) or self._widgets.get(field)

    def focus(self, field: str) -> bool:
        """Bring the field of a problem into view and give it the keyboard focus."""
        widget = self.widget_for(field)
        if widget is None:
            return False
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        widget.setFocus()
        return True

    def show(self, problems: list[Problem], visible_required: set[str] | None) -> None:
        """Show ``problems``; REQUIRED ones only for fields in ``visible_required``
        (None: all of them)."""
        grouped: dict[str, list[Problem]] = {}
        for problem in problems:
            top = _top_field(problem.field)
            if (
                problem.code is Code.REQUIRED
                and visible_required is not None
                and top not in visible_required
            ):
                continue
            key = top if top in self._labels else problem.field
            grouped.setdefault(key, []).append(problem)
        for field, label in self._labels.items():
            found = grouped.get(field)
            widget = self._widgets[field]
            if not found:
                label.hide()
                label.clear()
                widget.setProperty("invalid", False)
                widget.setToolTip("")
                continue
            lines = []
            for problem in found:
                text = problem_text(problem)
                if problem.field != field:
                    text = f"{field_label(problem.field)}: {text}"
                lines.append(text)
            severe = any(p.severity is Severity.ERROR for p in found)
            theme.apply_style(label, "error_badge" if severe else "warning_badge")
            label.setText("\n".join(lines))
            label.show()
            widget.setProperty("invalid", severe)
            widget.setToolTip("\n".join(lines))

    def visible_messages(self) -> dict[str, str]:
        return {f: lab.text() for f, lab in self._labels.items() if not lab.isHidden()}


def _row_of_nested(form: QFormLayout, widget: QWidget) -> int:
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            layout = item.layout() if item is not None else None
            if layout is None:
                continue
            for i in range(layout.count()):
                child = layout.itemAt(i)
                if child is not None and child.widget() is widget:
                    return row
    raise ValueError("widget is not in this form")
