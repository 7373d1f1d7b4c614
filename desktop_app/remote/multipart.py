"""A multipart/form-data body streamed from disk with a known length.

requests' ``files=`` builds the whole body in memory; for 25 MB attachments we stream the file
in chunks instead. ``__len__`` lets requests send a Content-Length (servers and proxies refuse
or buffer chunked uploads more often than sized ones).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

from urllib3.fields import RequestField

CHUNK = 256 * 1024


class MultipartFile:
    """The parts ``fields`` (plain text) and then ``file_field`` with the file's bytes."""

    def __init__(
        self,
        path: Path,
        file_field: str,
        filename: str,
        fields: dict[str, str],
        media_type: str = "application/octet-stream",
    ) -> None:
        self.path = path
        self.size = path.stat().st_size  # OSError here: the caller maps it to LocalFileError
        self.boundary = secrets.token_hex(16)
        head = b"".join(
            self._part_head(name, None, None) + value.encode() + b"\r\n"
            for name, value in fields.items()
        )
        self._head = head + self._part_head(file_field, filename, media_type)
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return len(self._head) + self.size + len(self._tail)

    def __iter__(self) -> Iterator[bytes]:
        yield self._head
        remaining = self.size
        with self.path.open("rb") as stream:
            while remaining > 0:
                chunk = stream.read(min(CHUNK, remaining))
                if not chunk:
                    # Shorter than announced: abort rather than send a body that lies about
                    # its length. The OSError surfaces as a network error; a retry re-reads.
                    raise OSError(f"{self.path.name} changed while it was being uploaded")
                remaining -= len(chunk)
                yield chunk
        yield self._tail

    def _part_head(self, name: str, filename: str | None, media_type: str | None) -> bytes:
        # urllib3 quotes names the way requests would (quotes and line breaks escaped).
        field = RequestField(name=name, data=b"", filename=filename)
        field.make_multipart(content_type=media_type)
        return f"--{self.boundary}\r\n".encode() + field.render_headers().encode()
