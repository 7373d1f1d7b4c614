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
APPEARANCES = ("system", "light", "dark")
OFFER_DAYS = (0, 14)  # notify an expiring offer 0 (on its last day) to 14 days ahead
INVOICE_DAYS = (1, 7)  # a draft exists from 7 days before its date; 1: on the last day


@dataclass(frozen=True)
class Settings:
    language: str = "de"
    contribution_percent: str = "9"
    autosave_seconds: int = 3
    # The account (never its secret: that lives in the OS keyring only).
    server_url: str = ""
    account_email: str = ""
    sync_minutes: int = 5
    # An .ics file kept up to date for calendar apps to subscribe to; empty: off.
    calendar_file: str = ""
    appearance: str = "system"  # light/dark: "system", "light" or "dark"
    # Notifications: no system popups (the in-app list still fills); lead times in days.
    do_not_disturb: bool = False
    notify_offer_days: int = 2
    notify_invoice_days: int = 1

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
        # The exact type: JSON true is a Python int too, and must not become 1 day.
        if key in known and type(value) is type(getattr(Settings(), key)):
            values[key] = value
    settings = replace(Settings(), **values)
    if settings.language not in LANGUAGES:
        settings = replace(settings, language="de")
    if settings.appearance not in APPEARANCES:
        settings = replace(settings, appearance=Settings.appearance)
    # Out-of-range numbers (an edited file, a foreign bundle) fall back, never overflow a timer.
    if not 1 <= settings.autosave_seconds <= 60:
        settings = replace(settings, autosave_seconds=Settings.autosave_seconds)
    if not 1 <= settings.sync_minutes <= 120:
        settings = replace(settings, sync_minutes=Settings.sync_minutes)
    if not OFFER_DAYS[0] <= settings.notify_offer_days <= OFFER_DAYS[1]:
        settings = replace(settings, notify_offer_days=Settings.notify_offer_days)
    if not INVOICE_DAYS[0] <= settings.notify_invoice_days <= INVOICE_DAYS[1]:
        settings = replace(settings, notify_invoice_days=Settings.notify_invoice_days)
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
