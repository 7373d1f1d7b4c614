"""A profile with orders, a failed outbox command, settings and a log full of canaries."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.platform.paths import AppPaths
from desktop_app.storage.database import Database
from desktop_app.storage.order_repository import OrderRepository
from desktop_app.storage.outbox import Outbox
from tests.unit.storage_fixtures import open_profile_database, sample_order

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
OWN_EMAIL = "member.self@smart-members.example"
THIRD_PARTY = "canary.client@third-party-client.example"
CANARY_PASSWORD = "CanaryPw-9f3k2Lq"
CANARY_REFRESH = "CanaryRefresh-7Hk2mZp"
CANARY_ACCESS = "CanaryAccess-4Tq8vNw"
CANARIES = (THIRD_PARTY, CANARY_PASSWORD, CANARY_REFRESH, CANARY_ACCESS)


def make_profile(paths: AppPaths, orders: int = 3) -> tuple[Database, list[str]]:
    """Orders (one with the third party as contact), a failed submission whose payload and
    error carry canaries, settings and a log with every canary. The database stays open
    (WAL mode, nothing checkpointed), as it is while the app runs."""
    paths.ensure()
    db = open_profile_database(paths)
    repo = OrderRepository(db)
    ids = []
    for n in range(orders):
        order = sample_order(budget=f"Budget {n}", contact_email=THIRD_PARTY)
        repo.save(order)
        ids.append(str(order.id))
    outbox = Outbox(lambda: db)
    payload = {
        "id": ids[0],
        "contact_email": THIRD_PARTY,
        "access_token": CANARY_ACCESS,
        "note": f"password: {CANARY_PASSWORD}",
    }
    [command] = outbox.submit(ids[0], payload, [], NOW)
    outbox.mark_failed(command.op_id, "validation_failed", f"contact {THIRD_PARTY} bounced", NOW)
    settings = {
        "language": "de",
        "server_url": "https://smart.example",
        "account_email": OWN_EMAIL,
        "refresh_token": CANARY_REFRESH,
        "legacy": {"password": CANARY_PASSWORD, "note": f"cc {THIRD_PARTY}"},
    }
    paths.settings_file.write_text(json.dumps(settings), encoding="utf-8")
    lines = [
        f"INFO login as {OWN_EMAIL}",
        f'DEBUG POST /auth/login {{"email": "{OWN_EMAIL}", "password": "{CANARY_PASSWORD}"}}',
        f"DEBUG headers {{'Authorization': 'Bearer {CANARY_ACCESS}'}}",
        f"DEBUG GET /token?refresh_token={CANARY_REFRESH}&x=1",
        f"WARNING refresh_token: {CANARY_REFRESH}",
        f"ERROR mail to {THIRD_PARTY} failed",
    ]
    paths.log_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return db, ids


def all_text(bundle: Path) -> bytes:
    """The zip's bytes followed by every member decompressed."""
    raw = bundle.read_bytes()
    with zipfile.ZipFile(bundle) as zf:
        return raw + b"".join(zf.read(name) for name in zf.namelist())


def rewrite(
    bundle: Path,
    out: Path,
    change: Callable[[dict[str, bytes]], None],
    remanifest: bool = True,
) -> Path:
    """A copy of ``bundle`` with its files changed; the manifest's sums follow unless not."""
    from desktop_app.services.diagnostics import _entry

    with zipfile.ZipFile(bundle) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    change(files)
    if remanifest and "manifest.json" in files:
        manifest = json.loads(files["manifest.json"])
        manifest["files"] = [
            _entry(e["path"], files[e["path"]]) for e in manifest["files"] if e["path"] in files
        ]
        files["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    out.write_bytes(buffer.getvalue())
    return out


def sqlite_bytes(tmp: Path, setup: Callable[[sqlite3.Connection], None]) -> bytes:
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        setup(conn)
        conn.commit()
    finally:
        conn.close()
    return tmp.read_bytes()
