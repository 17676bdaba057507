"""The integrity check itself, apart from recovery so that it imports almost nothing.

The app starts ``StartupCheck`` as its very first step, before Qt and SQLAlchemy are
imported: the whole-file ``quick_check`` (0.7 s at 100,000 customers) then runs on the
second core while the main thread imports and builds the window. SQLite releases the GIL
while it reads pages. Only ``sqlite3`` and the cipher layer are needed here.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rekisteri.core.db import cipher
from rekisteri.core.db.faults import typed_or_raise
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
    """Never raises for a bad file: the answer is the result's state. A file system that
    refuses (full disk, read-only folder) raises its typed error: the file may be fine.

    ``scan=False`` opens the file and reads its schema (key, header, first pages) without
    reading every page, which costs time in proportion to the register's size.
    """
    path = Path(path)
    kind = cipher.file_kind(path)
    if kind is cipher.FileKind.EMPTY and _has_backups(path):
        # A register that had backups was never empty: it was truncated. Offer the newest
        # good backup instead of quietly starting a new, empty register over it.
        return IntegrityResult(IntegrityState.DAMAGED, ("the file is empty (0 bytes)",))
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
        typed_or_raise(exc, path)  # a full disk or a read-only folder is no damage
        return IntegrityResult(IntegrityState.DAMAGED, (type(exc).__name__ + ": " + str(exc),))
    try:
        if scan:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        else:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            rows = ["ok"]
    except Exception as exc:
        typed_or_raise(exc, path)
        return IntegrityResult(IntegrityState.DAMAGED, (type(exc).__name__ + ": " + str(exc),))
    finally:
        conn.close()
    if rows == ["ok"]:
        return IntegrityResult(IntegrityState.OK)
    return IntegrityResult(IntegrityState.DAMAGED, tuple(rows[:20]))


def _has_backups(path: Path) -> bool:
    folder = path.parent / "backups"
    return folder.is_dir() and any(folder.glob("*.sqlite"))


class StartupCheck:
    """``check_integrity`` in a thread of its own; ``verify`` waits for it.

    Nothing here writes to the file, so it may start before the single-instance lock is
    taken (the leftovers of a crash are shredded later, under the lock).
    """

    def __init__(self, path: Path, passphrase: str | None = None) -> None:
        self.path = Path(path)
        self.passphrase = passphrase
        self._result: IntegrityResult | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = check_integrity(self.path, self.passphrase)
        except BaseException as exc:  # handed to the main thread by verify()
            self._error = exc

    def done(self) -> bool:
        return not self._thread.is_alive()

    def verify(self) -> None:
        """Wait for the verdict; raise the typed error that says what the user must do."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        raise_for(self._result)


def raise_for(result: IntegrityResult) -> None:
    """The typed error that says what the user must do; nothing for a usable file."""
    if result.state is IntegrityState.LOCKED:
        raise PassphraseRequiredError()
    if result.state is IntegrityState.WRONG_PASSPHRASE:
        raise WrongPassphraseError()
    if result.state is IntegrityState.UNAVAILABLE:
        raise EncryptionUnavailableError()
    if result.state is IntegrityState.DAMAGED:
        raise DamagedDatabaseError("; ".join(result.problems[:5]))
