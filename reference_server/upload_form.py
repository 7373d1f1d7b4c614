"""Reading an attachment upload (multipart/form-data: a ``file`` part, an optional ``kind``).

The body arrives whole through actions.member_post, so it is parsed here from bytes. Its
fingerprint (what an Idempotency-Key replay must repeat) is the content, name and kind, not
the raw body: a client picks a new random boundary each time it encodes a retry."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header

from .problems import ApiProblem

KINDS = ("attachment", "proof")
_MAX_PARTS = 10


@dataclass(frozen=True)
class Upload:
    content: bytes
    filename: str  # as sent; only ever shown after desktop_app.domain.attachments.safe_display_name
    kind: str


@dataclass
class _Part:
    headers: dict[str, bytes]
    data: bytearray


class UploadForm:
    """One request's form: parsed once, used by both the fingerprint and the handler."""

    def __init__(self, content_type: str) -> None:
        self._content_type = content_type
        self._parsed: tuple[bytes, Upload] | None = None

    def upload(self, body: bytes) -> Upload:
        if self._parsed is None or self._parsed[0] is not body:
            self._parsed = (body, _parse(self._content_type, body))
        return self._parsed[1]

    def fingerprint(self, order_id: str, body: bytes) -> bytes:
        upload = self.upload(body)
        return json.dumps(
            {
                "order_id": order_id,
                "sha256": hashlib.sha256(upload.content).hexdigest(),
                "filename": upload.filename,
                "kind": upload.kind,
            },
            sort_keys=True,
        ).encode()


def _invalid(detail: str, field: str | None = None, code: str = "") -> ApiProblem:
    problem = ApiProblem(422, "invalid_body", "The upload could not be read", detail)
    if field:
        problem.extra["errors"] = [{"field": field, "code": code}]
    return problem


def _parse(content_type: str, body: bytes) -> Upload:
    media_type, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if media_type != b"multipart/form-data" or not boundary:
        raise _invalid("expected multipart/form-data with a boundary")
    parts = _parts(boundary, body)
    files = [(p, o) for p, o in parts if o.get(b"name") == b"file"]
    kinds = [p for p, o in parts if o.get(b"name") == b"kind"]
    if len(files) != 1:
        raise _invalid("exactly one part named 'file' is needed", "file", "required")
    if len(kinds) > 1:
        raise _invalid("at most one part named 'kind'", "kind", "unknown_value")
    kind = bytes(kinds[0].data).decode("utf-8", "replace").strip() if kinds else "attachment"
    if kind not in KINDS:
        raise _invalid("kind is 'attachment' or 'proof'", "kind", "unknown_value")
    part, disposition = files[0]
    # Header bytes were read as latin-1; browsers and requests send UTF-8 names (HTML5 escapes).
    raw_name = disposition.get(b"filename", b"").decode("utf-8", "replace")
    for escaped, char in (("%22", '"'), ("%0D", "\r"), ("%0A", "\n")):
        raw_name = raw_name.replace(escaped, char)
    return Upload(content=bytes(part.data), filename=raw_name, kind=kind)


def _parts(boundary: bytes, body: bytes) -> list[tuple[_Part, dict[bytes, bytes]]]:
    parts: list[_Part] = []
    field = bytearray()
    value = bytearray()
    ended = False

    def on_part_begin() -> None:
        if len(parts) >= _MAX_PARTS:
            raise _invalid(f"more than {_MAX_PARTS} parts")
        parts.append(_Part({}, bytearray()))

    def on_header_field(data: bytes, start: int, end: int) -> None:
        field.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        value.extend(data[start:end])

    def on_header_end() -> None:
        parts[-1].headers[field.decode("latin-1").strip().lower()] = bytes(value).strip()
        field.clear()
        value.clear()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        parts[-1].data.extend(data[start:end])

    def on_end() -> None:
        nonlocal ended
        ended = True

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_part_data": on_part_data,
            "on_end": on_end,
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except FormParserError as exc:
        raise _invalid(f"malformed multipart body: {exc}") from exc
    if not ended:
        raise _invalid("the multipart body ends early")
    result = []
    for part in parts:
        disposition = part.headers.get("content-disposition", b"")
        kind, options = parse_options_header(disposition.decode("latin-1"))
        if kind == b"form-data":
            result.append((part, options))
    return result
