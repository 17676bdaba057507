"""Writing documents only where the user chose: owner-only, atomic, no temp-folder copy.

The partial file is created beside its final name (in the chosen folder, with 0600 from the
first byte) and renamed into place, so neither a crash nor another user ever sees a
half-written or world-readable file, and nothing lands in the system's temp folder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def write_private(path: Path, data: bytes) -> Path:
    path = Path(path)
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(part, 0o600)
        os.replace(part, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            part.unlink()
        raise
    return path


def write_all(folder: Path, files: dict[str, bytes]) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise NotADirectoryError(str(folder))
    return [write_private(folder / name, data) for name, data in files.items()]
