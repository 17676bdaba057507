"""write_private: atomic, owner-only files for anything holding personal data."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from rekisteri.core.paths import write_private


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_creates_file_owner_only_even_with_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)
    try:
        target = write_private(tmp_path / "sub" / "export.csv", b"Virtanen;040\n")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"Virtanen;040\n"
    assert _mode(target) == 0o600


def test_replaces_existing_file_and_tightens_it(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_private(target, b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o600


def test_failure_leaves_old_file_and_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"old")

    with pytest.raises(TypeError):
        write_private(target, 12345)  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]
