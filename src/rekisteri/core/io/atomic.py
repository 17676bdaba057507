"""Files holding personal data: written owner-only, atomically, only where the user chose.

The file is created as ``PATH.part`` with mode 0600 from its first byte, written, fsynced and
renamed over ``PATH``: a crash leaves the old file or the complete new one, never half an
export, and nothing ever passes through a temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def part_path(path: Path) -> Path:
    return path.with_name(path.name + ".part")


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    path = Path(path)
    tmp = part_path(path)
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        os.chmod(tmp, 0o600)  # an older .part may have had other permissions
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def write_atomic(path: Path, data: bytes) -> None:
    with atomic_writer(path) as handle:
        handle.write(data)


def _fsync_dir(folder: Path) -> None:
    """A rename is durable only once the directory entry is on disk (POSIX)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
