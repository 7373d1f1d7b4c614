"""Finding a client in Smart's shared client database: online from the server (the results
are cached), offline from the cache. At least three letters, as in the portal."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..domain.client_duplicates import (
    DuplicateCandidate,
    sorted_candidates,
    worth_checking,
)
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


@dataclass(frozen=True)
class DuplicateCheck:
    candidates: tuple[DuplicateCandidate, ...]
    from_cache: bool  # offline (or not logged in): only clients seen before


# The server's limits for the duplicate check (GET /clients/duplicates).
_LIMITS = {"legal_name": 500, "vat_id": 64, "postal_code": 32}


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

    def duplicates(self, client: Client) -> DuplicateCheck:
        """Records of Smart's database that the new ``client`` likely duplicates: asked of
        the server online (its answer is cached), else looked up in the cache."""
        if not worth_checking(client):
            return DuplicateCheck((), from_cache=False)
        name = client.legal_name.strip()[: _LIMITS["legal_name"]]
        vat = client.vat_id.strip()[: _LIMITS["vat_id"]]
        country = client.address.country.strip().upper()[:2]
        postal = client.address.postal_code.strip()[: _LIMITS["postal_code"]]
        try:
            found = self._account.call(
                lambda api: api.client_duplicates(name, vat, country, postal)
            )
        except (RemoteError, NotLoggedInError) as exc:
            log.info("duplicate check offline (%s): using the cache", type(exc).__name__)
            return DuplicateCheck(tuple(self._cache.duplicates(client)), from_cache=True)
        self._cache.remember([dict(d.document) for d in found], self._clock.now())
        candidates = sorted_candidates(DuplicateCandidate(d.client, d.match) for d in found)
        return DuplicateCheck(tuple(candidates), from_cache=False)

    def cached_duplicates(self, client: Client) -> tuple[DuplicateCandidate, ...]:
        """Only reads the cache (the pre-submit check; also allowed in read-only mode)."""
        if client.server_id is not None or not worth_checking(client):
            return ()
        return tuple(self._cache.duplicates(client))
