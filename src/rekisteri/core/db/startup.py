"""What every start (app or CLI) does before the register is used, in this order.

1. shred half-written copies a crash left behind; 2. ``quick_check`` the file (a damaged
one raises ``DamagedDatabaseError`` so the caller can offer recovery instead of a
traceback); 3. finish or undo an encryption change a crash interrupted (``conversion``);
4. open it (migrations back up first); 5. the day's first backup.

The ``quick_check`` reads every page (0.7 s at 100,000 customers) on every start. The app
runs it in a thread (``StartupCheck``) while it imports Qt and builds the main window on
a register already at the current schema, and shows the window only once the verdict is
in (``finish``): a damaged file still reaches the recovery dialog before anything is shown
or written, and the check costs the user no waiting. A register that needs a migration
waits for the verdict before it is opened, since migrating writes.
"""

from __future__ import annotations

from pathlib import Path

from rekisteri.core.clock import Clock
from rekisteri.core.db import cipher
from rekisteri.core.db.backups import daily_backup_if_needed
from rekisteri.core.db.check import StartupCheck, check_integrity, raise_for
from rekisteri.core.db.conversion import resume, resume_swap
from rekisteri.core.db.engine import Database
from rekisteri.core.db.faults import check_writable, typed_or_raise
from rekisteri.core.db.files import cleanup_leftovers
from rekisteri.core.db.migrate import HEAD, open_database, peek_revision
from rekisteri.core.errors import DamagedDatabaseError


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
    check_writable(path)
    resume_swap(path)  # an interrupted change's verified copies, before the clean-up
    cleanup_leftovers(path)
    # The check proves the passphrase before ``resume`` may key any backup with it.
    raise_for(check_integrity(path, passphrase))
    try:
        resume(path, passphrase)
    except OSError as exc:
        typed_or_raise(exc, path)
        raise
    db = _open(path, passphrase, clock)
    if daily_backup:
        _daily_backup(db)
    return db


def _daily_backup(db: Database) -> None:
    """A full disk or a read-only folder stops the start with its own message, not "damaged"."""
    try:
        daily_backup_if_needed(db)
    except Exception as exc:
        db.dispose()
        typed_or_raise(exc, db.path)
        raise


def open_while_checking(check: StartupCheck, *, clock: Clock | None = None) -> Database:
    """Open the register while ``check`` runs; ``finish`` must pass before it is used.

    Opening a register at the current schema only reads its schema. One that needs a
    migration (or is new) waits for the verdict first, because migrating writes.
    """
    check_writable(check.path)
    resume_swap(check.path)
    cleanup_leftovers(check.path)
    if check.passphrase is not None or peek_revision(check.path) != HEAD:
        check.verify()
    resume(check.path, check.passphrase)  # a passphrase was proven by the verdict above
    return _open(check.path, check.passphrase, clock)


def finish(check: StartupCheck, db: Database, *, daily_backup: bool = True) -> None:
    """The verdict (a damaged file raises ``DamagedDatabaseError``), then the day's backup,
    so every daily backup is of a checked file."""
    check.verify()
    if daily_backup:
        _daily_backup(db)


def _open(path: Path, passphrase: str | None, clock: Clock | None) -> Database:
    try:
        return open_database(path, clock=clock, passphrase=passphrase)
    except DamagedDatabaseError:
        raise
    except Exception as exc:
        # A full disk or a read-only folder is not damage: never send the user to recovery.
        typed_or_raise(exc, path)
        # quick_check passed but the schema or a page still failed to read: damage all the
        # same, and the recovery path is the way on. (Personal data never reaches the text.)
        from sqlalchemy.exc import DatabaseError

        if isinstance(exc, DatabaseError):
            raise DamagedDatabaseError(str(exc.orig)) from None
        raise
