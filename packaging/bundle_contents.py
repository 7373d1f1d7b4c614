"""What goes into the PyInstaller bundle: data folders, excluded modules, pruned Qt files.

Imported by smart_orders.spec (and by tests/unit/test_bundle_contents.py); plain Python, no
PyInstaller import, so the rules can be tested without building.
"""

from __future__ import annotations

import posixpath
import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The app imports QtCore, QtGui, QtWidgets, QtNetwork (QNetworkInformation); QtSvg draws the
# icons (the svg plugins load it); QtDBus carries desktop notifications.
QT_MODULES_KEPT = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg", "QtDBus")

QT_MODULES_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
    "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth",
    "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning",
    "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

# Development and test tools that the analysis may reach through optional imports.
OTHER_EXCLUDED = (
    "tkinter", "pytest", "_pytest", "hypothesis", "schemathesis", "IPython", "numpy",
    "PIL", "matplotlib", "mypy", "ruff", "importlinter", "yaml", "icalendar", "pydoc_data",
    # pretty-printing only reached through type-checking or optional imports (2.5 MB)
    "rich", "pygments", "markdown_it", "mdurl",
)  # fmt: skip

# Only needed by --demo (the reference server inside the app).
DEMO_MODULES = (
    "reference_server", "fastapi", "uvicorn", "starlette", "pydantic", "pydantic_core",
    "anyio", "multipart", "python_multipart", "h11", "httptools", "websockets", "watchfiles",
    "desktop_app.demo_server", "desktop_app.demo_mode", "desktop_app.gui.demo_menu",
)  # fmt: skip

# Qt plugins kept, by folder; a folder not listed is dropped entirely.
PLUGINS_KEPT = {
    "platforms": ("xcb", "wayland", "offscreen", "windows", "cocoa"),  # offscreen: --self-test
    "platformthemes": ("xdgdesktopportal",),  # native file dialogs through the portal
    "platforminputcontexts": ("compose", "ibus"),  # dead keys and input methods
    "iconengines": ("svgicon",),
    "imageformats": ("svg", "ico"),
    # NetworkManager and ConnMan over D-Bus; the glib one would bring GIO (4 MB)
    "networkinformation": (
        "networkmanager", "connman", "networklistmanager", "scnetworkreachability"
    ),
    # Wayland: the shell and decorations; widgets draw into shared memory, so the OpenGL
    # buffer integrations (and xcbglintegrations on X11) are not needed
    "wayland-decoration-client": ("bradient", "adwaita"),
    "wayland-shell-integration": ("xdg-shell",),
    "styles": ("modernwindowsstyle", "windowsvistastyle", "macstyle"),
}  # fmt: skip

# Qt libraries no kept module or plugin needs (pulled in by dropped plugins).
_DROPPED_LIBRARY = re.compile(
    r"Qt6(Quick|Qml|VirtualKeyboard|Pdf|Designer|Lottie|Labs|WaylandCompositor|Wl"
    r"ShellIntegration|EglFS|Test|Sql|UiTools|Help|Concurrent|OpenGLWidgets|PrintSupport|Xml"
    r"|SvgWidgets)"
)

TRANSLATIONS_KEPT = re.compile(r"^qt(base)?_(de|en)\.qm$")

# Linux and macOS wheels: PySide6/Qt/plugins/…; Windows wheels: PySide6/plugins/…
_PLUGIN_PATH = re.compile(r"(?:^|/)(?:Qt6?|PySide6)/plugins/([^/]+)/([^/]+)$")
_TRANSLATION_PATH = re.compile(r"(?:^|/)(?:Qt6?|PySide6)/translations/([^/]+)$")
_LIBRARY_NAME = re.compile(r"(?:^|/)(?:lib)?(Qt6[A-Za-z]+)")


def plugin_name(filename: str) -> str:
    """libqxcb.so, qwindows.dll, libqsvgicon.dylib -> xcb, windows, svgicon."""
    stem = filename.split(".")[0].removeprefix("lib")
    return stem.removeprefix("q") if not stem.startswith("qt-") else stem


def keeps(dest: str) -> bool:
    """Whether a file the analysis collected stays in the bundle (dest: its bundle path)."""
    dest = dest.replace("\\", "/")
    plugin = _PLUGIN_PATH.search(dest)
    if plugin:
        folder, filename = plugin.groups()
        return plugin_name(filename) in PLUGINS_KEPT.get(folder, ())
    translation = _TRANSLATION_PATH.search(dest)
    if translation:
        return bool(TRANSLATIONS_KEPT.match(translation.group(1)))
    if re.search(r"(?:^|/)(?:Qt6?|PySide6)/qml(?:/|$)", dest):
        return False
    library = _LIBRARY_NAME.search(dest.rpartition("/")[2] if "/" in dest else dest)
    return not (library and _DROPPED_LIBRARY.match(library.group(1)))


def prune(
    entries: Iterable[tuple[str, str, str]], dropped: list[str] | None = None
) -> list[tuple[str, str, str]]:
    """PyInstaller TOC entries (dest, source, kind) without the dropped Qt files; the
    dropped bundle paths are appended to ``dropped`` for the build report."""
    kept = []
    for entry in entries:
        if keeps(entry[0]):
            kept.append(entry)
        elif dropped is not None:
            dropped.append(entry[0])
    return kept


# Libraries every Linux desktop has, left to the host as AppImages do (the excludelist of
# github.com/AppImageCommunity/pkg2appimage): a bundled copy of these is either redundant or
# harmful. libstdc++/libgcc_s older than the system's break the system's GL drivers, and an
# old fontconfig misreads the system's font configuration.
HOST_LIBRARIES = frozenset(
    {
        "libstdc++.so.6", "libgcc_s.so.1", "libX11.so.6", "libX11-xcb.so.1", "libxcb.so.1",
        "libfontconfig.so.1", "libfreetype.so.6", "libharfbuzz.so.0", "libfribidi.so.0",
        "libexpat.so.1", "libz.so.1", "libuuid.so.1", "libcom_err.so.2", "libgpg-error.so.0",
        "libICE.so.6", "libSM.so.6", "libusb-1.0.so.0", "libasound.so.2", "libgmp.so.10",
        "libwayland-client.so.0", "libGL.so.1", "libEGL.so.1", "libGLX.so.0", "libOpenGL.so.0",
        "libGLdispatch.so.0", "libdrm.so.2", "libgbm.so.1",
    }
)  # fmt: skip


def unreachable_libraries(
    binaries: Iterable[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[str]],
    host: frozenset[str] = HOST_LIBRARIES,
) -> set[str]:
    """Shared libraries to leave out (bundle paths): those the host provides, and those no
    kept binary needs any more.

    The analysis collects the dependencies of every plugin before the plugins are pruned:
    the dropped GTK theme alone brings cairo, pango and gdk-pixbuf. Starting from every
    kept Python extension and Qt plugin (and the Python library, which the bootloader
    loads), the libraries reached through their link-time imports stay, except the host's
    (whose own imports are then the host's business too); ``imports_of`` maps a binary's
    source file to the names it imports."""
    entries = [entry for entry in binaries if entry[2] in ("BINARY", "EXTENSION")]
    by_name: dict[str, tuple[str, str]] = {}
    roots: list[str] = []
    removed: set[str] = set()
    for dest, source, kind in entries:
        name = _basename(dest)
        if name in host:
            removed.add(dest)
        elif kind == "EXTENSION" or "/plugins/" in f"/{dest}" or name.startswith("libpython"):
            roots.append(source)
        else:
            by_name[name] = (dest, source)
    reached: set[str] = set()
    pending = list(roots)
    while pending:
        for imported in imports_of(pending.pop()):
            name = _basename(imported)
            if name in by_name and name not in reached:
                reached.add(name)
                pending.append(by_name[name][1])
    return removed | {dest for name, (dest, _source) in by_name.items() if name not in reached}


def _basename(path: str) -> str:
    return path.replace("\\", "/").rpartition("/")[2]


def without(
    entries: Iterable[tuple[str, str, str]], removed: set[str]
) -> list[tuple[str, str, str]]:
    """TOC entries without ``removed`` and without symlinks that would point at them."""
    kept = []
    for dest, source, kind in entries:
        if dest in removed:
            continue
        if kind == "SYMLINK":
            # the target is given relative to the bundle (PyInstaller 6) or to the link
            beside = posixpath.normpath(posixpath.join(posixpath.dirname(dest), source))
            if source in removed or beside in removed:
                continue
        kept.append((dest, source, kind))
    return kept


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def packaging_requirements() -> list[str]:
    """The [packaging] extra of pyproject.toml: what the build installs."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return list(project["optional-dependencies"]["packaging"])


def data_files() -> list[tuple[str, str]]:
    """(source, bundle folder) pairs, laid out as in the wheel so that
    desktop_app.platform.resources finds them the same way; the migrations are read from
    disk by Alembic, so their .py files ship as data beside the compiled package."""
    migrations = ROOT / "desktop_app" / "storage" / "migrations"
    return [
        (str(ROOT / "resources" / "icons" / "*.svg"), "desktop_app/resources/icons"),
        (str(ROOT / "resources" / "translations" / "*.qm"), "desktop_app/resources/translations"),
        (str(ROOT / "ui" / "*.ui"), "desktop_app/ui"),
        (str(migrations / "env.py"), "desktop_app/storage/migrations"),
        (str(migrations / "script.py.mako"), "desktop_app/storage/migrations"),
        (str(migrations / "versions" / "*.py"), "desktop_app/storage/migrations/versions"),
    ]


def excluded_modules(with_demo: bool) -> list[str]:
    excluded = [f"PySide6.{name}" for name in QT_MODULES_EXCLUDED]
    excluded += OTHER_EXCLUDED
    if not with_demo:
        excluded += DEMO_MODULES
    return excluded


def hidden_imports(with_demo: bool) -> list[str]:
    """Imported by name at run time, invisible to the analysis."""
    hidden = [f"PySide6.{name}" for name in QT_MODULES_KEPT]  # e.g. QtDBus, imported lazily
    hidden += ["alembic.runtime.migration", "alembic.ddl.sqlite", "alembic.op"]
    hidden += ["keyring.backends.SecretService", "keyring.backends.kwallet"]
    hidden += ["keyring.backends.libsecret", "keyring.backends.chainer"]
    if with_demo:
        hidden += ["desktop_app.demo_mode", "desktop_app.demo_server"]
    return hidden
