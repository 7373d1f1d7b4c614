"""Replacing a file atomically keeps what a reader of the file relies on: its permissions
and, for a symlinked path, the link itself."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop_app.platform.atomic_file import write_atomically

posix_only = pytest.mark.skipif(os.name != "posix", reason="permission bits and symlinks: POSIX")


@posix_only
def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "deadlines.ics"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["deadlines.ics"]  # no temp file left


@posix_only
def test_a_new_file_is_readable_by_others_under_the_usual_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.ics", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.ics").stat().st_mode) == 0o644


@posix_only
def test_a_symlinked_path_stays_a_link_and_its_target_changes(tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    real = synced / "deadlines.ics"
    real.write_bytes(b"old")
    link = tmp_path / "deadlines.ics"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
