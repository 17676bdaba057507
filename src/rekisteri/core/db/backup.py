"""Online backups through SQLite's backup API: consistent even while the app has the file open.

A plain file copy of a WAL database can miss committed pages still in the -wal file; the
backup API cannot.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rekisteri.core.paths import secure_file


def backup_to(source: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    fd_path = tmp
    fd_path.touch(mode=0o600, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
    secure_file(dest)
    return dest
