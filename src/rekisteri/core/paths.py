"""Where the register lives: the platform's user-data folder, never the install folder.

``REKISTERI_HOME`` overrides it (development, tests, a USB stick); ``--db PATH`` overrides the
database file alone.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import platformdirs

APP_NAME = "Rekisteri"
DB_FILENAME = "rekisteri.sqlite"


def data_dir() -> Path:
    override = os.environ.get("REKISTERI_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def gui_db_path(argv: Sequence[str]) -> Path:
    """The register the window opens: ``--db PATH``, or the one in the user's data folder."""
    rest = list(argv)
    for i, arg in enumerate(rest):
        if arg == "--db" and i + 1 < len(rest):
            return Path(rest[i + 1]).expanduser().resolve()
        if arg.startswith("--db="):
            return Path(arg.removeprefix("--db=")).expanduser().resolve()
    return default_db_path()


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database so that a moved register keeps its backups."""
    path = db_path.parent / "backups"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def secure_file(path: Path) -> None:
    """Owner-only permissions: the file holds personal data."""
    if path.exists():
        os.chmod(path, 0o600)


def write_private(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically with owner-only permissions.

    Exports and backups hold personal data: the file is created 0600 from its first byte (no
    window where another user could open it), written beside its target and fsynced, then
    renamed into place, so a crash leaves either the old file or the complete new one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path


def fsync_dir(folder: Path) -> None:
    """Make a rename durable: the directory entry must reach the disk too (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
