"""Backups are personal data too: they are rotated out after the retention the notice states."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from rekisteri.core.paths import backups_dir

_STAMP = re.compile(r"(\d{8})-\d{6}")


def taken_on(path: Path) -> dt.date | None:
    m = _STAMP.search(path.name)
    if m is None:
        return None
    try:
        return dt.datetime.strptime(m.group(1), "%Y%m%d").date()
    except ValueError:
        return None


def prune(db_path: Path, today: dt.date, days: int, keep: Path | None = None) -> list[Path]:
    """Remove backups older than ``days``; returns what was removed (never ``keep``)."""
    removed = []
    for path in sorted(backups_dir(db_path).glob("*.sqlite")):
        day = taken_on(path)
        if path == keep or day is None:
            continue
        if (today - day).days > days:
            path.unlink()
            removed.append(path)
    return removed
