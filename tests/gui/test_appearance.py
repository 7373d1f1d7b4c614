"""Light/dark: forcing dark installs a dark palette and recolours the app's own colours and
icons; light brings everything back; the setting in Einstellungen saves and applies."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.app import AppContext
from desktop_app.domain.status import OrderStatus
from desktop_app.gui import icons, theme
from desktop_app.gui.appearance import ENV_VAR, Appearance
from desktop_app.gui.status_chips import StatusChips
from desktop_app.platform.settings import load_settings


@pytest.fixture
def restore_scheme(qapp: QApplication) -> Iterator[None]:
    style = qapp.style().name()
    icons.release_rendering()  # an app started by an earlier test may still hold them
    yield
    qapp.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
    qapp.setStyle(style)
    qapp.setPalette(QPalette())


def _window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def _darkest_or_lightest_ink(image: QImage) -> int:
    """The lightness of the most opaque pixel: the icon's stroke colour."""
    best = max(
        (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda c: c.alpha(),
    )
    return best.lightness()


@pytest.mark.usefixtures("restore_scheme")
def test_forced_dark_recolours_everything_and_light_restores(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_VAR, raising=False)
    label = QLabel("Bitte eine Zahl angeben")
    qtbot.addWidget(label)
    theme.apply_style(label, "error_text")
    appearance = Appearance("light")
    light_error = theme.color("error_text").name()
    light_sheet = label.styleSheet()
    light_ink = _darkest_or_lightest_ink(icons.icon("save").pixmap(QSize(16, 16)).toImage())
    assert _window_lightness() > 180 and not appearance.dark
    assert light_ink < 80  # dark strokes on the light window

    with qtbot.waitSignal(appearance.changed) as signal:
        appearance.set_mode("dark")
    assert signal.args == [True]
    assert _window_lightness() < 80 and theme.is_dark()
    assert theme.color("error_text").name() != light_error
    assert label.styleSheet() != light_sheet and theme.color("error_text").name() in (
        label.styleSheet()
    )
    dark_ink = _darkest_or_lightest_ink(icons.icon("save").pixmap(QSize(16, 16)).toImage())
    assert dark_ink > 180  # light strokes, visible on the dark window
    for kind in theme.STYLE_KINDS:  # every style has its colours in dark too
        assert "#" in theme.style_sheet(kind) and light_error not in theme.style_sheet(kind)

    with qtbot.waitSignal(appearance.changed) as signal:
        appearance.set_mode("light")
    assert signal.args == [False]
    assert _window_lightness() > 180
    assert theme.color("error_text").name() == light_error
    assert label.styleSheet() == light_sheet


@pytest.mark.usefixtures("restore_scheme")
def test_the_environment_wins_over_the_setting(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_VAR, "dark")
    appearance = Appearance("light")
    assert appearance.dark and _window_lightness() < 80
    appearance.set_mode("light")  # still forced
    assert appearance.dark and _window_lightness() < 80


@pytest.mark.usefixtures("restore_scheme")
def test_system_mode_without_a_dark_system_stays_light(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_VAR, raising=False)
    # The offscreen platform reports no scheme (Unknown): "System" means light here.
    assert QApplication.styleHints().colorScheme() != Qt.ColorScheme.Dark
    appearance = Appearance("dark")
    appearance.set_mode("system")
    assert not appearance.dark and _window_lightness() > 180


@pytest.mark.usefixtures("restore_scheme")
def test_the_settings_combo_saves_and_applies(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, start_app: Callable[[], AppContext]
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    context = start_app()
    qtbot.waitUntil(lambda: context.settings_action is not None, timeout=10000)
    action = context.settings_action
    assert action is not None and context.appearance is not None
    assert not context.appearance.dark
    action.open()
    dialog = action.dialog
    assert dialog is not None
    combo = dialog.appearance_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["System", "Hell", "Dunkel"]
    assert combo.currentData() == "system"

    combo.setCurrentIndex(combo.findData("dark"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog._on_save()
    assert load_settings(context.paths.settings_file).appearance == "dark"
    assert context.appearance.dark and _window_lightness() < 80

    action.open()
    assert action.dialog is not None
    assert action.dialog.appearance_combo.currentData() == "dark"  # shows what is stored
    action.dialog.appearance_combo.setCurrentIndex(0)
    with qtbot.waitSignal(action.dialog.saved, timeout=5000):
        action.dialog._on_save()
    assert load_settings(context.paths.settings_file).appearance == "system"
    assert not context.appearance.dark and _window_lightness() > 180


@pytest.mark.usefixtures("restore_scheme")
def test_palette_based_style_sheets_follow_a_switch(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(ENV_VAR, raising=False)
    appearance = Appearance("light")
    chips = StatusChips()
    qtbot.addWidget(chips)
    chips.set_counts({OrderStatus.ACTIVE: 2}, 2)
    chips.show()
    button = chips.buttons[OrderStatus.ACTIVE]
    role = QPalette.ColorRole.ButtonText
    assert button.palette().color(role).lightness() < 80
    appearance.set_mode("dark")
    # Qt resolves palette(...) in a style sheet once: without the refresh this stays black.
    assert button.palette().color(role).lightness() > 180
