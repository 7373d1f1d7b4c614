"""The wheel's package list covers the code, the mapped ui/ and resources/ folders."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_code_folder_is_a_listed_package() -> None:
    listed = set(_config()["packages"])
    code = {
        ".".join(folder.relative_to(ROOT).parts)
        for top in ("desktop_app", "reference_server")
        for folder in [ROOT / top, *(ROOT / top).rglob("*")]
        if folder.is_dir() and any(folder.glob("*.py"))
    }
    assert code - listed == set(), "add these to [tool.setuptools] packages"


def test_ui_and_resources_ship_in_the_wheel() -> None:
    config = _config()
    assert config["package-dir"] == {
        "desktop_app.resources": "resources",
        "desktop_app.ui": "ui",
    }
    listed = set(config["packages"])
    for folder in ("resources/icons", "resources/translations"):
        assert "desktop_app." + folder.replace("/", ".") in listed
    data = config["package-data"]
    assert data["desktop_app.ui"] == ["*.ui"]
    assert list((ROOT / "resources" / "translations").glob("*.qm"))
    assert list((ROOT / "resources" / "icons").glob("*.svg"))
