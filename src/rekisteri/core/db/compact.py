"""Making erased data really gone from the file: search index, WAL checkpoint and VACUUM.

``secure_delete`` overwrites freed cells, but three places still hold an erased person: the
full-text index (FTS5 only marks deleted rows until its segments are merged), the WAL (older
page images until a checkpoint copies them back and truncates it) and free pages (VACUUM
rebuilds the file without them). All of this runs outside a transaction, on the raw
connection.

On a shared register (PostgreSQL) deleted rows are invisible at once, and VACUUM removes
them and their search-index entries from the tables' pages; the server's own backups and
WAL archive are the administrator's (the guide says so).
"""

from __future__ import annotations

from rekisteri.core.db import fts
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


def _merge_search_index(db: Database) -> list[str]:
    """Merging the FTS5 segments drops the terms of deleted rows for good."""
    raw = db.engine.raw_connection()
    try:
        found = raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (fts.TABLE,)
        ).fetchone()
    finally:
        raw.close()
    return [f"INSERT INTO {fts.TABLE}({fts.TABLE}) VALUES ('optimize')"] if found else []


def _vacuum(db: Database) -> None:
    """PostgreSQL: VACUUM runs outside a transaction; a table the role does not own is
    skipped with a warning by the server, never an error."""
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM")


def checkpoint(db: Database) -> None:
    """After an erasure: purge the search index, copy the WAL in and truncate it."""
    if db.is_server:
        _vacuum(db)
        return
    _run(db, *_merge_search_index(db), "PRAGMA wal_checkpoint(TRUNCATE)")


def compact(db: Database) -> None:
    """As ``checkpoint``, then rebuild the file without free pages and checkpoint that too."""
    if db.is_server:
        _vacuum(db)
        return
    _run(
        db,
        *_merge_search_index(db),
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "VACUUM",
        "PRAGMA wal_checkpoint(TRUNCATE)",
    )
    db.secure_files()
