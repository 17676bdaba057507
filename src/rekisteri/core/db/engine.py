"""The engine, its pragmas, and the short-lived Session the facade uses per call."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from rekisteri.core.clock import Clock
from rekisteri.core.db import cipher
from rekisteri.core.errors import RegisterLockedError
from rekisteri.core.paths import secure_file

BUSY_TIMEOUT_MS = 5000


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Every connection gets the same guarantees, whoever opened it.

    WAL lets the UI read while a long job writes; synchronous=FULL because a laptop's battery
    can die mid-write; secure_delete overwrites erased rows so "delete me" really erases.
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA secure_delete=ON")
        # Sorts and indexes built on the fly stay in memory, never in a temp file on disk.
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()


def _touch_private(path: Path) -> None:
    """Create the file with 0600 before SQLite does, so it is never world-readable."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def create_db_engine(
    path: Path, passphrase: str | None = None, key: Callable[[], str | None] | None = None
) -> Engine:
    """An engine whose every connection is keyed (if encrypted) before any other statement.

    With a passphrase the SQLCipher driver connects through ``creator``, which sets the key
    first; the pragmas below then apply to each connection exactly as for a plain file.
    ``key`` (if given) is asked for the passphrase at each new connection, so that a locked
    ``Database`` that forgot it cannot connect again.
    """
    _touch_private(path)
    if passphrase is None:
        # hide_parameters: an error's text must never carry a row's values (names, e-mail
        # addresses) to the screen or into a bug report.
        engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True)
    else:
        module = cipher.dbapi_for(passphrase)
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: cipher.connect(
                path, key() if key else passphrase, verify=False, strict=True
            ),
            module=module,
            poolclass=QueuePool,
            future=True,
            hide_parameters=True,
        )
    event.listen(engine, "connect", _apply_pragmas)
    # pysqlite's own transaction handling defers BEGIN; emit it ourselves so that a
    # read-modify-write in one Session is really one transaction.
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))

    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    return engine


class Database:
    """An open register file: the engine, a session factory and the clock.

    Sessions are short: ``with db.session() as s:`` commits on success and rolls back on any
    exception, so a failed call never leaves half its changes behind.
    """

    # A register file on this computer; ``core.db.server.ServerDatabase`` is the shared one.
    is_server = False
    # The database user a server checked at login ("" for a file: nobody logs in to it).
    login = ""
    # What the server lets this login do (``core.db.roles``); a file's user owns it.
    role = "owner"

    def __init__(
        self, path: Path, clock: Clock | None = None, passphrase: str | None = None
    ) -> None:
        self.path = Path(path)
        self.clock = clock or Clock()
        # Kept while the register is open: the pool's new connections and encrypted backups
        # need it. ``close()`` (auto-lock) forgets it.
        self.passphrase = cipher.effective_passphrase(self.path, passphrase)
        self.engine = create_db_engine(self.path, self.passphrase, key=lambda: self.passphrase)
        self._closed = False
        self._probe()
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self.secure_files()

    def _probe(self) -> None:
        """Open one connection now, so a wrong key or a non-database fails here, typed."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
        except (DBAPIError, cipher.dbapi_for(self.passphrase).DatabaseError) as exc:
            self.engine.dispose()
            raise cipher.classify_open_error(self.path, self.passphrase, exc) from None

    @property
    def location(self) -> str:
        """Where the register is, for the window and the CLI: a file path or a server."""
        return str(self.path)

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @property
    def closed(self) -> bool:
        return self._closed

    def secure_files(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            secure_file(Path(f"{self.path}{suffix}"))

    def ping(self) -> None:
        """One round trip (Reconnect after a dropped server); a typed error if it fails."""
        with self.read() as conn:
            conn.exec_driver_sql("SELECT 1").scalar_one()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A Core connection for a read that needs no ORM (the list's keystroke queries)."""
        if self._closed:
            raise RegisterLockedError()
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def session(self) -> Iterator[Session]:
        if self._closed:
            raise RegisterLockedError()
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    def close(self) -> None:
        """Lock: drop every connection and the passphrase; this object opens nothing again."""
        self.engine.dispose()
        self.passphrase = None
        self._closed = True

    def raw_connect(self, *, readonly: bool = False) -> Any:
        """A DB-API connection keyed like the engine's, for backups and checks."""
        if self._closed:
            raise RegisterLockedError()
        return cipher.connect(self.path, self.passphrase, readonly=readonly)
