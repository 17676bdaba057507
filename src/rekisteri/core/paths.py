"""Where the register lives: the platform's user-data folder, never the install folder.

``REKISTERI_HOME`` overrides it (development, tests, a USB stick); ``--db PATH`` overrides the
database file alone.
"""

from __future__ import annotations

import os
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


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database so that a moved register keeps its backups."""
    path = db_path.parent / "backups"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def secure_file(path: Path) -> None:
    """Owner-only permissions: the file holds personal data."""
    if path.exists():
        os.chmod(path, 0o600)
