"""Light or dark: follows the system's colour scheme, or the choice in Einstellungen, or
``SMART_ORDERS_THEME=light|dark`` (for screenshots; it wins over both).

Where the platform can switch itself (Windows 11, macOS, GNOME/KDE with a platform theme)
its own palette is kept; where it cannot (offscreen, bare X11) the Fusion style with the
app's dark palette (gui.theme_colors) stands in. Style sheets given by ``theme.apply_style``
are re-applied on every change; icons (gui.icons) read the palette when painted.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from . import theme

log = logging.getLogger(__name__)

ENV_VAR = "SMART_ORDERS_THEME"
MODES = ("system", "light", "dark")
_REQUESTED = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def forced_mode() -> str | None:
    """``light`` or ``dark`` when the environment forces a scheme, else None."""
    value = os.environ.get(ENV_VAR, "").strip().lower()
    return value if value in ("light", "dark") else None


class Appearance(QObject):
    changed = Signal(bool)  # True: dark

    def __init__(self, mode: str = "system", parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        # Read when first needed: touching QStyle from Python builds its large enums (~10 ms).
        self._platform_style: str | None = None
        self._mode = mode if mode in MODES else "system"
        self._forced = forced_mode()
        self._ours: bool | None = None  # the scheme of the palette we installed, if any
        self._requested = Qt.ColorScheme.Unknown  # what we asked the platform for
        self._dark = theme.is_dark()
        app.styleHints().colorSchemeChanged.connect(self._on_system_changed)
        self.apply()

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def dark(self) -> bool:
        return self._dark

    def set_mode(self, mode: str) -> None:
        self._mode = mode if mode in MODES else "system"
        self.apply()

    def wants_dark(self) -> bool:
        mode = self._forced or self._mode
        if mode == "system":
            return self._app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return mode == "dark"

    def apply(self) -> None:
        requested = _REQUESTED[self._forced or self._mode]
        if requested != self._requested:
            # Asks the platform to switch (Qt ≥ 6.8); Unknown follows the system again.
            # Only on a change: each call makes Qt send every widget a theme change.
            self._requested = requested
            self._app.styleHints().setColorScheme(requested)
        dark = self.wants_dark()
        if self._ours is not None and self._ours != dark:
            self._restore_platform()
        if self._ours is None and theme.is_dark() != dark:
            self._install(dark)
        if dark != self._dark:
            self._dark = dark
            theme.refresh_styles()
            self.changed.emit(dark)

    def _install(self, dark: bool) -> None:
        log.info("platform cannot show the %s scheme: using Fusion", "dark" if dark else "light")
        if self._platform_style is None:
            self._platform_style = self._app.style().name()
        self._app.setStyle("Fusion")
        style = self._app.style()
        self._app.setPalette(theme.dark_palette() if dark else style.standardPalette())
        self._ours = dark

    def _restore_platform(self) -> None:
        if self._platform_style is not None:
            self._app.setStyle(self._platform_style)
        self._app.setPalette(QPalette())  # nothing set: the platform's (or style's) palette
        self._ours = None

    def _on_system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._forced is None and self._mode == "system":
            self.apply()
