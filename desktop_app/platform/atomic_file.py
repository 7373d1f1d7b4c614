"""Replacing a file so that a reader sees the old or the new content, never a part: write a
temporary file beside it, flush it to disk, rename it over the old one, then flush the
directory entry (POSIX) so the rename survives a power loss too."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """A symlinked path (e.g. into a synced folder) stays a link: its target is replaced.
    The file keeps its permissions; a new one gets the usual ones (umask), not mkstemp's
    owner-only 0600, so a calendar app or web server can go on reading it."""
    path = path.resolve()
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        if os.name == "posix":
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if os.name == "posix":
        with contextlib.suppress(OSError):  # some file systems refuse a directory fsync
            directory = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
