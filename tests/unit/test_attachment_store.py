"""AttachmentStore: content-addressed copies, type by content, size limit, safe paths."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop_app.storage import attachment_store as attachment_store_module
from desktop_app.storage.attachment_store import AttachmentError, AttachmentStore

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n" + b"1 0 obj << >> endobj\n" * 50
JPEG = b"\xff\xd8\xff\xe0" + b"\x00JFIF" + bytes(300)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store(root: Path) -> AttachmentStore:
    return AttachmentStore(root)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "Downloads" / "Kunde A"
    folder.mkdir(parents=True)
    return folder


def _write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _stored_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def _assert_no_temp_files(root: Path) -> None:
    assert [p for p in _stored_files(root) if p.name.startswith(".incoming-")] == []


@pytest.mark.parametrize(
    ("content", "media_type"),
    [(PDF, "application/pdf"), (PNG, "image/png"), (JPEG, "image/jpeg")],
)
def test_import_copies_under_the_content_hash(
    store: AttachmentStore, root: Path, sources: Path, content: bytes, media_type: str
) -> None:
    source = _write(sources, "Anhang.bin", content)
    ref = store.import_file(source)
    sha = hashlib.sha256(content).hexdigest()
    assert ref.sha256 == sha
    assert ref.size == len(content)
    assert ref.media_type == media_type
    assert ref.is_confirmation_proof is False
    assert store.path_for(sha) == root / sha[:2] / sha
    assert _stored_files(root) == [root / sha[:2] / sha]
    assert store.path_for(sha).read_bytes() == content
    # The source is copied, not moved.
    assert source.read_bytes() == content


def test_same_content_twice_is_one_file(store: AttachmentStore, root: Path, sources: Path) -> None:
    first = store.import_file(_write(sources, "a.pdf", PDF))
    second = store.import_file(_write(sources, "b.pdf", PDF), is_confirmation_proof=True)
    assert first.sha256 == second.sha256
    assert (first.filename, second.filename) == ("a.pdf", "b.pdf")
    assert second.is_confirmation_proof is True
    assert _stored_files(root) == [store.path_for(first.sha256)]

    other = store.import_file(_write(sources, "c.pdf", PDF + b"%%EOF"))
    assert other.sha256 != first.sha256
    assert len(_stored_files(root)) == 2


def test_type_is_judged_by_content_not_by_name(
    store: AttachmentStore, root: Path, sources: Path
) -> None:
    ref = store.import_file(_write(sources, "rechnung.pdf", PNG))
    assert ref.media_type == "image/png"
    assert ref.filename == "rechnung.pdf"

    for name, content in [
        ("x.pdf", b"just some text, not a PDF at all\n"),
        ("photo.png", b"GIF89a" + bytes(64)),
        ("tiny.pdf", b"%PD"),  # shorter than any signature
    ]:
        with pytest.raises(AttachmentError) as excinfo:
            store.import_file(_write(sources, name, content))
        assert excinfo.value.code == "attachment_type"
    assert _stored_files(root) == [store.path_for(ref.sha256)]


def test_empty_file_is_rejected(store: AttachmentStore, root: Path, sources: Path) -> None:
    with pytest.raises(AttachmentError) as excinfo:
        store.import_file(_write(sources, "leer.pdf", b""))
    # No signature at all; the codes the GUI translates have no separate "empty" one.
    assert excinfo.value.code == "attachment_type"
    assert _stored_files(root) == []


def test_size_limit(root: Path, sources: Path) -> None:
    store = AttachmentStore(root, max_bytes=1000)
    exact = PDF[:9] + b"a" * (1000 - 9)
    ref = store.import_file(_write(sources, "exact.pdf", exact))
    assert ref.size == 1000

    with pytest.raises(AttachmentError) as excinfo:
        store.import_file(_write(sources, "big.pdf", exact + b"b"))
    assert excinfo.value.code == "attachment_too_large"
    assert _stored_files(root) == [store.path_for(ref.sha256)]


def test_large_file_is_streamed_in_chunks_and_hashed_whole(root: Path, sources: Path) -> None:
    # Several read chunks (1 MiB each) after the 16-byte head.
    content = PNG + os.urandom(3 * 1024 * 1024 + 123)
    store = AttachmentStore(root, max_bytes=len(content))
    ref = store.import_file(_write(sources, "scan.png", content))
    assert ref.sha256 == hashlib.sha256(content).hexdigest()
    assert ref.size == len(content)
    assert store.path_for(ref.sha256).read_bytes() == content

    with pytest.raises(AttachmentError) as excinfo:
        AttachmentStore(root, max_bytes=len(content) - 1).import_file(
            _write(sources, "scan2.png", content)
        )
    assert excinfo.value.code == "attachment_too_large"
    _assert_no_temp_files(root)


def test_unreadable_sources(store: AttachmentStore, root: Path, sources: Path) -> None:
    for source in (sources / "gibt-es-nicht.pdf", sources):  # missing file; a folder
        with pytest.raises(AttachmentError) as excinfo:
            store.import_file(source)
        assert excinfo.value.code == "attachment_unreadable"
    assert _stored_files(root) == []


def test_no_temp_file_is_left_when_the_final_move_fails(
    store: AttachmentStore, root: Path, sources: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(attachment_store_module.os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space left"):
        store.import_file(_write(sources, "a.pdf", PDF))
    assert _stored_files(root) == []


def test_display_name_has_no_folders_or_control_characters(
    store: AttachmentStore, sources: Path
) -> None:
    # A backslash is an ordinary character in a POSIX file name, but a folder elsewhere.
    ref = store.import_file(_write(sources, "..\\..\\Windows\\angebot.pdf", PDF))
    assert ref.filename == "angebot.pdf"
    ref = store.import_file(_write(sources, "Ang\u0007ebot\t2026.pdf", PDF))
    assert ref.filename == "Angebot2026.pdf"
    ref = store.import_file(_write(sources, "Bestätigung.png", PNG))
    assert ref.filename == "Bestätigung.png"
    assert "Kunde A" not in ref.filename and "/" not in ref.filename


@pytest.mark.parametrize(
    "name",
    [
        "",
        "../" + "a" * 61,
        "a" * 63,
        "a" * 65,
        "A" * 64,  # upper case is not what hashlib produces
        "g" * 64,
        "/" + "a" * 63,
        "..",
        "a" * 62 + "\n\n",
    ],
)
def test_path_for_rejects_anything_but_a_hex_digest(store: AttachmentStore, name: str) -> None:
    with pytest.raises(ValueError):
        store.path_for(name)


def test_path_for_stays_inside_the_store(store: AttachmentStore, root: Path) -> None:
    sha = hashlib.sha256(b"x").hexdigest()
    path = store.path_for(sha)
    assert path.resolve().is_relative_to(root.resolve())
    assert path.relative_to(root).parts == (sha[:2], sha)
