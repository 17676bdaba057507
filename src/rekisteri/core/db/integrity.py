"""Is this file a healthy register? And if not, how do we get a good one back?

Start-up runs ``check_integrity`` (SQLite's ``quick_check``) before opening the register. A
damaged file is never repaired in place or overwritten: it is renamed aside with a
timestamp, and the newest backup that itself passes the check is restored into its place
once the user agrees.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rekisteri.core.clock import Clock
from rekisteri.core.db import cipher
from rekisteri.core.db.backups import BackupInfo, install_backup, list_backups
from rekisteri.core.db.check import IntegrityResult, IntegrityState, check_integrity
from rekisteri.core.db.faults import check_writable
from rekisteri.core.db.files import move_aside

__all__ = ["IntegrityResult", "IntegrityState", "check_integrity", "newest_good_backup", "recover"]


def newest_good_backup(db_path: Path, passphrase: str | None = None) -> BackupInfo | None:
    """The newest backup that opens with ``passphrase`` and passes ``quick_check``."""
    for info in list_backups(db_path, passphrase, with_counts=True):
        if check_integrity(info.path, passphrase).ok:
            return info
    return None


@dataclass(frozen=True)
class RecoveryResult:
    set_aside: Path | None  # where the damaged file now is
    restored_from: Path


def recover(
    db_path: Path,
    backup: Path,
    passphrase: str | None = None,
    *,
    clock: Clock | None = None,
) -> RecoveryResult:
    """Move the damaged register aside (timestamped, never overwritten) and restore ``backup``.

    The backup is checked before anything is moved, so a bad backup leaves the damaged file
    exactly where it was.
    """
    clock = clock or Clock()
    # Never start moving files that cannot be moved: a folder given as the register, or a
    # read-only folder, is said so before anything is touched.
    check_writable(db_path)
    result = check_integrity(backup, passphrase)
    if not result.ok:
        from rekisteri.core.errors import SecurityOperationError

        raise SecurityOperationError(result.message, "; ".join(result.problems[:5]))
    aside = None
    if cipher.file_kind(db_path) is not cipher.FileKind.MISSING:
        aside = move_aside(db_path, clock.now())
    install_backup(backup, db_path, passphrase)
    return RecoveryResult(aside, backup)
