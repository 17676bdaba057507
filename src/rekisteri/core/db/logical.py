"""A register's rows, engine-neutral: copied between engines and checked by checksums.

Three jobs share this: moving a laptop register to a shared server (and back), the daily
backup of a shared register (a consistent snapshot in one REPEATABLE READ transaction), and
restoring that backup into an empty database. Every table of the ORM metadata is copied in
dependency order inside one transaction on the target, then each table's row count and
checksum must equal the source's, or the whole copy is rolled back.

The checksum is SHA-256 over the rows in primary-key order, each value in a canonical form
(times in UTC, bytes as hex), so SQLite's and PostgreSQL's answers for the same data agree.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, Table, func, insert, select, text

from rekisteri.core.errors import RekisteriError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import Base

FORMAT = "rekisteri-logical-1"
BATCH = 2000


class CopyError(RekisteriError):
    """The copy did not arrive whole; nothing was kept on the target."""


def _error(text_: str, **params: Any) -> CopyError:
    return CopyError(Message("Errors", text_, params))


@dataclass(frozen=True)
class TableSum:
    rows: int
    sha256: str


def tables() -> list[Table]:
    """Every table of the register, parents before children."""
    return list(Base.metadata.sorted_tables)


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return value


def _rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(table).order_by(*order)
    )
    for row in result.mappings():
        yield dict(row)


def checksums(conn: Connection) -> dict[str, TableSum]:
    """Row count and checksum of every table, read in ``conn``'s transaction."""
    sums: dict[str, TableSum] = {}
    for table in tables():
        digest = hashlib.sha256()
        count = 0
        for row in _rows(conn, table):
            line = json.dumps([_canonical(row[c.name]) for c in table.columns], ensure_ascii=False)
            digest.update(line.encode("utf-8") + b"\n")
            count += 1
        sums[table.name] = TableSum(count, digest.hexdigest())
    return sums


def _snapshot(conn: Connection) -> None:
    """One consistent view of every table (PostgreSQL; SQLite's transaction already is)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


# Rows a person or the owner put there; a freshly created register has none of these,
# only what its migrations seeded (rules, settings, an audit line), which the copy replaces.
DATA_TABLES = (
    "customer",
    "interaction",
    "subject_request",
    "notice_draft",
    "notice_version",
    "review_record",
    "suppression_entry",
    "anonymised_record",
)


def _is_empty(conn: Connection) -> bool:
    by_name = {t.name: t for t in tables()}
    for name in DATA_TABLES:
        if conn.execute(select(func.count()).select_from(by_name[name])).scalar_one():
            return False
    return True


def _keep_authors(conn: Connection) -> None:
    """A copied or restored row keeps who wrote it: the server's author triggers (migration
    0012) step aside for this transaction, and only for the role that owns the tables."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET LOCAL rekisteri.keep_authors = 'on'"))


def _clear(conn: Connection) -> None:
    """Remove what the target's own creation seeded, children first."""
    for table in reversed(tables()):
        conn.execute(table.delete())


def reset_sequences(conn: Connection) -> None:
    """PostgreSQL's id sequences continue after the copied ids, not from 1."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables():
        for column in table.primary_key.columns:
            if column.autoincrement is True or (
                column.autoincrement == "auto" and column.type.python_type is int
            ):
                conn.execute(
                    text(
                        "SELECT setval(pg_get_serial_sequence(:t, :c), "
                        f"COALESCE((SELECT max({column.name}) FROM {table.name}), 0) + 1, false)"
                    ),
                    {"t": table.name, "c": column.name},
                )


def _restore_value(column: Any, value: Any) -> Any:
    """A dumped value back to what the column's type takes."""
    if value is None:
        return None
    python_type = _python_type(column)
    if python_type is dt.datetime:
        parsed = dt.datetime.fromisoformat(value)
        timezone = getattr(column.type, "timezone", False)
        return parsed.replace(tzinfo=dt.UTC) if timezone else parsed
    if python_type is dt.date:
        return dt.date.fromisoformat(value)
    if python_type is bytes:
        return bytes.fromhex(value)
    return value


def _python_type(column: Any) -> type | None:
    try:
        return column.type.python_type  # type: ignore[no-any-return]
    except NotImplementedError:
        return None


def _insert_rows(conn: Connection, table: Table, rows: Iterator[dict[str, Any]]) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            conn.execute(insert(table), batch)
            batch = []
    if batch:
        conn.execute(insert(table), batch)


def copy_register(source: Engine, target: Engine) -> dict[str, TableSum]:
    """Every row of ``source`` into the empty, migrated ``target``; verified, or nothing.

    Both must be at the same schema revision. Returns the verified checksums.
    """
    if current_revision(source) != current_revision(target):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors", "The two registers are at different versions; update the app first."
            )
        )
    with source.connect() as src, target.connect() as dst:
        _snapshot(src)
        with dst.begin():
            if not _is_empty(dst):
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The target already holds a register; choose an empty one."
                    )
                )
            expected = checksums(src)
            _keep_authors(dst)
            _clear(dst)
            for table in tables():
                _insert_rows(dst, table, _rows(src, table))
            reset_sequences(dst)
            _verify(expected, checksums(dst))
        src.rollback()
    return expected


def _verify(expected: dict[str, TableSum], found: dict[str, TableSum]) -> None:
    for name, want in expected.items():
        if found.get(name) != want:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The copy of “{table}” does not match the original; nothing was kept.",
                ),
                table=name,
            )


# --- a snapshot in a file (the shared register's backup) --------------------------------


def dump(engine: Engine, out: Path) -> dict[str, TableSum]:
    """A consistent snapshot of every table into ``out`` (gzip, JSON lines), private."""
    tmp = out.with_name(out.name + ".part")
    with engine.connect() as conn:
        _snapshot(conn)
        sums = checksums(conn)
        header = {
            "format": FORMAT,
            "revision": current_revision_in(conn),
            "tables": {k: [v.rows, v.sha256] for k, v in sums.items()},
        }
        fd = _private_open(tmp)
        try:
            with gzip.open(fd, "wt", encoding="utf-8") as f:
                f.write(json.dumps(header) + "\n")
                for table in tables():
                    for row in _rows(conn, table):
                        _write_row(f, table, row)
        except BaseException:
            tmp.unlink(missing_ok=True)  # half a snapshot is personal data and no backup
            raise
        conn.rollback()
    tmp.replace(out)
    return sums


def _write_row(f: IO[str], table: Table, row: dict[str, Any]) -> None:
    values = [_canonical(row[c.name]) for c in table.columns]
    f.write(json.dumps([table.name, values], ensure_ascii=False) + "\n")


def _private_open(path: Path) -> IO[bytes]:
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    return os.fdopen(fd, "wb")


def current_revision_in(conn: Connection) -> str | None:
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def current_revision(engine: Engine) -> str | None:
    """The schema revision of a migrated register (read here, not through ``migrate``,
    which backs up through this module's users)."""
    with engine.connect() as conn:
        return current_revision_in(conn)


def read_header(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        header = json.loads(f.readline())
    if header.get("format") != FORMAT:
        raise _error(QT_TRANSLATE_NOOP("Errors", "The file is not a Rekisteri backup."))
    return header  # type: ignore[no-any-return]


def restore(path: Path, target: Engine) -> dict[str, TableSum]:
    """Load a snapshot into the empty, migrated ``target`` in one transaction, verified."""
    header = read_header(path)
    if header.get("revision") != current_revision(target):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup was made by another version of Rekisteri; restore it with that "
                "version or update the app.",
            )
        )
    expected = {k: TableSum(v[0], v[1]) for k, v in header["tables"].items()}
    by_name = {t.name: t for t in tables()}
    with target.connect() as dst, dst.begin():
        if not _is_empty(dst):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Errors", "The target already holds a register; choose an empty one."
                )
            )
        _keep_authors(dst)
        _clear(dst)
        with gzip.open(path, "rt", encoding="utf-8") as f:
            f.readline()
            current: Table | None = None
            batch: list[dict[str, Any]] = []
            for line in f:
                name, values = json.loads(line)
                table = by_name[name]
                if table is not current and batch and current is not None:
                    dst.execute(insert(current), batch)
                    batch = []
                current = table
                batch.append(
                    {
                        c.name: _restore_value(c, v)
                        for c, v in zip(table.columns, values, strict=True)
                    }
                )
                if len(batch) >= BATCH:
                    dst.execute(insert(table), batch)
                    batch = []
            if batch and current is not None:
                dst.execute(insert(current), batch)
        reset_sequences(dst)
        _verify(expected, checksums(dst))
    return expected
