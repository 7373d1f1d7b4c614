"""The Qt half of --self-test: platform plugins, translations, icons, forms.

Each check returns (passed, detail). They exercise what a bundle can lose when it is pruned:
the platform plugins, the svg image and icon engine plugins, Qt's and our .qm files, the
generated forms. The self-test is headless: unless QT_QPA_PLATFORM says otherwise it runs
offscreen, and the desktop's own plugin is only loaded as a library (a missing system library
then shows as a failed check instead of aborting the process).
"""

from __future__ import annotations

import importlib
import os
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QPluginLoader, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QWidget

from ..platform.resources import icons_dir, ui_dir
from .i18n import install_translators

Outcome = tuple[bool, str]

# The plugin a desktop session needs on each system; others are reported when present.
NATIVE_PLATFORM = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}
OPTIONAL_PLATFORMS = ("wayland",)
ICON_SIZE = 32


def qt_checks() -> list[tuple[str, Callable[[], Outcome]]]:
    return [
        ("Plattform", check_platform),
        ("Übersetzungen", check_translations),
        ("Symbole", check_icons),
        ("Formulare", check_forms),
    ]


def _application() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def check_platform() -> Outcome:
    _application()
    current = QGuiApplication.platformName()
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = {_plugin_name(path): path for path in folder.glob("*") if path.is_file()}
    native = NATIVE_PLATFORM.get(sys.platform)
    loaded: list[str] = []
    problems: list[str] = []
    unusable: list[str] = []
    for name in (native, *OPTIONAL_PLATFORMS):
        if name is None or name == current:
            continue
        if name not in found:
            if name == native:
                problems.append(f"Plattform-Plugin {name} fehlt in {folder}")
            continue
        loader = QPluginLoader(str(found[name]))
        if loader.load():
            loaded.append(name)
        elif name == native:
            problems.append(f"{name} lädt nicht: {loader.errorString()}")
        else:  # e.g. Wayland without its system libraries: X11 (xcb) is used instead
            unusable.append(f"{name} ({_missing_library(loader.errorString())})")
    detail = f"läuft mit {current}; ladbar: {', '.join(loaded) or '–'}"
    if unusable:
        detail += f"; nicht nutzbar: {', '.join(unusable)}"
    if problems:
        return False, f"{detail}; " + "; ".join(problems)
    return True, detail


def _missing_library(error: str) -> str:
    # "Cannot load library …/libqwayland.so: libwayland-cursor.so.0: cannot open …"
    parts = error.split(": ")
    return parts[1] if len(parts) > 2 else error


def _plugin_name(path: Path) -> str:
    # libqxcb.so, qwindows.dll, libqcocoa.dylib -> xcb, windows, cocoa
    stem = path.name.split(".")[0]
    stem = stem.removeprefix("lib")
    return stem.removeprefix("q")


def check_translations() -> Outcome:
    app = _application()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_de", qt_folder):
        return False, f"Qts deutsche Übersetzung qtbase_de.qm fehlt in {qt_folder}"
    translators = install_translators(app, "en")
    try:
        english = QCoreApplication.translate("MainWindow", "&Datei")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "de")
    if english != "&File":
        return False, f"die englische Übersetzung übersetzt „&Datei“ nicht (ergibt „{english}“)"
    return True, "Englisch („&Datei“ → „&File“) und Qts deutsche Texte geladen"


def check_icons() -> Outcome:
    _application()
    icons = sorted(icons_dir().glob("*.svg"))
    if not icons:
        return False, f"keine Symbole in {icons_dir()}"
    broken = [path.name for path in icons if not _renders(path)]
    if broken:
        return False, f"{len(broken)} von {len(icons)} zeichnen nicht: {', '.join(broken)}"
    return True, f"{len(icons)} SVG-Symbole gezeichnet"


def _renders(path: Path) -> bool:
    """Drawn through QtSvg and through QIcon (which needs the svg icon engine plugin),
    each into something with at least one visible pixel."""
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        return False
    image = QImage(ICON_SIZE, ICON_SIZE, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    pixmap = QIcon(str(path)).pixmap(ICON_SIZE, ICON_SIZE)
    return (
        _has_visible_pixel(image) and not pixmap.isNull() and _has_visible_pixel(pixmap.toImage())
    )


def _has_visible_pixel(image: QImage) -> bool:
    return any(
        image.pixelColor(x, y).alpha() > 0
        for y in range(image.height())
        for x in range(image.width())
    )


def check_forms() -> Outcome:
    """Every Designer form in ui/ has its generated class, and that class builds."""
    _application()
    forms = sorted(ui_dir().glob("*.ui"))
    if not forms:
        return False, f"keine .ui-Formulare in {ui_dir()}"
    built = []
    for path in forms:
        class_name = ElementTree.parse(path).getroot().findtext("class")
        module = importlib.import_module(f"{__package__}.forms.ui_{path.stem}")
        form = getattr(module, f"Ui_{class_name}", None)
        if form is None:
            return False, f"zu {path.name} fehlt die erzeugte Klasse Ui_{class_name}"
        widget = QWidget()
        try:
            form().setupUi(widget)
            children = len(widget.findChildren(QWidget))
        finally:
            widget.deleteLater()
        if children == 0:
            return False, f"{path.name} ergibt ein leeres Formular"
        built.append(f"{path.name} ({children} Elemente)")
    return True, ", ".join(built)
