"""The fault suite: real kills, real locks held by a second process, real full and read-only
file systems where the machine allows them (a small tmpfs; root ignores permission bits, so
read-only means a read-only mount), and an injected ``OSError`` where it does not."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rekisteri.cli import main

# Demo data the register holds; none of it may ever reach the screen in an error.
PERSONAL = ("@", "Aino", "Virtanen")
SRC = str(Path(__file__).resolve().parents[2] / "src")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REKISTERI_HOME", str(tmp_path))
    monkeypatch.delenv("REKISTERI_PASSPHRASE", raising=False)
    assert main(["demo", "--customers", "20", "--quiet"]) == 0
    return tmp_path


def emails_in(path: Path) -> set[str]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT address FROM contact_email")}


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real ``rekisteri`` command in a process of its own."""
    full_env = {**os.environ, "PYTHONPATH": SRC, **(env or {})}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from rekisteri.cli import main; sys.exit(main())",
            *args,
        ],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


class Holder:
    """A second process that holds the register's lock until told to stop."""

    def __init__(self, db: Path, holder: str) -> None:
        code = (
            "import sys; from rekisteri.core.db.writer_lock import try_acquire; "
            "lock = try_acquire(sys.argv[1], sys.argv[2]); "
            "print('held' if lock else 'refused', flush=True); sys.stdin.readline()"
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, str(db), holder],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": SRC},
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "held"

    def release(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        self.proc.wait(timeout=30)


@pytest.fixture
def window_lock(home: Path) -> Iterator[Holder]:
    holder = Holder(home / "rekisteri.sqlite", "window")
    try:
        yield holder
    finally:
        if holder.proc.poll() is None:
            holder.release()


def try_mount(target: Path, options: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True
    )
    return result.returncode == 0


def unmount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)
