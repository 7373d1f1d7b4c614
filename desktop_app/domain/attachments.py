"""Which files may be attached, judged by their content, never by their name."""

from __future__ import annotations

import re
import unicodedata

from .errors import DomainError

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024

MEDIA_TYPES = ("application/pdf", "image/jpeg", "image/png")


def sniff_media_type(head: bytes) -> str | None:
    """The media type from the first bytes of a file, or None when it is not allowed."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


def safe_display_name(name: str) -> str:
    """A file name fit for display and for the server: no folders, no control characters."""
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip(" .")
    return name[:200] or "anhang"


class AttachmentError(DomainError):
    """code: attachment_unreadable | attachment_too_large | attachment_type"""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
