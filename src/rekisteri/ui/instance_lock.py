"""One window per register file: two writers would each trust a stale view of the data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path) -> QLockFile | None:
    """Return the held lock, or None when another live process has this register open.

    A lock left behind by a crashed process is stale (its PID is gone) and ``tryLock`` takes
    it over; a stale time of 0 means a live holder is never second-guessed, however long the
    other window has been open.
    """
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None
