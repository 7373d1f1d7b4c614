"""Finding a client in Smart's shared client database: online from the server (the results
are cached), offline from the cache. At least three letters, as in the portal."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..domain.client_search import query_ok
from ..domain.order import Client
from ..domain.order_json import WireFormatError, client_from_json
from ..platform.clock import Clock
from ..remote.errors import RemoteError
from ..storage.client_cache import ClientCache
from .account import AccountService, NotLoggedInError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClientMatches:
    clients: tuple[Client, ...]
    from_cache: bool  # offline (or not logged in): only clients seen before


class ClientDirectory:
    def __init__(self, account: AccountService, cache: ClientCache, clock: Clock) -> None:
        self._account = account
        self._cache = cache
        self._clock = clock

    def search(self, query: str, limit: int = 20) -> ClientMatches:
        query = query.strip()
        if not query_ok(query):
            return ClientMatches((), from_cache=False)
        try:
            documents = self._account.call(lambda client: client.search_clients(query, limit))
            clients = tuple(client_from_json(d, "client") for d in documents)
        except (RemoteError, NotLoggedInError, WireFormatError) as exc:
            log.info("client search offline (%s): using the cache", type(exc).__name__)
            return ClientMatches(tuple(self._cache.search(query, limit)), from_cache=True)
        self._cache.remember([dict(d) for d in documents], self._clock.now())
        return ClientMatches(clients, from_cache=False)
