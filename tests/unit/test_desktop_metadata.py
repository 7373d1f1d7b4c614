"""The Linux desktop entry and AppStream metainfo: required keys always, and the official
validators when they are installed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "de.smart.SmartOrders"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _component() -> ElementTree.Element:
    return ElementTree.parse(METAINFO).getroot()


def test_desktop_entry_has_the_required_keys_in_german_and_english() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "smart-orders"
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == APP_ID
    for key in ("Name", "Comment"):
        assert entry[key] and entry[f"{key}[de]"] and entry[f"{key}[en]"]
        assert entry[f"{key}[de]"] != entry[f"{key}[en]"], f"{key}[de] is not German"
    categories = entry["Categories"].split(";")
    assert categories[:2] == ["Office", "Finance"] and entry["Categories"].endswith(";")


def test_the_icon_named_exists_as_the_app_svg() -> None:
    assert (ROOT / "resources" / "icons" / "smart-orders.svg").is_file()
    icon = _component().find("icon")
    assert icon is not None and icon.text == _entry()["Icon"]


def test_metainfo_describes_the_app_in_english_and_german() -> None:
    component = _component()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("metadata_license") and component.findtext("project_license")
    launchable = component.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    for tag in ("name", "summary"):
        languages = {element.get(LANG) for element in component.findall(tag)}
        assert {None, "de"} <= languages, tag
    paragraphs = component.findall("description/p")
    assert {p.get(LANG) for p in paragraphs} == {None, "de"}
    assert component.find("content_rating[@type='oars-1.1']") is not None


def test_screenshots_are_the_ones_in_docs() -> None:
    images = [image.text or "" for image in _component().findall("screenshots/screenshot/image")]
    assert images and all(url.startswith("https://") for url in images)
    for url in images:
        assert (ROOT / "docs" / "screenshots" / url.rpartition("/")[2]).is_file(), url
    defaults = _component().findall("screenshots/screenshot[@type='default']")
    assert len(defaults) == 1


def test_the_newest_release_is_the_version_in_pyproject() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    release = _component().find("releases/release")
    assert release is not None and release.get("version") == version
    assert release.get("date")


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils); "
    "the required keys are still checked above",
)
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli is not installed (apt-get install appstream); "
    "the required metainfo elements are still checked above",
)
def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
