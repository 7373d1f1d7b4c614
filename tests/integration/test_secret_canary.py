"""Canary test: no password and no token ends up in any file of the profile.

A member with a canary password logs in (after one failed try with another canary), submits,
syncs — with a token refresh and an offline round — and logs out, while the app's own log
set-up (desktop_app.app.setup_logging) writes to the profile's log file at DEBUG, so the
transport and urllib3 log every request; a "library" also logs a request body and a header
with the secrets, as third-party code might, which the app's redaction filter must mask.
Then every file under the profile (log, settings, the SQLite database with its -wal,
backups, attachments) is searched for the passwords and for every refresh and access token
the client held: none may appear.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.app import setup_logging
from desktop_app.platform.credentials import MemoryCredentials
from desktop_app.platform.paths import AppPaths
from desktop_app.services.account import LoginError
from desktop_app.services.composition import Services, build_services
from desktop_app.services.sync import Outcome
from desktop_app.storage.migrate import prepare_database
from desktop_app.storage.order_store import OrderStore
from reference_server.accounts import create_user

from .conftest import LiveServer
from .numbered_orders import numbered_order
from .sync_fixtures import server_clock
from .tcp_proxy import TcpProxy

EMAIL = "kanarie@example.org"
PASSWORD = "Kanarienvogel-7f3a9c1e-Passwort"
WRONG_PASSWORD = "Kanarienvogel-0b8d2e55-Vertipper"


@pytest.fixture
def app_log(tmp_path: Path) -> Iterator[AppPaths]:
    """The app's log set-up on a fresh profile, at DEBUG; the root logger restored after."""
    paths = AppPaths.for_profile(tmp_path / "profile")
    paths.ensure()
    root = logging.getLogger()
    handlers, filters, level = list(root.handlers), list(root.filters), root.level
    setup_logging(paths)
    root.setLevel(logging.DEBUG)
    try:
        yield paths
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                handler.close()
        root.handlers[:], root.filters[:] = handlers, filters
        root.setLevel(level)


class Secrets:
    def __init__(self, services: Services, credentials: MemoryCredentials) -> None:
        self._services = services
        self._credentials = credentials
        self.seen = {PASSWORD, WRONG_PASSWORD}

    def collect(self) -> tuple[str, str]:
        """The refresh token in the keyring and the access token in the client, as of now."""
        account = self._services.account
        refresh = self._credentials.load(account.state.key)
        client = account._client  # the access token lives only here
        access = client.access_token if client is not None else None
        assert refresh and access
        for token in (refresh, access):
            # A signed token is "payload.signature": each part alone would leak too.
            self.seen |= {token, *(part for part in token.split(".") if len(part) >= 16)}
        return refresh, access


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _leaks(files: dict[Path, bytes], secrets: set[str]) -> list[tuple[str, str]]:
    return [
        (str(path.name), secret[:6] + "…")
        for path, content in files.items()
        for secret in secrets
        if secret.encode() in content
    ]


def test_no_password_or_token_in_any_profile_file(
    app_log: AppPaths, live_server: LiveServer
) -> None:
    paths = app_log
    with live_server.context.db.session() as session:
        create_user(session, EMAIL, PASSWORD, "member", "M-9", "Kanarie", {"B-9": "Budget"})
    proxy = TcpProxy(int(live_server.url.rsplit(":", 1)[1]))
    proxy.start()
    prepare_database(paths.database, paths.backups_dir)
    credentials = MemoryCredentials()
    clock = server_clock(live_server)
    services = build_services(paths, OrderStore(paths.database), clock, credentials)
    secrets = Secrets(services, credentials)
    try:
        with pytest.raises(LoginError):
            services.account.login(proxy.url, EMAIL, WRONG_PASSWORD)
        services.account.login(proxy.url, EMAIL, PASSWORD)
        refresh, access = secrets.collect()
        # What a library might log at DEBUG (a request body, a header dump) is masked too.
        body = {"email": EMAIL, "password": PASSWORD, "refresh_token": refresh}
        chatty = logging.getLogger("urllib3.chatty")
        chatty.debug("send: %r", json.dumps(body).encode())
        chatty.debug("header: Authorization: Bearer %s", access)
        today = services.drafts.today()
        for n in range(3):
            order = services.drafts.save(numbered_order(n, "B-9", today, "canary")).order
            services.actions.submit(order.id)
        assert services.sync.sync().sent == 3
        services.actions.comment(order.id, "Bitte prüfen")
        proxy.stop()  # offline: errors are logged with their messages
        assert services.sync.sync().outcome == Outcome.OFFLINE
        proxy.start()
        live_server.context.clock.advance(timedelta(minutes=20))  # the access token expired
        report = services.sync.sync()
        assert (report.outcome, report.sent) == (Outcome.OK, 1)
        secrets.collect()  # the rotated refresh token and the new access token
        services.account.me()
        files = _files(paths.data_dir.parent)  # with the -wal of the open database
        services.account.logout()
    finally:
        services.dispose()
        proxy.stop()
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert len(secrets.seen) >= 2 + 4 + 4  # passwords, two of each token (and their parts)
    for snapshot in (files, _files(paths.data_dir.parent)):
        assert _leaks(snapshot, secrets.seen) == []
    log = paths.log_file.read_text(encoding="utf-8")
    assert "POST /auth/refresh -> 200" in log  # the DEBUG log really saw the requests
    assert '"password": "***"' in log and "Bearer ***" in log  # the masked library lines
    assert EMAIL.encode() in paths.settings_file.read_bytes()  # and the search reads files
