"""Uploading a file to an order: checked by content and size, stored once per order and kind."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.attachments import (
    MAX_ATTACHMENT_BYTES,
    safe_display_name,
    sniff_media_type,
)
from desktop_app.domain.status import OrderStatus

from .attachments import attachment_json
from .auth import Principal
from .blob_store import BlobStore
from .context import ServerContext
from .problems import ApiProblem, not_found
from .records import AttachmentRecord
from .upload_form import Upload
from .workflow import find_order, record_event

# Room for the multipart framing around a file of the largest allowed size (the same cap as
# the request-size middleware in reference_server/limits.py).
MAX_UPLOAD_BODY = MAX_ATTACHMENT_BYTES + 1024 * 1024


def store_upload(
    ctx: ServerContext, who: Principal, order_id: str, upload: Upload
) -> tuple[int, dict[str, Any]]:
    """201 with the new attachment, or 200 with the stored one when this order already has
    the same content as the same kind (no second copy, no second event)."""
    sha256 = hashlib.sha256(upload.content).hexdigest()
    with ctx.db.session() as session:
        order = find_order(session, order_id, who)
        if OrderStatus(order.status).is_terminal:
            raise ApiProblem(
                409,
                "order_closed",
                "No attachments on a closed order",
                f"the order is {order.status}",
                current_status=order.status,
            )
        if len(upload.content) > MAX_ATTACHMENT_BYTES:
            raise ApiProblem(
                413,
                "attachment_too_large",
                "Attachment too large",
                f"at most {MAX_ATTACHMENT_BYTES} bytes",
            )
        media_type = sniff_media_type(upload.content[:16])
        if media_type is None:
            raise ApiProblem(415, "attachment_type", "Only PDF, JPEG and PNG files are accepted")
        stored = session.scalar(
            select(AttachmentRecord).where(
                AttachmentRecord.order_id == order.id,
                AttachmentRecord.sha256 == sha256,
                AttachmentRecord.kind == upload.kind,
            )
        )
        if stored is not None:
            return 200, attachment_json(stored)
        # The blob before the row: a crash in between leaves an unused file, never a row
        # without its content.
        BlobStore.beside(ctx.db).put(upload.content)
        now = ctx.clock.now().replace(tzinfo=None)
        record = AttachmentRecord(
            id=str(uuid.uuid4()),
            order_id=order.id,
            sha256=sha256,
            display_name=safe_display_name(upload.filename),
            media_type=media_type,
            size=len(upload.content),
            kind=upload.kind,
            uploaded_at=now,
        )
        session.add(record)
        # The order as the server answers it changed (its attachments list).
        order.updated_at = now
        record_event(
            session,
            ctx.clock,
            order,
            "attachment_added",
            "member",
            order.status,
            record.display_name,
        )
        return 201, attachment_json(record)


def find_attachment(
    session: Session, order_id: str, attachment_id: str, who: Principal
) -> AttachmentRecord:
    order = find_order(session, order_id, who)
    record = session.get(AttachmentRecord, attachment_id)
    if record is None or record.order_id != order.id:
        raise not_found("attachment")
    return record
