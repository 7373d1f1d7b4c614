"""Test isolation: offscreen Qt, temp profiles, in-memory keyring, fixed clock."""

from __future__ import annotations

import os

# Must be set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# No test may pop up notifications on the desktop that runs it (the D-Bus test sets its own).
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.core
import pytest

from desktop_app.platform.clock import FixedClock
from desktop_app.platform.paths import AppPaths

from .keyring_memory import MemoryKeyring


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 27, 10, 0, tzinfo=UTC))


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths.for_profile(tmp_path / "profile")
    paths.ensure()
    return paths


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory secret store; the real one is never touched."""
    previous = keyring.core._keyring_backend  # read directly: get_keyring() would probe the OS
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.core._keyring_backend = previous
