"""Making erased data really gone from the file: search index, WAL checkpoint and VACUUM.

``secure_delete`` overwrites freed cells, but three places still hold an erased person: the
full-text index (FTS5 only marks deleted rows until its segments are merged), the WAL (older
page images until a checkpoint copies them back and truncates it) and free pages (VACUUM
rebuilds the file without them). All of this runs outside a transaction, on the raw
connection.
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


def checkpoint(db: Database) -> None:
    """After an erasure: purge the search index, copy the WAL in and truncate it."""
    _run(db, *_merge_search_index(db), "PRAGMA wal_checkpoint(TRUNCATE)")


def compact(db: Database) -> None:
    """As ``checkpoint``, then rebuild the file without free pages and checkpoint that too."""
    _run(
        db,
        *_merge_search_index(db),
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "VACUUM",
        "PRAGMA wal_checkpoint(TRUNCATE)",
    )
    db.secure_files()
