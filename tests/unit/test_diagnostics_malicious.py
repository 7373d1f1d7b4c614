"""Opening a hostile or broken diagnostics bundle: refused with a code, nothing unpacked."""

from __future__ import annotations

import io
import json
import sqlite3
import stat
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.platform.paths import AppPaths
from desktop_app.services import diagnostics_open
from desktop_app.services.diagnostics import BundleError, create_bundle, open_bundle
from tests.unit.diagnostics_fixtures import make_profile, rewrite, sqlite_bytes

DB = "data/orders.sqlite3"
LOG = "logs/smart-orders.log"


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("good")
    paths = AppPaths.for_profile(root / "profile")
    db, _ids = make_profile(paths, orders=1)
    try:
        yield create_bundle(paths, root / "good.zip", "1", "6")
    finally:
        db.dispose()


def refused(bundle: Path, into: Path, code: str) -> BundleError:
    with pytest.raises(BundleError) as caught:
        open_bundle(bundle, into)
    assert caught.value.code == code, caught.value
    assert caught.value.message
    leftovers = [p for p in into.rglob("*") if p.is_file()] if into.exists() else []
    assert leftovers == []
    return caught.value


def raw_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            zf.writestr(info, data)
    path.write_bytes(buffer.getvalue())
    return path


def forge_size(data: bytes, name: str, size: int) -> bytes:
    """Change the uncompressed size a zip declares for ``name`` (local and central header)."""
    out = bytearray(data)
    encoded = name.encode()
    for sig, name_len_at, name_at, size_at in (
        (b"PK\x03\x04", 26, 30, 22),
        (b"PK\x01\x02", 28, 46, 24),
    ):
        start = 0
        while (at := out.find(sig, start)) >= 0:
            (length,) = struct.unpack_from("<H", out, at + name_len_at)
            if out[at + name_at : at + name_at + length] == encoded:
                struct.pack_into("<I", out, at + size_at, size)
            start = at + 4
    return bytes(out)


def test_the_good_bundle_opens(good: Path, tmp_path: Path) -> None:
    assert open_bundle(good, tmp_path / "in").database.exists()  # the baseline of this file


def test_not_a_zip(tmp_path: Path) -> None:
    (tmp_path / "x.zip").write_text("hello, I am a text file")
    refused(tmp_path / "x.zip", tmp_path / "in", "not_a_zip")
    refused(tmp_path / "missing.zip", tmp_path / "in", "not_a_zip")


def test_truncated_zip(good: Path, tmp_path: Path) -> None:
    data = good.read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    refused(tmp_path / "cut.zip", tmp_path / "in", "corrupt")


def test_no_manifest(good: Path, tmp_path: Path) -> None:
    bundle = rewrite(good, tmp_path / "b.zip", lambda f: f.pop("manifest.json"))
    refused(bundle, tmp_path / "in", "foreign")


@pytest.mark.parametrize("manifest", [b"not json", b"[]", b'{"format": "other-app", "files": []}'])
def test_foreign_manifest(good: Path, tmp_path: Path, manifest: bytes) -> None:
    bundle = rewrite(
        good, tmp_path / "b.zip", lambda f: f.update({"manifest.json": manifest}), remanifest=False
    )
    refused(bundle, tmp_path / "in", "foreign")


def test_newer_bundle_format(good: Path, tmp_path: Path) -> None:
    def newer(files: dict[str, bytes]) -> None:
        manifest = json.loads(files["manifest.json"])
        files["manifest.json"] = json.dumps({**manifest, "version": 2}).encode()

    refused(rewrite(good, tmp_path / "b.zip", newer, remanifest=False), tmp_path / "in", "schema")


@pytest.mark.parametrize("name", ["../x", "/etc/x", "C:\\x", "C:/x", "a\\..\\b", "data/../../x"])
def test_path_traversal(good: Path, tmp_path: Path, name: str) -> None:
    bundle = rewrite(good, tmp_path / "b.zip", lambda f: f.update({name: b"evil"}))
    refused(bundle, tmp_path / "in", "unsafe_path")
    assert not (tmp_path / "x").exists()


def test_symlink_entry(good: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(good) as zf:
        entries: list[tuple[zipfile.ZipInfo | str, bytes]] = [
            (n, zf.read(n)) for n in zf.namelist() if n != LOG
        ]
    link = zipfile.ZipInfo(LOG)
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    entries.append((link, b"/etc/passwd"))
    refused(raw_zip(tmp_path / "b.zip", entries), tmp_path / "in", "unsafe_path")


def test_declared_size_beyond_the_limit(good: Path, tmp_path: Path) -> None:
    (tmp_path / "b.zip").write_bytes(forge_size(good.read_bytes(), LOG, 0xFFFF_FFF0))
    refused(tmp_path / "b.zip", tmp_path / "in", "too_large")


def test_expanding_beyond_the_declared_size_counts_the_bytes(good: Path, tmp_path: Path) -> None:
    # The zip's headers tell the truth but the manifest under-declares: the byte counter
    # stops the unpacking at the manifest's size.
    def bigger(files: dict[str, bytes]) -> None:
        manifest = json.loads(files["manifest.json"])
        files[LOG] = bytes(range(256)) * 4096  # 1 MiB that does not compress
        for entry in manifest["files"]:
            if entry["path"] == LOG:
                entry["size"] = 1000
        files["manifest.json"] = json.dumps(manifest).encode()

    bundle = rewrite(good, tmp_path / "b.zip", bigger, remanifest=False)
    refused(bundle, tmp_path / "in", "too_large")
    # A header that under-declares is caught as well (zipfile stops at the declared size).
    lying = forge_size(bundle.read_bytes(), LOG, 1000)
    (tmp_path / "lying.zip").write_bytes(lying)
    refused(tmp_path / "lying.zip", tmp_path / "in2", "corrupt")


def test_high_compression_ratio(good: Path, tmp_path: Path) -> None:
    bomb = rewrite(good, tmp_path / "b.zip", lambda f: f.update({LOG: bytes(3 << 20)}))
    assert bomb.stat().st_size < 100_000  # 3 MiB of zeros in a few KiB
    refused(bomb, tmp_path / "in", "too_large")


def test_total_size_limit(good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagnostics_open, "MAX_TOTAL_BYTES", 10_000)
    refused(good, tmp_path / "in", "too_large")


def test_extra_unlisted_file(good: Path, tmp_path: Path) -> None:
    def extra(files: dict[str, bytes]) -> None:
        files["data/extra.bin"] = b"surprise"

    refused(rewrite(good, tmp_path / "b.zip", extra, remanifest=False), tmp_path / "in", "unlisted")


def test_sha256_mismatch(good: Path, tmp_path: Path) -> None:
    def tamper(files: dict[str, bytes]) -> None:
        files[LOG] = files[LOG].replace(b"INFO", b"OFNI")

    refused(rewrite(good, tmp_path / "b.zip", tamper, remanifest=False), tmp_path / "in", "corrupt")


def _with_database(good: Path, tmp_path: Path, data: bytes) -> Path:
    return rewrite(good, tmp_path / "b.zip", lambda f: f.update({DB: data}))


def test_garbage_database(good: Path, tmp_path: Path) -> None:
    bundle = _with_database(good, tmp_path, b"SQLite format 3\x00" + b"\xff" * 5000)
    refused(bundle, tmp_path / "in", "schema")


def test_foreign_database(good: Path, tmp_path: Path) -> None:
    data = sqlite_bytes(tmp_path / "f.db", lambda c: c.execute("CREATE TABLE songs (t TEXT)"))
    refused(_with_database(good, tmp_path, data), tmp_path / "in", "schema")


def test_database_from_a_newer_revision(good: Path, tmp_path: Path) -> None:
    def newer(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("CREATE TABLE orders (id TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")

    data = sqlite_bytes(tmp_path / "n.db", newer)
    refused(_with_database(good, tmp_path, data), tmp_path / "in", "schema")


def test_an_existing_file_in_the_target_is_never_overwritten(good: Path, tmp_path: Path) -> None:
    settings = tmp_path / "in" / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text("mine")
    with pytest.raises(BundleError) as caught:
        open_bundle(good, tmp_path / "in")
    assert caught.value.code == "unsafe_path"
    assert settings.read_text() == "mine"
