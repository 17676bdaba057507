"""One review, one import at a time on a shared register, and who holds it if not you.

On a laptop file the operating-system lock already serialises the window and the
command-line jobs (``writer_lock``), and encryption exists only for files, so this is a
no-op there. On a server two laptops could start the review or an import at once, each
judging on what it read before the other wrote; a PostgreSQL advisory lock, held on its own
connection for the whole job, lets one through and tells the other whose job is running
and since when (the server's own session table: nothing typed on a laptop). A crashed
holder's session ends and the server frees its lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from rekisteri.core.errors import RekisteriError
from rekisteri.core.formats import format_datetime
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from rekisteri.core.db.engine import Database

# Keys below 2**31, so pg_locks shows them in objid with classid 0.
KEYS = {"review": 0x52455601, "import": 0x52455602}
_TEXTS = {
    "review": QT_TRANSLATE_NOOP(
        "Errors", "{name} is running the review (since {time}). Try again when it has finished."
    ),
    "import": QT_TRANSLATE_NOOP(
        "Errors", "{name} is importing customers (since {time}). Try again when it has finished."
    ),
}


class LockHeldError(RekisteriError):
    """Someone else's review or import runs on the shared register; nothing was done."""

    def __init__(self, job: str, who: str, since: str) -> None:
        super().__init__(Message("Errors", _TEXTS[job], {"name": who or "?", "time": since}))
        self.who = who


APP_PREFIX = "Rekisteri "


def _since(application_name: str) -> str:
    """The holder's start, from its application name ("Rekisteri review 2026-…")."""
    import datetime as dt

    stamp = application_name.rsplit(" ", 1)[-1]
    try:
        return format_datetime(dt.datetime.fromisoformat(stamp))
    except ValueError:
        return ""


@contextmanager
def exclusive(db: Database, job: str) -> Iterator[None]:
    if not db.is_server:
        yield
        return
    key = KEYS[job]
    conn = db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar_one()
        if not got:
            row = conn.execute(
                text(
                    "SELECT a.usename, a.application_name FROM pg_locks l "
                    "JOIN pg_stat_activity a ON a.pid = l.pid "
                    "WHERE l.locktype = 'advisory' AND l.classid = 0 AND l.objid = :k "
                    "AND l.granted LIMIT 1"
                ),
                {"k": key},
            ).first()
            who = str(row[0]) if row else ""
            raise LockHeldError(job, who, _since(str(row[1]) if row else ""))
        # Other logins may not read this session's times (pg_stat_activity hides them from
        # non-superusers), but they see its application name: the start goes there.
        started = db.clock.now().isoformat(timespec="seconds")
        conn.execute(text("SELECT set_config('application_name', :n, false)"),
                     {"n": f"{APP_PREFIX}{job} {started}"})  # fmt: skip
        try:
            yield
        finally:
            # A connection the server already dropped took its lock with it.
            with suppress(DBAPIError):
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.execute(text("SELECT set_config('application_name', 'Rekisteri', false)"))
    finally:
        conn.close()
