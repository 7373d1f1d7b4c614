"""Smart's shared client database: every signed-in user searches it (as in the portal, where
members pick a client by typing at least 3 letters). Clients are created together with an
order (routes/orders.py), never on their own."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from .. import clients
from ..auth import Principal
from ..context import context_of, principal
from ..problems import ApiProblem

router = APIRouter(prefix="/api/v1", tags=["clients"])

MIN_QUERY = 3


@router.get("/clients")
def search_clients(
    request: Request,
    _who: Principal = Depends(principal),  # noqa: B008
    q: str = Query(default="", max_length=200),
    limit: int = Query(default=20, ge=1, description=f"capped at {clients.MAX_RESULTS}"),
) -> dict[str, Any]:
    """Clients whose name, city or VAT ID contains ``q`` (at least 3 characters; case, accents
    and "ü"/"ue" do not matter), by name."""
    query = q.strip()
    # Counted after folding and without punctuation or control characters: three NULs or
    # three dots must not list Smart's whole client database.
    if sum(c.isalnum() for c in clients.plain(query)) < MIN_QUERY:
        raise ApiProblem(
            422, "query_too_short", "Type at least 3 characters", f"at least {MIN_QUERY}"
        )
    ctx = context_of(request)
    with ctx.db.session() as session:
        found = clients.search(session, query, limit)
        return {"clients": [clients.client_json(r) for r in found]}


@router.get("/clients/duplicates")
def client_duplicates(
    request: Request,
    _who: Principal = Depends(principal),  # noqa: B008
    legal_name: str = Query(min_length=1, max_length=500),
    vat_id: str = Query(default="", max_length=64),
    country: str = Query(default="DE", max_length=2),
    postal_code: str = Query(default="", max_length=32),
) -> dict[str, Any]:
    """What the create-client form checks before submit: the record an order with this client
    would be linked to (``match`` "exact") and near misses ("name", "vat_id")."""
    ctx = context_of(request)
    with ctx.db.session() as session:
        found = clients.duplicates(session, legal_name, vat_id, country, postal_code)
        return {
            "duplicates": [
                {**clients.client_json(record), "match": match} for record, match in found
            ]
        }
