"""Is this file a healthy register? And if not, how do we get a good one back?

Start-up runs ``check_integrity`` (SQLite's ``quick_check``) before opening the register. A
damaged file is never repaired in place or overwritten: it is renamed aside with a
timestamp, and the newest backup that itself passes the check is restored into its place
once the user agrees.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rekisteri.core.clock import Clock
from rekisteri.core.db import cipher
from rekisteri.core.db.backups import BackupInfo, install_backup, list_backups
from rekisteri.core.db.files import move_aside
from rekisteri.core.errors import (
    DamagedDatabaseError,
    EncryptionUnavailableError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message


class IntegrityState(StrEnum):
    OK = "ok"
    MISSING = "missing"  # nothing there yet: a new register will be created
    LOCKED = "locked"  # encrypted and no passphrase given
    WRONG_PASSPHRASE = "wrong_passphrase"
    UNAVAILABLE = "unavailable"  # encrypted, and SQLCipher is not installed
    DAMAGED = "damaged"


_MESSAGES = {
    IntegrityState.OK: QT_TRANSLATE_NOOP("Integrity", "The register file is healthy."),
    IntegrityState.MISSING: QT_TRANSLATE_NOOP("Integrity", "There is no register file yet."),
    IntegrityState.LOCKED: QT_TRANSLATE_NOOP("Integrity", "The register is encrypted."),
    IntegrityState.WRONG_PASSPHRASE: QT_TRANSLATE_NOOP("Integrity", "The passphrase is wrong."),
    IntegrityState.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Integrity", "The register is encrypted, but encryption support is not installed."
    ),
    IntegrityState.DAMAGED: QT_TRANSLATE_NOOP(
        "Integrity", "The register file is damaged. It can be restored from a backup."
    ),
}


@dataclass(frozen=True)
class IntegrityResult:
    state: IntegrityState
    problems: tuple[str, ...] = ()  # SQLite's report: pages and index names, never row data

    @property
    def ok(self) -> bool:
        return self.state is IntegrityState.OK

    @property
    def usable(self) -> bool:
        """Fine to open: healthy, or not there yet."""
        return self.state in (IntegrityState.OK, IntegrityState.MISSING)

    @property
    def message(self) -> Message:
        return Message("Integrity", _MESSAGES[self.state])


def check_integrity(
    path: Path, passphrase: str | None = None, *, quick: bool = True, scan: bool = True
) -> IntegrityResult:
    """Never raises for a bad file: the answer is the result's state.

    ``scan=False`` opens the file and reads its schema (key, header, first pages) without
    reading every page, which costs time in proportion to the register's size.
    """
    path = Path(path)
    kind = cipher.file_kind(path)
    if kind in (cipher.FileKind.MISSING, cipher.FileKind.EMPTY):
        return IntegrityResult(IntegrityState.MISSING)
    if kind is cipher.FileKind.DAMAGED:
        return IntegrityResult(IntegrityState.DAMAGED, ("not a database file",))
    if kind is cipher.FileKind.ENCRYPTED and passphrase is None:
        return IntegrityResult(IntegrityState.LOCKED)
    try:
        conn = cipher.connect(path, passphrase)
    except WrongPassphraseError:
        return IntegrityResult(IntegrityState.WRONG_PASSPHRASE)
    except PassphraseRequiredError:
        return IntegrityResult(IntegrityState.LOCKED)
    except EncryptionUnavailableError:
        return IntegrityResult(IntegrityState.UNAVAILABLE)
    except DamagedDatabaseError as exc:
        return IntegrityResult(IntegrityState.DAMAGED, (exc.detail,))
    except Exception as exc:  # sqlite3/sqlcipher3 errors on a broken header
        return IntegrityResult(IntegrityState.DAMAGED, (type(exc).__name__ + ": " + str(exc),))
    try:
        if scan:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        else:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            rows = ["ok"]
    except Exception as exc:
        return IntegrityResult(IntegrityState.DAMAGED, (type(exc).__name__ + ": " + str(exc),))
    finally:
        conn.close()
    if rows == ["ok"]:
        return IntegrityResult(IntegrityState.OK)
    return IntegrityResult(IntegrityState.DAMAGED, tuple(rows[:20]))


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
    result = check_integrity(backup, passphrase)
    if not result.ok:
        from rekisteri.core.errors import SecurityOperationError

        raise SecurityOperationError(result.message, "; ".join(result.problems[:5]))
    aside = None
    if cipher.file_kind(db_path) is not cipher.FileKind.MISSING:
        aside = move_aside(db_path, clock.now())
    install_backup(backup, db_path, passphrase)
    return RecoveryResult(aside, backup)
