"""Undo for the whole draft form: each command swaps two snapshots of the order.

Typing in one field merges into one command, so Ctrl+Z takes back a whole word or line of
edits to that field rather than one key at a time.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack

from ..domain.order import Order
from .problem_texts import field_label


class SnapshotCommand(QUndoCommand):
    # Changes to these replace structure (rows, dates, files): each is its own undo step.
    _NEVER_MERGED = frozenset({"line_items:rows", "invoice_dates", "attachments"})

    def __init__(
        self,
        apply: Callable[[Order], None],
        before: Order,
        after: Order,
        field: str,
        generation: int = 0,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("SnapshotCommand", "Änderung an %1").replace(
                "%1", field_label(field.split(":")[0])
            )
        )
        self._apply = apply
        self.before = before
        self.after = after
        self.field = field
        self._generation = generation
        self._pushed = False

    def id(self) -> int:
        if self.field in self._NEVER_MERGED:
            return -1
        # Typing in one field merges, but not across a save (the generation changes).
        return zlib.crc32(f"{self.field}#{self._generation}".encode()) & 0x7FFFFFFF

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand) or other.field != self.field:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        # The first redo happens on push, when the widgets already show the new state.
        if self._pushed:
            self._apply(self.after)
        self._pushed = True

    def undo(self) -> None:
        self._apply(self.before)


class UndoKeyFilter(QObject):
    """Routes Ctrl+Z / Ctrl+Shift+Z in text fields to the form's stack, so that the form has
    one history instead of one per widget plus one for the form."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo):
            if kind == QEvent.Type.KeyPress:
                self._stack.undo()
            event.accept()
            return True
        if event.matches(QKeySequence.StandardKey.Redo):
            if kind == QEvent.Type.KeyPress:
                self._stack.redo()
            event.accept()
            return True
        return False
