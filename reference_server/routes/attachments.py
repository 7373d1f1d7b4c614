"""Files on an order: a member uploads to its own open order; whoever may see the order lists
and downloads them."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import FileResponse, JSONResponse

from ..actions import member_post
from ..attachments import content_disposition, order_attachments
from ..auth import Principal
from ..blob_store import BlobStore
from ..context import context_of, principal
from ..problems import ApiProblem
from ..upload_form import KINDS, UploadForm
from ..uploads import MAX_UPLOAD_BODY, find_attachment, store_upload
from ..workflow import find_order

router = APIRouter(prefix="/api/v1", tags=["attachments"])

_UPLOAD_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "PDF, JPEG or PNG (checked by content), at most 25 MB",
                        },
                        "kind": {"type": "string", "enum": list(KINDS), "default": KINDS[0]},
                    },
                }
            }
        },
    }
}


@router.post("/orders/{order_id}/attachments", status_code=201, openapi_extra=_UPLOAD_SCHEMA)
async def upload_attachment(
    order_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
    idempotency_key: str | None = Header(default=None),
) -> JSONResponse:
    """Upload a file to the member's own order, unless the order is cancelled, rejected or
    completed (409 ``order_closed``). The type is sniffed from the content: PDF, JPEG or PNG,
    else 415 ``attachment_type``; over 25 MB: 413 ``attachment_too_large``. 201 with the new
    entry; 200 with the stored one when the order already has this content as this kind."""
    form = UploadForm(request.headers.get("content-type", ""))
    return await member_post(
        request,
        who,
        idempotency_key,
        lambda ctx, body: store_upload(ctx, who, order_id, form.upload(body)),
        MAX_UPLOAD_BODY,
        too_large_code="attachment_too_large",
        fingerprint=lambda body: form.fingerprint(order_id, body),
    )


@router.get("/orders/{order_id}/attachments")
def list_attachments(
    order_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> dict[str, Any]:
    ctx = context_of(request)
    with ctx.db.session() as session:
        order = find_order(session, order_id, who)
        return {"attachments": order_attachments(session, order.id)}


@router.get(
    "/orders/{order_id}/attachments/{attachment_id}",
    response_class=FileResponse,
    responses={200: {"content": {"application/pdf": {}, "image/jpeg": {}, "image/png": {}}}},
)
def download_attachment(
    order_id: str,
    attachment_id: str,
    request: Request,
    who: Principal = Depends(principal),  # noqa: B008
) -> FileResponse:
    """The file as uploaded, with its sniffed media type, served as a download."""
    ctx = context_of(request)
    with ctx.db.session() as session:
        record = find_attachment(session, order_id, attachment_id, who)
    path = BlobStore.beside(ctx.db).path_for(record.sha256)
    if not path.is_file():
        raise ApiProblem(500, "attachment_missing", "The stored file is missing")
    return FileResponse(
        path,
        media_type=record.media_type,
        headers={
            "Content-Disposition": content_disposition(record.display_name),
            # The browser or viewer must trust the sniffed type we send, never guess its own.
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, no-store",
        },
    )
