"""Clients of Smart's database seen in searches, kept so that the editor can find them
offline too."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from ..domain.client_duplicates import DuplicateCandidate, find_duplicates, name_key, vat_key
from ..domain.client_search import fold, matches, search_text
from ..domain.order import Client
from ..domain.order_json import client_from_json
from .database import Database
from .order_mapping import naive_utc
from .records import ClientCacheRecord

MAX_CACHED = 20_000


class ClientCache:
    def __init__(self, database: Callable[[], Database]) -> None:
        self._database = database

    def remember(self, documents: list[dict[str, object]], now: datetime) -> None:
        with self._database().write() as session:
            for document in documents:
                client = client_from_json(document, "client")
                if client.server_id is None:
                    continue
                record = session.get(ClientCacheRecord, client.server_id)
                if record is None:
                    record = ClientCacheRecord(server_id=client.server_id)
                    session.add(record)
                record.legal_name = client.legal_name
                record.search_text = search_text(
                    client.legal_name, client.address.city, client.vat_id
                )
                record.document = json.dumps(document, ensure_ascii=False)
                record.seen_at = naive_utc(now)

    def search(self, query: str, limit: int = 20) -> list[Client]:
        word = fold(query).split()[0] if fold(query).split() else ""
        with self._database().read() as session:
            records = session.scalars(
                select(ClientCacheRecord)
                .where(ClientCacheRecord.search_text.contains(word))
                .order_by(ClientCacheRecord.legal_name)
                .limit(MAX_CACHED)
            ).all()
            found = [r for r in records if matches(r.search_text, query)][:limit]
            return [client_from_json(json.loads(r.document), "client") for r in found]

    def duplicates(self, client: Client) -> list[DuplicateCandidate]:
        """Cached clients that ``client`` likely duplicates (the server's rules, offline).

        Names are compared by their folded key in Python (the cache keeps another folding;
        name_key remembers the keys it computed); a VAT ID narrows by the folded search text.
        Only the candidates' documents are read and decoded."""
        name = name_key(client.legal_name)
        vat = fold(vat_key(client.vat_id))
        with self._database().read() as session:
            rows = session.execute(
                select(
                    ClientCacheRecord.server_id,
                    ClientCacheRecord.legal_name,
                    ClientCacheRecord.search_text,
                ).limit(MAX_CACHED)
            ).all()
            ids = [
                server_id
                for server_id, legal_name, text in rows
                if (name and name_key(legal_name) == name) or (vat and vat in text)
            ]
            documents = session.scalars(
                select(ClientCacheRecord.document).where(ClientCacheRecord.server_id.in_(ids))
            ).all()
        known = [client_from_json(json.loads(d), "client") for d in documents]
        return find_duplicates(client, known)
