"""Attachment rules: type by content (PDF/JPEG/PNG only) and safe display names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.attachments import MEDIA_TYPES, safe_display_name, sniff_media_type

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01"
JPEG_EXIF = b"\xff\xd8\xff\xe1\x2f\xfeExif\x00\x00"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


def test_allowed_media_types_are_pdf_jpeg_png() -> None:
    # domain.md: proof upload (PDF/JPEG/PNG)
    assert set(MEDIA_TYPES) == {"application/pdf", "image/jpeg", "image/png"}


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (PDF, "application/pdf"),
        (b"%PDF-", "application/pdf"),
        (JPEG, "image/jpeg"),
        (JPEG_EXIF, "image/jpeg"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (PNG, "image/png"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
    ],
    ids=["pdf", "pdf-magic-only", "jpeg-jfif", "jpeg-exif", "jpeg-magic-only", "png", "png-magic"],
)
def test_sniff_allowed_types(head: bytes, expected: str) -> None:
    result = sniff_media_type(head)
    assert result == expected
    assert result in MEDIA_TYPES


@pytest.mark.parametrize(
    "head",
    [
        b"",
        b"GIF89a\x01\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x06\x00",  # zip / docx / xlsx
        b"MZ\x90\x00\x03\x00",  # Windows executable
        b"\x7fELF\x02\x01\x01",
        b"<html><body>%PDF-</body></html>",
        b"%PDF",  # incomplete magic
        b"%pdf-1.4",  # magic is case-sensitive
        b" %PDF-1.4",  # must start at byte 0
        b"\xff\xd8",  # truncated JPEG magic
        b"\x89PNG",  # truncated PNG magic
        b"\x89PNG\r\n\x1a\x00",  # corrupted PNG signature
        b"Rechnung.pdf",  # a name is not content
        b"Hallo Welt",
    ],
    ids=[
        "empty",
        "gif",
        "zip",
        "exe",
        "elf",
        "html",
        "pdf-incomplete",
        "pdf-lowercase",
        "pdf-offset",
        "jpeg-truncated",
        "png-truncated",
        "png-corrupt",
        "filename",
        "text",
    ],
)
def test_sniff_rejects_everything_else(head: bytes) -> None:
    assert sniff_media_type(head) is None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=32))
def test_sniff_only_answers_allowed_types(head: bytes) -> None:
    result = sniff_media_type(head)
    assert result is None or result in MEDIA_TYPES
    if result == "application/pdf":
        assert head.startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Vertrag.pdf", "Vertrag.pdf"),
        ("../../etc/passwd", "passwd"),
        ("/home/erika/Rechnung 2026.pdf", "Rechnung 2026.pdf"),
        ("C:\\Users\\Erika\\Desktop\\Bestätigung.png", "Bestätigung.png"),
        ("..\\..\\Windows\\system32\\evil.jpg", "evil.jpg"),
        ("\\\\server\\share\\scan.jpeg", "scan.jpeg"),
        ("mixed/path\\to/file.pdf", "file.pdf"),
        ("a\x00b\x1f\x7f.pdf", "ab.pdf"),
        ("zeilen\numbruch\r.pdf", "zeilenumbruch.pdf"),
        ("tab\tname.pdf", "tabname.pdf"),
        ("rechnung\u202efdp.exe", "rechnungfdp.exe"),  # right-to-left override removed
        ("zero\u200bwidth.pdf", "zerowidth.pdf"),
        ("  .versteckt.pdf. ", "versteckt.pdf"),
        ("Übersicht – Auftrag 日本.pdf", "Übersicht – Auftrag 日本.pdf"),
        ("", "anhang"),
        ("   ", "anhang"),
        ("...", "anhang"),
        ("..", "anhang"),
        ("ordner/", "anhang"),
        ("../", "anhang"),
        ("C:\\", "anhang"),
        ("\x00\x01\x02", "anhang"),
    ],
)
def test_safe_display_name(name: str, expected: str) -> None:
    assert safe_display_name(name) == expected


def test_safe_display_name_composes_unicode() -> None:
    decomposed = "Mu\u0308ller.pdf"  # u + combining diaeresis, as macOS file names come
    result = safe_display_name(decomposed)
    assert result == "Müller.pdf"
    assert result == unicodedata.normalize("NFC", result)
    assert len(result) == len("Müller.pdf")


def test_safe_display_name_limits_length() -> None:
    result = safe_display_name("a" * 300 + ".pdf")
    assert len(result) == 200
    assert result == "a" * 200


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_safe_display_name_is_always_safe(name: str) -> None:
    result = safe_display_name(name)
    assert 1 <= len(result) <= 200
    assert "/" not in result and "\\" not in result
    assert not any(unicodedata.category(ch).startswith("C") for ch in result)
    assert not result.startswith((".", " "))
    assert result not in {".", ".."}
