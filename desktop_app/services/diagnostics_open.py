"""Opening a diagnostics bundle: every check before a byte is trusted, then a safe unpack.

A bundle comes from someone else's machine, so it is treated as hostile: the zip must be
well formed, hold exactly the files its manifest lists (under names that cannot escape the
target folder), stay within size and compression-ratio limits (checked on the declared
sizes and again while the bytes are counted), match the manifest's SHA-256 sums and carry
a database of this app's schema.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
import zlib
from pathlib import Path
from typing import Any

from ..platform.paths import AppPaths
from ..storage.migrate import DbState, inspect_database

FORMAT = "smart-orders-diagnostics"
VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "data/orders.sqlite3"
KNOWN_FILES = frozenset({DATABASE, "config/settings.json", "outbox.json", "logs/smart-orders.log"})

MAX_TOTAL_BYTES = 1 << 30  # all files unpacked
MAX_MANIFEST_BYTES = 1 << 20
MAX_RATIO = 200  # uncompressed : compressed, per file …
RATIO_FLOOR = 1 << 20  # … for files above this size (tiny files may compress oddly)
MAX_ENTRIES = 16
_CHUNK = 1 << 16
_DRIVE = re.compile(r"^[A-Za-z]:")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BundleError(Exception):
    """A bundle refused; ``code`` is stable, ``message`` says why in plain words."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def _check_name(info: zipfile.ZipInfo) -> None:
    name = info.filename
    parts = name.split("/")
    if (
        not name
        or name.startswith("/")
        or "\\" in name
        or _DRIVE.match(name)
        or ".." in parts
        or "\x00" in name
    ):
        raise BundleError("unsafe_path", f"unsafe file name in the bundle: {name!r}")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise BundleError("unsafe_path", f"symbolic link in the bundle: {name!r}")


def _check_sizes(infos: list[zipfile.ZipInfo]) -> None:
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise BundleError("too_large", f"bundle unpacks to more than {MAX_TOTAL_BYTES} bytes")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise BundleError("too_large", f"{info.filename}: compression ratio {ratio:.0f}")


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    data = bytearray()
    with zf.open(info) as member:
        while chunk := member.read(_CHUNK):
            data += chunk
            if len(data) > limit:
                raise BundleError("too_large", f"{info.filename} is larger than {limit} bytes")
    return bytes(data)


def _manifest(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo]) -> dict[str, Any]:
    if MANIFEST not in names:
        raise BundleError("foreign", "no manifest.json: not a Smart Orders diagnostics bundle")
    try:
        manifest = json.loads(_read_limited(zf, names[MANIFEST], MAX_MANIFEST_BYTES))
    except ValueError as exc:
        raise BundleError("foreign", f"manifest.json is not valid JSON: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("foreign", "manifest.json is not a Smart Orders diagnostics manifest")
    if manifest.get("version") != VERSION:
        raise BundleError("schema", f"bundle format version {manifest.get('version')!r}")
    files = manifest.get("files")
    if not isinstance(files, list) or not all(
        isinstance(f, dict)
        and f.get("path") in KNOWN_FILES
        and isinstance(f.get("size"), int)
        and isinstance(f.get("sha256"), str)
        and _SHA256.match(f["sha256"])
        for f in files
    ):
        raise BundleError("schema", "manifest.json lists files this version does not know")
    listed = [f["path"] for f in files]
    if DATABASE not in listed or len(set(listed)) != len(listed):
        raise BundleError("schema", "manifest.json must list the database exactly once")
    return manifest


def _extract(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    entry: dict[str, Any],
    into: Path,
    written: list[Path],
) -> None:
    target = into.joinpath(*entry["path"].split("/"))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        out = target.open("xb")  # "x": never overwrite, never write through a link
    except FileExistsError as exc:
        raise BundleError("unsafe_path", f"{target} exists already") from exc
    written.append(target)
    digest = hashlib.sha256()
    count = 0
    with zf.open(info) as member, out:
        while chunk := member.read(_CHUNK):
            count += len(chunk)
            if count > entry["size"] or count > MAX_TOTAL_BYTES:
                raise BundleError("too_large", f"{info.filename} expands beyond its size")
            digest.update(chunk)
            out.write(chunk)
    if count != entry["size"] or digest.hexdigest() != entry["sha256"]:
        raise BundleError("corrupt", f"{info.filename} does not match its checksum")


def open_bundle(zip_path: Path, into: Path) -> AppPaths:
    """Validate the bundle at ``zip_path`` and unpack its files into ``into`` in the
    profile layout; raise BundleError when anything is wrong (nothing is left behind)."""
    try:
        with zip_path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise BundleError("not_a_zip", f"cannot read {zip_path}: {exc.strerror}") from exc
    if magic not in (b"PK\x03\x04", b"PK\x05\x06"):
        raise BundleError("not_a_zip", f"{zip_path.name} is not a zip file")
    written: list[Path] = []
    try:
        with zipfile.ZipFile(zip_path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ENTRIES:
                raise BundleError("too_large", f"{len(infos)} files in the bundle")
            for info in infos:
                _check_name(info)
            names = {i.filename: i for i in infos}
            if len(names) != len(infos):
                raise BundleError("unsafe_path", "the bundle holds a file name twice")
            _check_sizes(infos)
            manifest = _manifest(zf, names)
            entries = {f["path"]: f for f in manifest["files"]}
            unlisted = sorted(set(names) - set(entries) - {MANIFEST})
            if unlisted:
                raise BundleError("unlisted", f"files not in the manifest: {', '.join(unlisted)}")
            missing = sorted(set(entries) - set(names))
            if missing:
                raise BundleError("corrupt", f"files missing from the bundle: {', '.join(missing)}")
            into.mkdir(parents=True, exist_ok=True)
            for path, entry in entries.items():
                _extract(zf, names[path], entry, into, written)
        paths = AppPaths.for_profile(into)
        inspection = inspect_database(paths.database, full_check=True)
        if inspection.state not in (DbState.CURRENT, DbState.OUTDATED):
            raise BundleError(
                "schema", f"the database is not usable here ({inspection.state.value})"
            )
    except BundleError:
        _remove(written)
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        _remove(written)
        raise BundleError("corrupt", f"damaged zip: {exc}") from exc
    except RuntimeError as exc:  # zipfile: encrypted member
        _remove(written)
        raise BundleError("corrupt", f"unreadable zip member: {exc}") from exc
    except BaseException:
        _remove(written)
        raise
    paths.ensure()
    return paths


def _remove(files: list[Path]) -> None:
    for path in files:
        path.unlink(missing_ok=True)
