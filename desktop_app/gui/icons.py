"""The app's SVG icons (resources/icons), drawn in the palette's text colour at whatever
size and device pixel ratio they are painted: crisp at 200 %, readable in the dark scheme.

Each SVG strokes with ``currentColor``; the engine substitutes the colour for the icon's
mode (normal, disabled, selected) from the application palette at paint time and renders
the vector straight to the device pixels asked for (never an upscaled small bitmap).

At start-up the app holds rendering (``hold_rendering``) until the list is on screen: the
first paint shows the icons' space empty (so nothing moves), QtSvg is loaded and the icons
drawn a moment later (``release_rendering``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from ..platform.resources import icons_dir

_svg_texts: dict[str, bytes] = {}
_icons: dict[str, QIcon] = {}
_CACHE_LIMIT = 24
_held = False


def hold_rendering() -> None:
    """Paint icons as empty space of their size until ``release_rendering``."""
    global _held
    _held = True


def release_rendering(*windows: QWidget) -> None:
    """Draw the icons from now on, and repaint ``windows`` to show them."""
    global _held
    _held = False
    for window in windows:
        if shiboken6.isValid(window):  # it may have closed meanwhile
            window.update()


def svg_text(name: str) -> bytes:
    """The icon's SVG source (read once; an unknown name raises FileNotFoundError)."""
    text = _svg_texts.get(name)
    if text is None:
        text = _svg_texts[name] = (icons_dir() / f"{name}.svg").read_bytes()
    return text


def foreground(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)


def render(name: str, pixels: QSize, color: QColor) -> QImage:
    """The icon rendered from the vector into an image of exactly ``pixels``."""
    from PySide6.QtSvg import QSvgRenderer  # loaded with the first icon, after the first paint

    data = svg_text(name).replace(b"currentColor", color.name().encode("ascii"))
    renderer = QSvgRenderer(QByteArray(data))
    image = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, pixels.width(), pixels.height()))
    painter.end()
    return image


class SvgIconEngine(QIconEngine):
    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._pixmaps: dict[tuple[int, int, float, int], QPixmap] = {}
        self._clones: list[SvgIconEngine] = []  # kept alive: Qt holds them by pointer

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        scale = scale if scale > 0 else 1.0
        pixels = QSize(round(size.width() * scale), round(size.height() * scale))
        if pixels.isEmpty():
            return QPixmap()
        if _held:
            blank = QPixmap(pixels)
            blank.fill(Qt.GlobalColor.transparent)
            blank.setDevicePixelRatio(scale)
            return blank
        color = foreground(mode)
        key = (pixels.width(), pixels.height(), scale, color.rgba())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) >= _CACHE_LIMIT:
                self._pixmaps.clear()  # e.g. many scheme changes: start over
            pixmap = QPixmap.fromImage(render(self._name, pixels, color))
            pixmap.setDevicePixelRatio(scale)
            self._pixmaps[key] = pixmap
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)  # the icons are square

    def iconName(self) -> str:
        return self._name

    def clone(self) -> QIconEngine:
        made = SvgIconEngine(self._name)
        self._clones.append(made)
        return made


def icon(name: str) -> QIcon:
    """The named icon (a file ``resources/icons/<name>.svg``), shared across the app."""
    found = _icons.get(name)
    if found is None:
        found = _icons[name] = QIcon(SvgIconEngine(name))
    return found
