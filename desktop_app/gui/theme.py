"""Palette-aware colours and style sheets for the light and the dark scheme.

Everything the app colours itself goes through here: ``color(name)`` for models
(ForegroundRole) and ``apply_style(widget, kind)`` for labels and banners. A style applied
that way is re-applied by ``refresh_styles()`` when the scheme changes (gui.appearance).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .theme_colors import COLORS, DARK, DARK_DISABLED, DARK_PALETTE, LIGHT

_STYLE_PROPERTY = "themeStyle"
_STYLES: dict[str, str] = {
    "error_text": "color: {error_text};",
    "error_badge": (
        "color: {error_badge_fg}; background: {error_badge_bg};"
        " padding: 2px 6px; border-radius: 3px;"
    ),
    "warning_badge": (
        "color: {warning_badge_fg}; background: {warning_badge_bg};"
        " padding: 2px 6px; border-radius: 3px;"
    ),
    "info_banner": "color: {info_banner_fg}; background: {info_banner_bg}; padding: 6px;",
    "notice_banner": "color: {notice_banner_fg}; background: {notice_banner_bg}; padding: 6px;",
    # The invoice review's difference marks (cells and their legend).
    "mark_share": "color: {mark_fg}; background: {mark_share_bg}; padding: 1px 4px;",
    "mark_changed": "color: {mark_fg}; background: {mark_changed_bg}; padding: 1px 4px;",
    "mark_one_side": "color: {mark_fg}; background: {mark_one_side_bg}; padding: 1px 4px;",
}
STYLE_KINDS = tuple(_STYLES)

_scheme_cache: dict[int, str] = {}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette (default: the application's) shows light text on dark."""
    palette = palette if palette is not None else QGuiApplication.palette()
    role = QPalette.ColorRole
    return palette.color(role.WindowText).lightness() > palette.color(role.Window).lightness()


def scheme() -> str:
    """The scheme the application palette shows now: ``"light"`` or ``"dark"``."""
    palette = QGuiApplication.palette()
    key = palette.cacheKey()
    found = _scheme_cache.get(key)
    if found is None:
        if len(_scheme_cache) > 16:
            _scheme_cache.clear()
        found = _scheme_cache[key] = DARK if is_dark(palette) else LIGHT
    return found


def color(name: str) -> QColor:
    """A semantic colour (``error_text``, ``pending_text``, …) for the current scheme."""
    return QColor(COLORS[scheme()][name])


def style_sheet(kind: str) -> str:
    return _STYLES[kind].format(**COLORS[scheme()])


def apply_style(widget: QWidget, kind: str | None) -> None:
    """Give the widget one of the app's styles (or none) and keep it across scheme changes."""
    widget.setProperty(_STYLE_PROPERTY, kind or "")
    widget.setStyleSheet(style_sheet(kind) if kind else "")


def style_of(widget: QWidget) -> str:
    return str(widget.property(_STYLE_PROPERTY) or "")


def refresh_styles() -> None:
    """Re-apply every style given by ``apply_style`` in the colours of the current scheme,
    and every other style sheet as it is: Qt resolves ``palette(...)`` in a sheet only when
    it is set, so a sheet kept from before would go on drawing in the old scheme."""
    for widget in QApplication.allWidgets():
        kind = widget.property(_STYLE_PROPERTY)
        if kind:
            widget.setStyleSheet(style_sheet(str(kind)))
        elif sheet := widget.styleSheet():
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def dark_palette() -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, value in DARK_PALETTE.items():
            palette.setColor(group, QPalette.ColorRole[role], QColor(value))
    for role, value in DARK_PALETTE.items():
        value = DARK_DISABLED.get(role, value)
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole[role], QColor(value))
    return palette
