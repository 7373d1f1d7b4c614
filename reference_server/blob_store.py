"""Uploaded file contents, stored by their sha256 in a folder beside the server database.

Only the hex digest ever becomes part of a path: a name a client sends never touches the file
system, and the same content uploaded twice (to any order) is stored once."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from .database import ServerDatabase

_SHA256 = re.compile(r"[0-9a-f]{64}")


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def beside(cls, db: ServerDatabase) -> BlobStore:
        """``server.sqlite3`` keeps its files in ``server.attachments/`` next to it."""
        database = db.engine.url.database
        if not database:
            raise ValueError("the server database has no file")
        return cls(Path(database).with_suffix(".attachments"))

    def path_for(self, sha256: str) -> Path:
        if not _SHA256.fullmatch(sha256):
            raise ValueError("not a sha256 hex digest")
        return self.root / sha256[:2] / sha256

    def put(self, content: bytes) -> str:
        """Store ``content`` (atomically: a reader never sees half a file); returns its sha256."""
        sha256 = hashlib.sha256(content).hexdigest()
        target = self.path_for(sha256)
        if target.exists():
            return sha256
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return sha256
