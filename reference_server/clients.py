"""Smart's shared client database: search, the duplicate check, and linking an order's client.

Names are compared folded: case-insensitive, "ü" = "ue" (and "ß" = "ss"), and for search also
"ü" = "u", so "Müller", "Mueller" and "muller" all find "Müller GmbH". The duplicate key is the
folded name (letters and digits only) plus the VAT ID, upper-case without spaces or dots. A
client without a VAT ID is keyed by name, country and postal code instead: the name alone would
merge two private persons called "Anna Schmidt" in different towns.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.domain.order import Client

from .records import ClientRecord

MAX_RESULTS = 50
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spelled_out(text: str) -> str:
    """Lower case, umlauts as ae/oe/ue, other accents dropped, spaces collapsed."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_SPELLED_OUT)
    return " ".join(_without_marks(folded).split())


def plain(text: str) -> str:
    """Lower case with every accent dropped (ü -> u), spaces collapsed."""
    return " ".join(_without_marks(text.casefold()).split())


def vat_key(vat_id: str) -> str:
    return re.sub(r"[\s.]", "", vat_id).upper()


def name_key(legal_name: str) -> str:
    return "".join(c for c in spelled_out(legal_name) if c.isalnum())


def dedup_key(legal_name: str, vat_id: str, country: str, postal_code: str) -> str:
    vat = vat_key(vat_id)
    if vat:
        return f"{name_key(legal_name)}|vat:{vat}"
    return f"{name_key(legal_name)}|at:{country.strip().upper()}:{vat_key(postal_code)}"


def _search_text(legal_name: str, city: str) -> str:
    # Both foldings side by side, so a query in either spelling finds the client.
    both = f"{legal_name} {city}"
    return f"{spelled_out(both)} | {plain(both)}"


def search(session: Session, query: str, limit: int) -> list[ClientRecord]:
    conditions = [
        ClientRecord.search_text.contains(spelled_out(query), autoescape=True),
        ClientRecord.search_text.contains(plain(query), autoescape=True),
    ]
    vat = vat_key(query)
    if len(vat) >= 3:
        conditions.append(ClientRecord.vat_key.contains(vat, autoescape=True))
    return list(
        session.scalars(
            select(ClientRecord)
            .where(or_(*conditions))
            .order_by(ClientRecord.name_key, ClientRecord.id)
            .limit(min(limit, MAX_RESULTS))
        ).all()
    )


def duplicates(
    session: Session, legal_name: str, vat_id: str, country: str, postal_code: str
) -> list[tuple[ClientRecord, str]]:
    """Records a new client would duplicate, each with how it matches: "exact" is the one an
    order would be linked to; "name" shares the folded name, "vat_id" the VAT ID, but not both
    (worth a look before creating another record)."""
    exact = dedup_key(legal_name, vat_id, country, postal_code)
    same = [ClientRecord.name_key == name_key(legal_name)]
    if vat_key(vat_id):
        same.append(ClientRecord.vat_key == vat_key(vat_id))
    records = session.scalars(
        select(ClientRecord)
        .where(or_(*same))
        .order_by(ClientRecord.created_at, ClientRecord.id)
        .limit(MAX_RESULTS)
    ).all()

    def match(record: ClientRecord) -> str:
        if record.dedup_key == exact:
            return "exact"
        return "name" if record.name_key == name_key(legal_name) else "vat_id"

    return [(r, match(r)) for r in records]


def client_errors(session: Session, client: Client) -> list[dict[str, str]]:
    """An order may name a client of the shared database only if it exists."""
    if client.server_id and session.get(ClientRecord, client.server_id) is None:
        return [{"field": "client.server_id", "code": "unknown_client"}]
    return []


def link_client(session: Session, client: Client, created_by: int, now: datetime) -> str:
    """The id of the order's client in the shared database: the one named, the existing
    duplicate, or a new record made from the order's client."""
    if client.server_id:
        return client.server_id
    address = client.address
    key = dedup_key(client.legal_name, client.vat_id, address.country, address.postal_code)
    existing = session.scalar(select(ClientRecord).where(ClientRecord.dedup_key == key))
    if existing is not None:
        return existing.id
    record = ClientRecord(
        id=str(uuid.uuid4()),
        type=client.type.value,
        legal_name=client.legal_name.strip(),
        name_key=name_key(client.legal_name),
        street=address.street.strip(),
        postal_code=address.postal_code.strip(),
        city=address.city.strip(),
        country=address.country.strip().upper(),
        vat_id=client.vat_id.strip(),
        vat_key=vat_key(client.vat_id),
        invoice_email=client.invoice_email.strip(),
        search_text=_search_text(client.legal_name, address.city),
        dedup_key=key,
        created_by=created_by,
        created_at=now,
    )
    session.add(record)
    return record.id


def client_json(record: ClientRecord) -> dict[str, Any]:
    """The wire shape of an order's client (desktop_app.domain.order_json), ready to use."""
    return {
        "id": record.id,
        "type": record.type,
        "legal_name": record.legal_name,
        "address": {
            "street": record.street,
            "postal_code": record.postal_code,
            "city": record.city,
            "country": record.country,
        },
        "vat_id": record.vat_id,
        "invoice_email": record.invoice_email,
        "created_at": record.created_at.isoformat() + "Z",
    }
