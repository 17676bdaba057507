"""Moving a register between this laptop and a shared server, verified, in either direction.

Every row goes into the empty target in one transaction, and the row counts and a checksum of
every table must match the source before anything is switched (``core.db.logical``); a
failure leaves the source as it was and the target empty. After a move to the server the
laptop file is kept, read-only, until its owner removes it: a way back while the server is
new to them.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from rekisteri.core.clock import Clock
from rekisteri.core.db.engine import Database
from rekisteri.core.db.logical import TableSum, copy_register
from rekisteri.core.db.migrate import open_database
from rekisteri.core.db.server import ServerAddress, open_server


@dataclass(frozen=True)
class MoveResult:
    tables: int
    rows: int
    kept_file: Path | None  # the laptop file left read-only (a move to the server)


def _result(sums: dict[str, TableSum], kept: Path | None) -> MoveResult:
    return MoveResult(len(sums), sum(s.rows for s in sums.values()), kept)


def make_read_only(path: Path) -> None:
    """The moved-away file and its WAL: readable by its owner, writable by nobody."""
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            os.chmod(part, stat.S_IRUSR)


def to_server(
    source: Database, address: ServerAddress, password: str | None, clock: Clock | None = None
) -> MoveResult:
    """Copy the open laptop register into the empty database at ``address``.

    The server database is brought to the current schema first (it must hold no register);
    the source's pending writes are checkpointed so the file left behind is whole."""
    server = open_server(address, password, clock=clock)
    try:
        sums = copy_register(source.engine, server.engine)
    finally:
        server.dispose()
    if source.engine.dialect.name == "sqlite":
        with source.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = source.path
    source.dispose()
    make_read_only(path)
    return _result(sums, path)


def to_file(source: Database, path: Path, clock: Clock | None = None) -> MoveResult:
    """Copy the open shared register into a new register file at ``path``; a failed copy
    removes the half-made file."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    target = open_database(path, clock=clock)
    try:
        sums = copy_register(source.engine, target.engine)
    except BaseException:
        target.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    target.dispose()
    return _result(sums, None)
