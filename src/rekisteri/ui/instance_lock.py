"""One window per register file, and no window while a command-line job rewrites it.

Two writers would each trust a stale view of the data; a restore or an encryption under an
open window would pull the file from under it. The lock itself is the core's
(``rekisteri.core.session``), shared with the command line: the kernel releases it when
its process dies, so a crashed window never keeps the register locked.
"""

from __future__ import annotations

from pathlib import Path

from rekisteri.core.session import WINDOW, RegisterLock, holder_of, lock_path, try_acquire

__all__ = ["acquire", "held_by_window", "lock_path"]


def acquire(db_path: Path) -> RegisterLock | None:
    """The held lock, or None when another window or a command-line job has the register."""
    return try_acquire(db_path, WINDOW)


def held_by_window(db_path: Path) -> bool:
    """Whether the refusal came from another window (else: a command-line job runs)."""
    return holder_of(db_path) in (WINDOW, "")
