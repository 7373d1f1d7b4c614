"""The bundle's pruning rules (packaging/bundle_contents.py), checked without building."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_contents as contents  # noqa: E402

LINUX = "PySide6/Qt/plugins"
WINDOWS = "PySide6/plugins"


@pytest.mark.parametrize(
    "dest",
    [
        f"{LINUX}/platforms/libqxcb.so",
        f"{LINUX}/platforms/libqwayland.so",
        f"{LINUX}/platforms/libqoffscreen.so",
        f"{LINUX}/iconengines/libqsvgicon.so",
        f"{LINUX}/imageformats/libqsvg.so",
        f"{LINUX}/platformthemes/libqxdgdesktopportal.so",
        f"{LINUX}/wayland-shell-integration/libxdg-shell.so",
        f"{WINDOWS}/platforms/qwindows.dll",
        f"{WINDOWS}/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_en.qm",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/QtDBus.abi3.so",
        "libpython3.11.so.1.0",
    ],
)
def test_what_the_app_needs_stays(dest: str) -> None:
    assert contents.keeps(dest)


@pytest.mark.parametrize(
    "dest",
    [
        f"{LINUX}/platforms/libqeglfs.so",
        f"{LINUX}/platforms/libqvnc.so",
        f"{LINUX}/imageformats/libqpdf.so",
        f"{LINUX}/imageformats/libqjpeg.so",
        f"{LINUX}/platformthemes/libqgtk3.so",
        f"{LINUX}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{LINUX}/sqldrivers/libqsqlite.so",
        f"{LINUX}/designer/libqwebengineview.so",
        f"{LINUX}/wayland-graphics-integration-server/libqt-wayland-compositor-wayland-egl.so",
        f"{WINDOWS}/imageformats/qpdf.dll",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtdeclarative_de.qm",
        "PySide6/Qt/translations/designer_de.qm",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/qml/QtQuick/Controls/qmldir",
        "PySide6/Qt6Quick.dll",
    ],
)
def test_what_the_app_does_not_use_goes(dest: str) -> None:
    assert not contents.keeps(dest)


def test_plugin_names_across_systems() -> None:
    assert contents.plugin_name("libqxcb.so") == "xcb"
    assert contents.plugin_name("qwindows.dll") == "windows"
    assert contents.plugin_name("libqcocoa.dylib") == "cocoa"
    assert contents.plugin_name("libqt-plugin-wayland-egl.so") == "qt-plugin-wayland-egl"


def test_every_qt_module_the_app_imports_is_kept_and_none_excluded() -> None:
    """Fails when someone imports a Qt module the bundle would leave out."""
    imported = set()
    for source in [
        *(ROOT / "desktop_app").rglob("*.py"),
        *(ROOT / "reference_server").rglob("*.py"),
    ]:
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert imported, "the scan found no Qt import at all"
    assert imported - set(contents.QT_MODULES_KEPT) == set()
    assert set(contents.QT_MODULES_KEPT) & set(contents.QT_MODULES_EXCLUDED) == set()


def test_demo_modules_are_left_out_only_without_the_demo() -> None:
    assert "fastapi" not in contents.excluded_modules(with_demo=True)
    assert {"fastapi", "uvicorn", "reference_server"} <= set(
        contents.excluded_modules(with_demo=False)
    )
    assert "PySide6.QtWebEngineCore" in contents.excluded_modules(with_demo=True)


def test_data_files_exist_and_keep_the_wheel_layout() -> None:
    folders = {folder for _source, folder in contents.data_files()}
    assert {"desktop_app/resources/icons", "desktop_app/ui"} <= folders
    for pattern, _folder in contents.data_files():
        matches = list(Path(pattern).parent.glob(Path(pattern).name))
        assert matches, f"nothing matches {pattern}"
    migrations = [s for s, folder in contents.data_files() if folder.endswith("versions")]
    assert migrations and list(Path(migrations[0]).parent.glob("0001_*.py"))


def test_libraries_only_dropped_plugins_needed_are_left_out() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),  # only the dropped GTK theme's
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),  # only cairo's
        ("libstdc++.so.6", "/src/libstdc++.so.6", "BINARY"),  # the host's
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),  # the bootloader's
    ]
    imports = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6", "libstdc++.so.6"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
        "/src/libcairo.so.2": ["libpixman-1.so.0"],
    }
    removed = contents.unreachable_libraries(binaries, lambda source: imports.get(source, []))
    assert removed == {"libcairo.so.2", "libpixman-1.so.0", "libstdc++.so.6"}


def test_symlinks_to_removed_libraries_go_with_them() -> None:
    entries = [
        ("libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", "/src/libQt6OpenGL.so.6", "BINARY"),
    ]
    kept = contents.without(entries, {"PySide6/Qt/lib/libQt6OpenGL.so.6"})
    assert kept == [("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK")]


def test_prune_reports_what_it_dropped() -> None:
    dropped: list[str] = []
    kept = contents.prune(
        [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/a", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/b", "BINARY"),
        ],
        dropped,
    )
    assert [dest for dest, _s, _k in kept] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert dropped == ["PySide6/Qt/plugins/platforms/libqeglfs.so"]


def test_the_spec_compiles_and_the_packaging_extra_has_pyinstaller() -> None:
    spec = ROOT / "packaging" / "smart_orders.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    assert any(r.lower().startswith("pyinstaller") for r in contents.packaging_requirements())
    assert re.fullmatch(r"\d+\.\d+\.\d+", contents.version())
