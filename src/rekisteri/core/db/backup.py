"""Online backups through SQLite's backup API: consistent even while the app has the file open.

A plain file copy of a WAL database can miss committed pages still in the -wal file; the
backup API cannot. An encrypted register is copied page by page into a file keyed with the
same passphrase, so its backups are never plain text.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from rekisteri.core.db import cipher
from rekisteri.core.paths import fsync_dir, secure_file


def backup_to(source: Path, dest: Path, passphrase: str | None = None) -> Path:
    """Copy ``source`` into ``dest`` (atomically, 0600), keyed with ``passphrase`` if given."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    passphrase = cipher.effective_passphrase(source, passphrase)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        src = cipher.connect(source, passphrase, readonly=True)
        try:
            out = cipher.connect(tmp, passphrase, verify=False, strict=True)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        _fsync(tmp)
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
        raise
    fsync_dir(dest.parent)
    secure_file(dest)
    return dest


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(
    source: Path, dest: Path, source_key: str | None, dest_key: str | None
) -> dict[str, tuple[int, str]]:
    """Write a copy of ``source`` keyed with ``dest_key`` (None = plain) and verify it.

    Same key: the backup API. Different key: SQLCipher's ``sqlcipher_export`` into an
    attached database (the backup API cannot cross keys). The copy is checked before the
    caller may use it: ``integrity_check`` passes and every table has the same row count and
    row checksum as the source. Returns the source's fingerprints. On any failure the partial
    copy is shredded and the error raised; ``source`` is never written.
    """
    from rekisteri.core.db.files import shred

    source_key = cipher.effective_passphrase(source, source_key)
    dest.unlink(missing_ok=True)
    try:
        if source_key == dest_key:
            backup_to(source, dest, dest_key)
            src = cipher.connect(source, source_key, readonly=True)
            try:
                expected = fingerprint(src)
            finally:
                src.close()
        else:
            expected = _export(source, dest, source_key, dest_key)
        verify_copy(dest, dest_key, expected)
    except BaseException:
        shred(dest)
        raise
    secure_file(dest)
    return expected


def _export(
    source: Path, dest: Path, source_key: str | None, dest_key: str | None
) -> dict[str, tuple[int, str]]:
    module = cipher.cipher_module()
    if module is None:
        from rekisteri.core.errors import EncryptionUnavailableError

        raise EncryptionUnavailableError()
    fd = os.open(dest, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    conn = module.connect(str(source), isolation_level=None, check_same_thread=False)
    try:
        if source_key is not None:
            cipher.apply_key(conn, source_key)
        else:
            conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(dest), dest_key or ""))
        try:
            # One read transaction: the fingerprint describes exactly what was exported.
            conn.execute("BEGIN")
            conn.execute("SELECT sqlcipher_export('target')").fetchall()
            expected = fingerprint(conn)
            conn.execute("COMMIT")
        finally:
            conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    _fsync(dest)
    return expected


def fingerprint(conn: Any) -> dict[str, tuple[int, str]]:
    """Per table: (row count, SHA-256 of every row in a stable order). Equal means equal data.

    Virtual tables (the FTS5 search index) are skipped: their content lives in their shadow
    tables, which are ordinary tables and are compared like any other.
    """
    import hashlib

    cur = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
    )
    tables = [row[0] for row in cur.fetchall()]
    result: dict[str, tuple[int, str]] = {}
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        width = len(conn.execute(f"SELECT * FROM {quoted} LIMIT 0").description)
        has_rowid = not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE '%WITHOUT ROWID%'", (table,)
        ).fetchone()
        order = "rowid" if has_rowid else ", ".join(str(i) for i in range(1, width + 1))
        digest = hashlib.sha256()
        count = 0
        for row in conn.execute(f"SELECT * FROM {quoted} ORDER BY {order}"):
            digest.update(repr(tuple(row)).encode("utf-8"))
            count += 1
        result[table] = (count, digest.hexdigest())
    return result


def verify_copy(path: Path, key: str | None, expected: dict[str, tuple[int, str]]) -> None:
    """Open ``path`` with ``key`` and prove it holds exactly ``expected``; raise otherwise."""
    from rekisteri.core.errors import SecurityOperationError
    from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message

    conn = cipher.connect(path, key, strict=True)
    try:
        check = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        actual = fingerprint(conn)
    finally:
        conn.close()
    if check != ["ok"] or actual != expected:
        raise SecurityOperationError(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The new copy of the register did not match the original, so it was "
                    "discarded. Nothing was changed.",
                ),
            ),
            detail="; ".join(check[:5]),
        )
