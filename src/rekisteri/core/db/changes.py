"""Changes made on other laptops, as the server announces them (LISTEN/NOTIFY).

Migration 0012's statement triggers ``pg_notify('rekisteri_changes', <table>)`` after any
write to the tables a window shows; the notice carries the table's name only, never a row.
A listener keeps one connection of its own, outside the pool, and is polled without
blocking. If that connection drops it reconnects quietly and reports ``EVERYTHING``, since
changes may have been missed meanwhile. A register file has no one else writing to it: its
listener hears nothing.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rekisteri.core.db.engine import Database

CHANNEL = "rekisteri_changes"
EVERYTHING = "*"


class ChangeListener:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._conn: Any = None
        if db.is_server:
            self._connect()

    @property
    def active(self) -> bool:
        return self._db.is_server

    def _connect(self) -> None:
        raw = self._db.engine.raw_connection()
        raw.detach()  # ours for good: the pool must not hand it to a query
        conn = raw.dbapi_connection
        conn.autocommit = True  # type: ignore[union-attr]
        conn.execute(f"LISTEN {CHANNEL}")  # type: ignore[union-attr]
        self._conn = conn

    def poll(self) -> set[str]:
        """The tables changed since the last poll (``{EVERYTHING}`` after a reconnect)."""
        if not self._db.is_server:
            return set()
        try:
            if self._conn is None or self._conn.closed:
                self._connect()
                return {EVERYTHING}
            return {n.payload for n in self._conn.notifies(timeout=0)}
        except Exception:  # the server or the network is away: try again next time
            self._drop()
            return set()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def close(self) -> None:
        self._drop()
