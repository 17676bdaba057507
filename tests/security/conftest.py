"""Helpers for the security tests: row fingerprints and the demo names a file must hide."""

from __future__ import annotations

from pathlib import Path

import pytest

from rekisteri.core.db import cipher
from rekisteri.core.db.backup import fingerprint

PASS = "oikein-hyvä salasana"


def fingerprints(path: Path, passphrase: str | None = None) -> dict[str, tuple[int, str]]:
    conn = cipher.connect(path, passphrase)
    try:
        return fingerprint(conn)
    finally:
        conn.close()


def demo_names(path: Path, passphrase: str | None = None) -> set[str]:
    conn = cipher.connect(path, passphrase)
    try:
        rows = conn.execute("SELECT first_name, last_name FROM contact").fetchall()
        rows += conn.execute("SELECT name, name FROM customer").fetchall()
    finally:
        conn.close()
    return {n for row in rows for n in row if n and len(n) >= 4}


def all_bytes(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            data += p.read_bytes()
    return data


@pytest.fixture
def passphrase() -> str:
    return PASS
