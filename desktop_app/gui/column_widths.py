"""Default column widths measured from the texts a column shows, in the current language
and font, instead of fixed pixel numbers that cut "Bestätigung durch Kund*in" or an
English header. A layout the window saved is restored over these defaults."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from ..domain.status import OrderStatus
from .i18n import status_text

# Room for the cell's margins, the grid line and a sort indicator in the header.
PADDING = 28


def text_width(view: QAbstractItemView, texts: Iterable[str]) -> int:
    """Wide enough for the widest of ``texts`` in the view's font, and for the header's."""
    metrics = view.fontMetrics()
    return max((metrics.horizontalAdvance(text) for text in texts), default=0) + PADDING


def header_width(header: QHeaderView, column: int) -> int:
    """Wide enough for the column's title in the header's (often bold) font."""
    return header.sectionSizeFromContents(column).width() + 8


def fit_column(
    view: QAbstractItemView, header: QHeaderView, column: int, texts: Iterable[str]
) -> int:
    """Give ``column`` the width of its widest text or its title; returns the width."""
    width = max(text_width(view, texts), header_width(header, column))
    header.resizeSection(column, width)
    return width


def status_labels() -> list[str]:
    """Every order status as the person reads it (the longest decides the width)."""
    return [status_text(status) for status in OrderStatus]


def elide_titles(header: QHeaderView) -> None:
    """A title wider than its column ends in "…" (the tooltip has it in full) instead of
    being cut off at both ends."""
    header.setTextElideMode(Qt.TextElideMode.ElideRight)


def stretch(header: QHeaderView, columns: Iterable[int]) -> None:
    """These columns share the room the others leave (no sideways scrolling)."""
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
