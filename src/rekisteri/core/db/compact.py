"""Making erased data really gone from the file: WAL checkpoint and VACUUM.

``secure_delete`` overwrites freed cells, but the WAL still holds older page images until a
checkpoint copies them back and truncates it; VACUUM then rebuilds the file without free
pages. Both must run outside a transaction, on the raw connection.
"""

from __future__ import annotations

from rekisteri.core.db.engine import Database


def _run(db: Database, *statements: str) -> None:
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        try:
            for sql in statements:
                cur.execute(sql)
                cur.fetchall()
        finally:
            cur.close()
    finally:
        raw.close()


def checkpoint(db: Database) -> None:
    """Copy the WAL into the file and truncate it to zero bytes."""
    _run(db, "PRAGMA wal_checkpoint(TRUNCATE)")


def compact(db: Database) -> None:
    """Checkpoint, rebuild the file without free pages, and checkpoint the rebuild too."""
    _run(db, "PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")
    db.secure_files()
