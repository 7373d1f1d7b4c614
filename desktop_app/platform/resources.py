"""Locate the shipped ui/ and resources/ folders (source checkout or installed wheel)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _folder(package: str, checkout_name: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parents[2] / checkout_name


def resources_dir() -> Path:
    return _folder("desktop_app.resources", "resources")


def ui_dir() -> Path:
    return _folder("desktop_app.ui", "ui")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"
