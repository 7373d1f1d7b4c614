"""Read-only (inspection) mode in the services: one guard, deny by default.

``refuse_writes`` replaces every public method of a service that is not listed as a
reader with one that raises ReadOnlyError before touching anything. A method added to a
service later is therefore refused in read-only mode until someone declares it a reader.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from ..domain.errors import ReadOnlyError
from ..storage.order_store import OrderStore
from .account import AccountService
from .budgets import BudgetDirectory
from .client_overview import ClientOverview
from .clients import ClientDirectory
from .cockpit import CockpitQueries
from .drafts import DraftService
from .invoices import InvoiceQueries
from .notifications import NotificationService
from .order_actions import OrderActions
from .sync import SyncService

S = TypeVar("S")

# The public methods that only read (no database, file, settings or keyring writes).
READERS: dict[type, frozenset[str]] = {
    OrderStore: frozenset({"warm_up", "database", "summaries", "get", "count", "dispose"}),
    DraftService: frozenset({"first_page", "summaries", "today", "load", "attachment_path"}),
    OrderActions: frozenset({"check", "timeline", "needing_attention", "pending_count"}),
    # sync/push/pull write the outbox and the feed; refresh and logout write the keyring.
    SyncService: frozenset({"seconds_until_retry", "last_success"}),
    AccountService: frozenset({"restore"}),
    # search and duplicates cache what the server found; cached_duplicates only reads.
    ClientDirectory: frozenset({"cached_duplicates"}),
    InvoiceQueries: frozenset({"today", "rows", "review"}),
    CockpitQueries: frozenset({"server_now", "items", "cockpit"}),
    ClientOverview: frozenset({"rows"}),
    # take_new marks what it returns as delivered; read-only mode starts no notifications.
    NotificationService: frozenset(),
    # refresh and remember write what /me returned into the cache.
    BudgetDirectory: frozenset({"cached", "ids"}),
}


def public_methods(cls: type) -> list[str]:
    return [
        name
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    ]


def _refusal(cls: type, name: str) -> Callable[..., Any]:
    def refused(*_args: object, **_kwargs: object) -> Any:
        raise ReadOnlyError(f"{cls.__name__}.{name}: read-only mode")

    refused.__name__ = name
    return refused


def refuse_writes(service: S) -> S:
    """Make every non-reading public method of ``service`` raise ReadOnlyError (all of
    them for a class not in READERS)."""
    cls = type(service)
    readers = READERS.get(cls, frozenset())
    for name in public_methods(cls):
        if name not in readers:
            # An instance attribute shadows the class's method.
            setattr(service, name, _refusal(cls, name))
    return service
