"""User settings in a small JSON file, written atomically; unknown or bad values fall back."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Settings:
    language: str = "de"
    contribution_percent: str = "9"
    autosave_seconds: int = 3
    # The account (never its secret: that lives in the OS keyring only).
    server_url: str = ""
    account_email: str = ""
    sync_minutes: int = 5

    @property
    def contribution(self) -> Decimal:
        try:
            value = Decimal(self.contribution_percent)
        except InvalidOperation:
            return Decimal(9)
        return value if 0 <= value <= 100 else Decimal(9)


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name: f.type for f in fields(Settings)}
    values = {}
    for key, value in raw.items():
        if key in known and isinstance(value, type(getattr(Settings(), key))):
            values[key] = value
    settings = replace(Settings(), **values)
    if settings.language not in LANGUAGES:
        settings = replace(settings, language="de")
    # Out-of-range numbers (an edited file, a foreign bundle) fall back, never overflow a timer.
    if not 1 <= settings.autosave_seconds <= 60:
        settings = replace(settings, autosave_seconds=Settings.autosave_seconds)
    if not 1 <= settings.sync_minutes <= 120:
        settings = replace(settings, sync_minutes=Settings.sync_minutes)
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
