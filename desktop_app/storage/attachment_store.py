"""Attachments copied into the profile under their SHA-256; the source path is never trusted."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from ..domain.attachments import (
    MAX_ATTACHMENT_BYTES,
    AttachmentError,
    safe_display_name,
    sniff_media_type,
)
from ..domain.order import AttachmentRef

_CHUNK = 1024 * 1024


class AttachmentStore:
    def __init__(self, root: Path, max_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a sha256 hex digest")
        return self.root / sha256[:2] / sha256

    def import_file(self, source: Path, *, is_confirmation_proof: bool = False) -> AttachmentRef:
        """Copy ``source`` in (streaming, hashing, checking type by content and size)."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    handle = source.open("rb")
                except OSError as exc:
                    raise AttachmentError("attachment_unreadable", str(exc)) from exc
                with handle:
                    head = handle.read(16)
                    media_type = sniff_media_type(head)
                    if media_type is None:
                        raise AttachmentError("attachment_type", source.name)
                    chunk = head
                    while chunk:
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise AttachmentError("attachment_too_large", source.name)
                        digest.update(chunk)
                        out.write(chunk)
                        chunk = handle.read(_CHUNK)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return AttachmentRef(
            sha256=sha,
            filename=safe_display_name(source.name),
            size=size,
            media_type=media_type,
            is_confirmation_proof=is_confirmation_proof,
        )
