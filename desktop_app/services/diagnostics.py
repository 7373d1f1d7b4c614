"""Hilfe → Diagnosepaket erstellen: one zip that support can open read-only.

Contents (all scrubbed as diagnostics_redaction describes): a consistent copy of the
database, the settings, the outbox with its errors, the end of the log and a manifest
with SHA-256 sums. Attachments are left out (size and privacy); the manifest says so.
The zip is written to a temporary file next to the target and renamed into place.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..platform.paths import AppPaths
from ..storage.bundle_copy import outbox_rows, schema_revision, scrubbed_copy
from .diagnostics_open import DATABASE, FORMAT, MANIFEST, VERSION, BundleError, open_bundle
from .diagnostics_redaction import Scrubber

__all__ = ["BundleError", "create_bundle", "open_bundle"]

LOG_TAIL_BYTES = 4 << 20
EXCLUDED = [
    {"what": "attachments", "why": "size and privacy: documents of clients stay on the machine"},
    {"what": "credentials", "why": "tokens live in the OS keyring and are never exported"},
]
REDACTION = (
    "Tokens, passwords and Authorization values are masked as ***. E-mail addresses other "
    "than the member's own (account_email) are replaced by email-<key>@redacted.invalid, "
    "the same placeholder for the same address within this bundle."
)


def _raw_settings(paths: AppPaths) -> dict[str, Any]:
    # The file as it is (not load_settings, which drops unknown keys): support sees what
    # is really there, minus secrets. An unreadable file is left out (the app would
    # ignore it too and use the defaults).
    try:
        raw = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _log_tail(paths: AppPaths, scrub: Scrubber) -> str:
    """The last LOG_TAIL_BYTES of the log (the rotated file first), from a line start."""
    parts: list[bytes] = []
    budget = LOG_TAIL_BYTES
    for file in (paths.log_file, paths.log_file.with_suffix(".log.1")):
        if budget <= 0 or not file.exists():
            continue
        with file.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            start = max(0, size - budget)
            handle.seek(start)
            data = handle.read(budget)
        if start > 0:
            data = data.partition(b"\n")[2]  # drop the cut line
        parts.insert(0, data)
        budget -= len(data)
    return scrub(b"".join(parts).decode("utf-8", errors="replace"))


def create_bundle(paths: AppPaths, target: Path, app_version: str, qt_version: str) -> Path:
    """Write the diagnostics zip to ``target`` (atomically) and return its path."""
    if not paths.database.exists():
        raise FileNotFoundError(paths.database)
    settings = _raw_settings(paths)
    own = settings.get("account_email")
    scrub = Scrubber(own if isinstance(own, str) else "")
    target = target.expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="smart-orders-diag-") as staging_dir:
        staging = Path(staging_dir)
        database = scrubbed_copy(paths.database, staging, scrub)
        texts = {
            "config/settings.json": json.dumps(scrub.value(settings), indent=2),
            "outbox.json": json.dumps(
                scrub.value(outbox_rows(database)), indent=2, ensure_ascii=False, default=str
            ),
            "logs/smart-orders.log": _log_tail(paths, scrub),
        }
        files: list[tuple[str, Path | bytes]] = [(DATABASE, database)]
        files += [(name, text.encode("utf-8")) for name, text in texts.items()]
        listing = [_entry(name, content) for name, content in files]
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "app_version": app_version,
            "qt_version": qt_version,
            "python_version": sys.version.split()[0],
            "platform": platform.platform(),
            "schema_revision": schema_revision(database),
            "files": listing,
            "excluded": EXCLUDED,
            "redaction": REDACTION,
        }
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".diagnose-", suffix=".zip.part")
        os.close(fd)
        try:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
                for name, content in files:
                    if isinstance(content, Path):
                        zf.write(content, name)
                    else:
                        zf.writestr(name, content)
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return target


def _entry(name: str, content: Path | bytes) -> dict[str, Any]:
    digest = hashlib.sha256()
    if isinstance(content, Path):
        size = 0
        with content.open("rb") as handle:
            while chunk := handle.read(1 << 16):
                digest.update(chunk)
                size += len(chunk)
    else:
        digest.update(content)
        size = len(content)
    return {"path": name, "size": size, "sha256": digest.hexdigest()}
