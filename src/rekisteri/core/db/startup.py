"""What every start (app or CLI) does before the register is used, in this order.

1. shred half-written copies a crash left behind; 2. ``quick_check`` the file (a damaged
one raises ``DamagedDatabaseError`` so the caller can offer recovery instead of a
traceback); 3. open it (migrations back up first); 4. the day's first backup.

The ``quick_check`` reads every page (0.7 s at 100,000 customers), so it runs on the day's
first start, the one that takes the daily backup: that backup is always of a checked file.
Later starts that day only open the file and read its schema; a page damaged since then
still fails loudly when read (step 3 turns it into ``DamagedDatabaseError``).
"""

from __future__ import annotations

from pathlib import Path

from rekisteri.core.clock import Clock
from rekisteri.core.db import cipher
from rekisteri.core.db.backups import daily_backup_if_needed
from rekisteri.core.db.engine import Database
from rekisteri.core.db.files import cleanup_leftovers
from rekisteri.core.db.integrity import IntegrityState, check_integrity
from rekisteri.core.db.migrate import open_database
from rekisteri.core.errors import (
    DamagedDatabaseError,
    EncryptionUnavailableError,
    PassphraseRequiredError,
    WrongPassphraseError,
)


def needs_passphrase(path: Path) -> bool:
    return cipher.is_encrypted(path)


def open_checked(
    path: Path,
    passphrase: str | None = None,
    *,
    clock: Clock | None = None,
    daily_backup: bool = True,
) -> Database:
    """Open the register for use, or raise a typed error saying what the user must do."""
    path = Path(path)
    cleanup_leftovers(path)
    # Every start reads every page (quick_check): a damaged file must reach the recovery
    # path before anything is shown or written, not fail later in the middle of a job.
    result = check_integrity(path, passphrase)
    if result.state is IntegrityState.LOCKED:
        raise PassphraseRequiredError()
    if result.state is IntegrityState.WRONG_PASSPHRASE:
        raise WrongPassphraseError()
    if result.state is IntegrityState.UNAVAILABLE:
        raise EncryptionUnavailableError()
    if result.state is IntegrityState.DAMAGED:
        raise DamagedDatabaseError("; ".join(result.problems[:5]))
    try:
        db = open_database(path, clock=clock, passphrase=passphrase)
    except DamagedDatabaseError:
        raise
    except Exception as exc:
        # quick_check passed but the schema or a page still failed to read: damage all the
        # same, and the recovery path is the way on. (Personal data never reaches the text.)
        from sqlalchemy.exc import DatabaseError

        if isinstance(exc, DatabaseError):
            raise DamagedDatabaseError(str(exc.orig)) from None
        raise
    if daily_backup:
        daily_backup_if_needed(db)
    return db
