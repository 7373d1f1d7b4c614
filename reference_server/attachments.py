"""The files an order has on the server, as every order JSON lists them (see
workflow.order_document): the wire shape of desktop_app.domain.order_json plus ``id``, ``kind``
and ``uploaded_at``. Uploading is in reference_server/uploads.py."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from .records import AttachmentRecord


def order_attachments(session: Session, order_id: str) -> list[dict[str, Any]]:
    records = session.scalars(
        select(AttachmentRecord)
        .where(AttachmentRecord.order_id == order_id)
        .order_by(AttachmentRecord.uploaded_at, AttachmentRecord.id)
    ).all()
    return [attachment_json(r) for r in records]


def attachments_of(session: Session, order_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The files of many orders in one query (a feed page lists up to 500 orders)."""
    found: dict[str, list[dict[str, Any]]] = {order_id: [] for order_id in order_ids}
    if order_ids:
        records = session.scalars(
            select(AttachmentRecord)
            .where(AttachmentRecord.order_id.in_(order_ids))
            .order_by(AttachmentRecord.uploaded_at, AttachmentRecord.id)
        )
        for record in records:
            found[record.order_id].append(attachment_json(record))
    return found


def attachment_json(record: AttachmentRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "sha256": record.sha256,
        "filename": record.display_name,
        "size": record.size,
        "media_type": record.media_type,
        "kind": record.kind,
        "is_confirmation_proof": record.kind == "proof",
        "uploaded_at": record.uploaded_at.isoformat() + "Z",
    }


def content_disposition(name: str) -> str:
    """``attachment`` with an ASCII fallback and the exact UTF-8 name (RFC 6266)."""
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
