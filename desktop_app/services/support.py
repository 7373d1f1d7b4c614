"""Support inspection: a support account logs in, finds a member by member number or e-mail,
and takes a read-only snapshot of that member's orders, timelines and invoices into a
throwaway profile — which the app then opens read-only. Opening each order is recorded by
the server as an inspection the member sees in the timeline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..platform.clock import Clock
from ..platform.paths import AppPaths
from ..remote.client import ApiClient, ServerConfig
from ..remote.errors import InsecureUrlError, RemoteError
from ..remote.wire import Member
from ..storage.database import Database
from ..storage.migrate import prepare_database
from ..storage.sync_repository import SyncRepository
from .account import LoginError, login_error
from .sync import PAGE_SIZE, feed_page

SUPPORT_ROLES = ("support", "staff")


@dataclass(frozen=True)
class SupportSnapshot:
    paths: AppPaths
    member: Member
    orders: int
    events: int


class SupportInspection:
    def __init__(self, clock: Clock, client_factory: type[ApiClient] = ApiClient) -> None:
        self._clock = clock
        self._factory = client_factory
        self._client: ApiClient | None = None

    def login(self, server_url: str, email: str, password: str) -> None:
        """The session lives in memory only: support takes no session home."""
        try:
            client = self._factory(ServerConfig(server_url))
            tokens = client.login(email.strip(), password)
            client.access_token = tokens.access_token
            me = client.me()
        except (RemoteError, InsecureUrlError) as exc:
            raise login_error(exc) from exc
        if me.role not in SUPPORT_ROLES:
            client.logout(tokens.refresh_token)
            raise LoginError("not_support", me.role)
        self._client = client

    def find_members(self, query: str) -> tuple[Member, ...]:
        return self._api().find_members(query.strip())

    def snapshot(self, member: Member, into: Path) -> SupportSnapshot:
        """The member's feed into a fresh profile at ``into``; each order opened once."""
        client = self._api()
        paths = AppPaths.for_profile(into)
        paths.ensure()
        prepare_database(paths.database, paths.backups_dir)
        database = Database(paths.database)
        try:
            synced = SyncRepository(lambda: database)
            account = f"support:{member.id}"
            cursor, events, order_ids = "0", 0, set()
            while True:
                page = client.changes(cursor, PAGE_SIZE, member_id=member.id)
                synced.apply_page(feed_page(page), account, self._clock.now())
                events += len(page.events)
                order_ids |= {e.order_id for e in page.events}
                cursor = page.next_cursor
                if not page.has_more:
                    break
            for order_id in sorted(order_ids):
                client.open_order(order_id)  # the member sees "Support hat … eingesehen"
        finally:
            database.dispose()
        return SupportSnapshot(paths, member, len(order_ids), events)

    def _api(self) -> ApiClient:
        if self._client is None:
            raise LoginError("not_logged_in")
        return self._client
