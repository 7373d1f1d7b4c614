"""The SVG icons: rendered from the vector at 200 % (not an upscaled 16 px bitmap), in the
palette's colours, and every icon-only button of the main window has a name for screen
readers and a tooltip."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMainWindow, QToolBar

from desktop_app.app import AppContext
from desktop_app.gui import icons
from desktop_app.platform.resources import icons_dir

SHIPPED = sorted(p.stem for p in icons_dir().glob("*.svg") if p.stem != "smart-orders")


@pytest.fixture(autouse=True)
def drawn() -> None:
    icons.release_rendering()  # an app started by an earlier test may still hold them


def _blank(image: QImage) -> bool:
    return all(
        image.pixelColor(x, y).alpha() == 0
        for x in range(image.width())
        for y in range(image.height())
    )


def test_every_icon_is_a_valid_recolourable_svg() -> None:
    assert {"new", "save", "find", "undo", "redo", "sync", "settings", "send"} <= set(SHIPPED)
    for name in SHIPPED:
        text = icons.svg_text(name)
        assert b"currentColor" in text, name
        assert b"#" not in text.replace(b"currentColor", b""), f"{name}: a fixed colour"
        assert QSvgRenderer(QByteArray(text)).isValid(), name


@pytest.mark.parametrize("name", ["save", "sync", "calendar"])
def test_icons_are_crisp_at_200_percent(qapp: QApplication, name: str) -> None:
    icon = icons.icon(name)
    pixmap = icon.pixmap(QSize(16, 16), 2.0)
    assert (pixmap.width(), pixmap.height()) == (32, 32)  # device pixels
    assert pixmap.devicePixelRatio() == 2.0
    ink = qapp.palette().color(QPalette.ColorRole.ButtonText)
    shown = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    from_vector = icons.render(name, QSize(32, 32), ink)
    upscaled = (
        icons.render(name, QSize(16, 16), ink)
        .scaled(
            32, 32, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        .convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    )
    assert shown == from_vector
    assert shown != upscaled  # the check above could tell a blown-up small bitmap apart


def test_held_icons_keep_their_size_but_stay_blank_until_released(qapp: QApplication) -> None:
    icons.hold_rendering()
    try:
        held = icons.icon("undo").pixmap(QSize(16, 16), 2.0)
        assert (held.width(), held.height()) == (32, 32) and _blank(held.toImage())
    finally:
        icons.release_rendering()
    assert not _blank(icons.icon("undo").pixmap(QSize(16, 16), 2.0).toImage())


class _PaintSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_releasing_repaints_the_toolbar_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    toolbar = window.addToolBar("Werkzeugleiste")
    action = toolbar.addAction(icons.icon("new"), "Neuer Entwurf")
    button = toolbar.widgetForAction(action)
    spy = _PaintSpy()
    button.installEventFilter(spy)
    icons.hold_rendering()
    window.show()
    qtbot.waitUntil(lambda: spy.paints > 0, timeout=3000)  # the first paint, icons held
    QApplication.processEvents()
    spy.paints = 0
    icons.release_rendering(window)
    qtbot.waitUntil(lambda: spy.paints > 0, timeout=3000)  # the held blank is painted over


def test_disabled_and_selected_icons_use_their_palette_colours(qapp: QApplication) -> None:
    icon = icons.icon("find")
    normal = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Normal).toImage()
    disabled = icon.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled).toImage()
    assert normal != disabled
    assert icons.foreground(QIcon.Mode.Selected) == qapp.palette().color(
        QPalette.ColorRole.HighlightedText
    )


def test_icon_only_buttons_have_accessible_names_and_tooltips(  # type: ignore[no-untyped-def]
    qtbot, start_app: Callable[[], AppContext]
) -> None:
    icons.hold_rendering()  # as at a real start: released once the list is on screen
    context = start_app()
    qtbot.waitUntil(lambda: context.settings_action is not None, timeout=10000)
    window = context.window
    assert not _blank(icons.icon("new").pixmap(QSize(16, 16)).toImage())
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    with_icons = [a for a in toolbar.actions() if not a.isSeparator()]
    assert with_icons and all(not a.icon().isNull() for a in with_icons)
    # Icon only, as on a narrow window or when someone switches the toolbar style.
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    buttons = window.findChildren(QAbstractButton)
    assert len(buttons) > 10
    unnamed = []
    for button in buttons:
        shows_text = bool(button.text().strip()) and (
            button.parent() is not toolbar
            or toolbar.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if shows_text:
            continue
        if not button.accessibleName().strip() or not button.toolTip().strip():
            where = type(button.parent()).__name__
            unnamed.append(f"{button.objectName() or type(button).__name__} in {where}")
    assert unnamed == [], "\n".join(unnamed)
