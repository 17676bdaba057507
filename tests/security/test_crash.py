"""SIGKILL in the middle of a large import: the file opens, is intact, and has all or nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from rekisteri.core.db import cipher, open_database
from rekisteri.core.register import Register

from .conftest import PASS

SRC = Path(__file__).resolve().parents[2] / "src"
# The child inserts N customers in ONE transaction (one demo batch) and, at the chosen
# moment, says so on stdout and waits to be killed: the kill lands exactly there.
CHILD = textwrap.dedent(
    """
    import sys, time
    from sqlalchemy import event
    from rekisteri.core import demo
    from rekisteri.core.db import open_database

    path, moment, n, passphrase = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] or None
    db = open_database(path, passphrase=passphrase)

    def announce_and_wait(text):
        print(text, flush=True)
        time.sleep(120)

    if moment == "mid-transaction":
        @event.listens_for(db.engine, "after_cursor_execute")
        def _after(conn, cursor, statement, params, context, executemany):
            if statement.startswith("INSERT INTO contact_phone"):
                announce_and_wait("inside")
    else:
        def progress(done, total):
            if done == total:
                announce_and_wait("committed")

    demo.generate(db, n, seed=7, batch=n,
                  progress=progress if moment == "after-commit" else None)
    print("finished", flush=True)
    """
)


def _run_and_kill(path: Path, moment: str, n: int, passphrase: str | None, tmp: Path) -> None:
    script = tmp / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen(
        [sys.executable, str(script), str(path), moment, str(n), passphrase or ""],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        line = proc.stdout.readline().strip() if proc.stdout else ""
        assert line in ("inside", "committed"), line
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize(
    ("moment", "n", "encrypted"),
    [
        ("mid-transaction", 50_000, False),
        # The control (the kill comes after the commit: all rows must be there) and the
        # encrypted case are smaller only to spare the shared CPU.
        ("after-commit", 5_000, False),
        ("mid-transaction", 10_000, True),
    ],
)
def test_killed_import_is_all_or_nothing(
    demo_register: Register, tmp_path: Path, moment: str, n: int, encrypted: bool
) -> None:
    key = None
    if encrypted:
        demo_register.security.enable_encryption(PASS)
        key = PASS
    path = demo_register.db.path
    before = demo_register.counts()
    demo_register.close()

    _run_and_kill(path, moment, n, key, tmp_path)

    assert cipher.is_encrypted(path) is encrypted
    db = open_database(path, passphrase=key)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
            orphans = conn.exec_driver_sql(
                "SELECT count(*) FROM contact WHERE customer_id NOT IN (SELECT id FROM customer)"
            ).scalar_one()
        assert orphans == 0
        after = Register(db).counts()
    finally:
        db.dispose()
    expected = before.customers if moment == "mid-transaction" else before.customers + n
    assert after.customers == expected
    assert (after.contacts == before.contacts) is (moment == "mid-transaction")
