"""SQLite URIs built safely from paths."""

from __future__ import annotations

from pathlib import Path


def read_only_uri(path: Path) -> str:
    # Percent-encoded: a raw "#" or "?" in the path would cut it short, drop mode=ro and
    # create a stray empty database; a raw "%41" would be decoded to another name.
    return f"{path.resolve().as_uri()}?mode=ro"
