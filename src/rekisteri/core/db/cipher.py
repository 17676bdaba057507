"""Opening register files at the DB-API level: plain SQLite or SQLCipher with a passphrase.

Everything that touches a file outside the app's engine (backups, conversions, integrity
checks, recovery) connects through here, so the key is always set first and a wrong
passphrase always becomes the same typed error.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from rekisteri.core.errors import (
    DamagedDatabaseError,
    EncryptionUnavailableError,
    PassphraseRequiredError,
    WrongPassphraseError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher files are whole pages; anything else that is not plain SQLite is damage.
_MIN_PAGE = 512


class FileKind(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"
    DAMAGED = "damaged"


def cipher_module() -> ModuleType | None:
    try:
        import sqlcipher3.dbapi2 as dbapi
    except ImportError:  # pragma: no cover - depends on the installation
        return None
    return cast(ModuleType, dbapi)  # the library has no types: mypy sees Any


def encryption_available() -> bool:
    return cipher_module() is not None


def file_kind(path: Path) -> FileKind:
    """Classify a file from its first bytes and size, without a key and without SQLite.

    An encrypted file is indistinguishable from random bytes, except that SQLCipher always
    writes whole pages; garbage or a truncated file of any other size is called damaged.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileKind.MISSING
    if size == 0:
        return FileKind.EMPTY
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        return FileKind.PLAIN
    if size >= 2 * _MIN_PAGE and size % _MIN_PAGE == 0:
        return FileKind.ENCRYPTED
    return FileKind.DAMAGED


def is_encrypted(path: Path) -> bool:
    """Cheap check for the start-up screen: ask for a passphrase before opening anything."""
    return file_kind(path) is FileKind.ENCRYPTED


def quote_key(passphrase: str) -> str:
    """A passphrase as an SQL string literal (PRAGMA does not take bound parameters)."""
    if "\x00" in passphrase:
        raise ValueError("passphrase contains a NUL character")
    return "'" + passphrase.replace("'", "''") + "'"


def apply_key(dbapi_connection: Any, passphrase: str) -> None:
    """The key must be the very first statement on a SQLCipher connection."""
    cur = dbapi_connection.cursor()
    try:
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(f"PRAGMA key = {quote_key(passphrase)}")
    finally:
        cur.close()


def effective_passphrase(path: Path, passphrase: str | None) -> str | None:
    """A plain file is opened plain whatever was given; a new or empty file takes the key.

    Scripts may export ``REKISTERI_PASSPHRASE`` for every run; after the register is
    decrypted they keep working instead of failing on a key the file no longer has.
    """
    if passphrase is not None and file_kind(path) is FileKind.PLAIN:
        return None
    return passphrase


def dbapi_for(passphrase: str | None) -> ModuleType:
    if passphrase is None:
        return sqlite3
    module = cipher_module()
    if module is None:
        raise EncryptionUnavailableError()
    return module


def connect(
    path: Path,
    passphrase: str | None = None,
    *,
    readonly: bool = False,
    verify: bool = True,
    strict: bool = False,
) -> Any:
    """A DB-API connection (autocommit) to ``path`` with the key set, checked readable.

    Raises ``WrongPassphraseError`` for an encrypted file the passphrase does not open,
    ``PassphraseRequiredError`` when no passphrase was given for one, and
    ``DamagedDatabaseError`` for a file that is no database at all. ``strict`` uses the
    passphrase as given (an engine's connections must not fall back to plain).
    """
    path = Path(path)
    if not strict:
        passphrase = effective_passphrase(path, passphrase)
    module = dbapi_for(passphrase)
    target = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    conn = module.connect(target, uri=True, isolation_level=None, check_same_thread=False)
    try:
        if passphrase is not None:
            apply_key(conn, passphrase)
        conn.execute("PRAGMA temp_store=MEMORY")  # no personal data in temp files
        if verify:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        raise classify_open_error(path, passphrase, exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def classify_open_error(path: Path, passphrase: str | None, exc: Exception) -> Exception:
    """Turn SQLite's "file is not a database" into what it means for this file."""
    from rekisteri.core.db.faults import storage_error

    typed = storage_error(exc, path)  # a full disk or a read-only folder is no damage
    if typed is not None:
        return typed
    kind = file_kind(path)
    if kind is FileKind.ENCRYPTED:
        if passphrase is None:
            return PassphraseRequiredError()
        if not key_opens_first_page(path, passphrase):
            return WrongPassphraseError()
    return DamagedDatabaseError(str(getattr(exc, "orig", None) or exc))


def key_opens_first_page(path: Path, passphrase: str) -> bool:
    """Whether the key is right even though the file did not open: damage, not a typo.

    SQLCipher answers both a wrong key and a damaged page with an error; its page check
    tells them apart, since with the right key the first page still passes its HMAC.
    Asked only after an open failed, so its cost (a read of the file) is rare.
    """
    module = cipher_module()
    if module is None:
        return False
    conn = module.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        apply_key(conn, passphrase)
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except module.DatabaseError:
        return False
    finally:
        conn.close()
    return not any("for page 1" in p and p.rstrip().endswith("page 1") for p in problems)
