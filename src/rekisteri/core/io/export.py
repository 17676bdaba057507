"""Export files: the mailing list for a newsletter service, and the whole register.

Mailing lists are CSV in UTF-8 (comma) or the Excel-friendly form Finnish Excel opens
directly (semicolon, UTF-8 with BOM). The register export holds every table, as JSON or as
a zip of one CSV per table; it is read in pages, each in its own short session.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select

from rekisteri.core.db import Database
from rekisteri.core.io.atomic import atomic_writer
from rekisteri.core.io.cells import safe_writer
from rekisteri.core.marketing import MarketingChannel, Recipient
from rekisteri.core.models import Base

MAILING_COLUMNS: dict[MarketingChannel, tuple[str, ...]] = {
    MarketingChannel.EMAIL: ("email", "first_name", "last_name", "company", "language"),
    MarketingChannel.SMS: ("phone", "first_name", "last_name", "company", "language"),
    MarketingChannel.PHONE: ("phone", "first_name", "last_name", "company", "language"),
    MarketingChannel.POST: (
        "first_name", "last_name", "company", "street", "postcode", "city", "country", "language",
    ),
}  # fmt: skip
EXCLUDED_COLUMNS = ("first_name", "last_name", "company", "purpose", "reason", "explanation")
PAGE = 20_000
# Never written by the register export unless asked: identity codes, and the key that makes
# the suppression list's digests matchable (with it, a copy of the file could be used to test
# guessed addresses against the erased people).
SECRET_COLUMNS = {("contact", "hetu")}
SECRET_SETTINGS = ("retention.suppression_key",)


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[str]], excel: bool) -> bytes:
    """Plain and Excel variants alike neutralise formula cells (``cells.safe_cell``)."""
    buffer = io.StringIO(newline="")
    writer = safe_writer(buffer, delimiter=";" if excel else ",", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return (buffer.getvalue()).encode("utf-8-sig" if excel else "utf-8")


def mailing_rows(channel: MarketingChannel, recipients: Sequence[Recipient]) -> list[list[str]]:
    columns = MAILING_COLUMNS[channel]
    return [[getattr(r, c) for c in columns] for r in recipients]


def excluded_rows(recipients: Sequence[Recipient]) -> list[list[str]]:
    """Who was left out, the purpose they lack and why (to fix records, never to mail)."""
    return [
        [
            r.first_name,
            r.last_name,
            r.company,
            r.purpose.label() if r.purpose else "",
            r.reason.value,
            r.reason.message().render(),
        ]
        for r in recipients
    ]


# --- the whole register ----------------------------------------------------------------


def _tables(include_secrets: bool) -> list[tuple[Table, list[str], Any]]:
    """Every table with the columns to write and a row filter (None: every row)."""
    out = []
    for table in Base.metadata.sorted_tables:
        cols = [
            c.name
            for c in table.columns
            if include_secrets or (table.name, c.name) not in SECRET_COLUMNS
        ]
        where = None
        if table.name == "setting" and not include_secrets:
            where = table.c.key.not_in(SECRET_SETTINGS)
        out.append((table, cols, where))
    return out


def _pages(
    db: Database, table: Table, cols: list[str], where: Any = None
) -> Iterator[list[tuple[Any, ...]]]:
    """Page by primary key, each page in its own session (no generator inside a session)."""
    pk = list(table.primary_key.columns)
    order = pk[0] if len(pk) == 1 else None
    last: Any = None
    offset = 0
    while True:
        stmt = select(*[table.c[c] for c in cols])
        if where is not None:
            stmt = stmt.where(where)
        if order is not None:
            stmt = stmt.order_by(order).limit(PAGE)
            if last is not None:
                stmt = stmt.where(order > last)
        else:
            stmt = stmt.order_by(*pk).limit(PAGE).offset(offset)
        with db.session() as s:
            rows = [tuple(r) for r in s.connection().execute(stmt)]
        if not rows:
            return
        yield rows
        if len(rows) < PAGE:
            return
        offset += len(rows)
        if order is not None:
            last = rows[-1][cols.index(order.name)] if order.name in cols else None
            if last is None:
                return


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        # Binary content (a review's minutes PDF) as base64, marked so a reader knows.
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def write_register_json(
    db: Database, path: Path, meta: dict[str, Any], include_secrets: bool
) -> int:
    rows_written = 0
    with atomic_writer(path) as out:
        out.write(b'{"format": "rekisteri-export", "version": 1, "meta": ')
        out.write(json.dumps(meta, ensure_ascii=False).encode())
        out.write(b', "tables": {')
        for t_index, (table, cols, where) in enumerate(_tables(include_secrets)):
            out.write(b"," if t_index else b"")
            out.write(f'\n"{table.name}": ['.encode())
            first = True
            for page in _pages(db, table, cols, where):
                for row in page:
                    record = {c: _json_value(v) for c, v in zip(cols, row, strict=True)}
                    out.write(b"" if first else b",")
                    out.write(b"\n" + json.dumps(record, ensure_ascii=False).encode())
                    first = False
                    rows_written += 1
            out.write(b"]")
        out.write(b"}}\n")
    return rows_written


def write_register_zip(db: Database, path: Path, include_secrets: bool) -> int:
    """A zip of one UTF-8 CSV per table: spreadsheets and other systems read it directly."""
    rows_written = 0
    with atomic_writer(path) as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for table, cols, where in _tables(include_secrets):
            rows_written += _zip_table(zf, db, table, cols, where)
    return rows_written


def _zip_table(zf: zipfile.ZipFile, db: Database, table: Table, cols: list[str], where: Any) -> int:
    n = 0
    files: list[tuple[str, bytes]] = []  # binary cells, written once the CSV member is closed
    with zf.open(f"{table.name}.csv", "w") as member:
        text = io.TextIOWrapper(member, encoding="utf-8", newline="")
        writer = safe_writer(text, lineterminator="\r\n")
        writer.writerow(cols)
        for page in _pages(db, table, cols, where):
            for row in page:
                writer.writerow(_zip_row(files, table.name, n, cols, row))
                n += 1
        text.flush()
        text.detach()
    for name, data in files:
        zf.writestr(name, data)
    return n


def _zip_row(
    files: list[tuple[str, bytes]], table: str, index: int, cols: list[str], row: tuple[Any, ...]
) -> list[str]:
    """A row's cells; binary content goes into a file of its own, named in the cell."""
    cells = []
    for col, value in zip(cols, row, strict=True):
        if isinstance(value, bytes | bytearray | memoryview):
            data = bytes(value)
            suffix = ".pdf" if data.startswith(b"%PDF") else ".bin"
            name = f"files/{table}-{index + 1}-{col}{suffix}"
            files.append((name, data))
            cells.append(name)
        else:
            cells.append(_csv_value(value))
    return cells


def write_register_csv_files(
    db: Database, path: Path, include_secrets: bool
) -> tuple[list[Path], int]:
    """One CSV per table beside ``path``: ``register.csv`` → ``register-customer.csv``, ..."""
    written = []
    n = 0
    for table, cols, where in _tables(include_secrets):
        target = path.with_name(f"{path.stem}-{table.name}{path.suffix or '.csv'}")
        with atomic_writer(target) as out:
            text = io.TextIOWrapper(out, encoding="utf-8", newline="")
            writer = safe_writer(text, lineterminator="\r\n")
            writer.writerow(cols)
            for page in _pages(db, table, cols, where):
                writer.writerows([_csv_value(v) for v in row] for row in page)
                n += len(page)
            text.flush()
            text.detach()
        written.append(target)
    return written, n
