"""One writer at a time: the window, or one command-line job that rewrites the register.

SQLite alone keeps the file consistent, but a restore, an encryption or an import under an
open window would leave the window trusting a file that is no longer there (or no longer
readable with its key), and two imports at once would each judge duplicates on a stale view.
So the window and those jobs take an operating-system lock on ``<register>.lock``: a lock the
kernel drops when its process dies, so a crash never leaves the register locked for good.
The file says who holds it ("window" or the job's name), so the one refused is told why.

The lock file is never deleted: removing a lock file while another process waits on it lets
two processes each hold "the" lock.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rekisteri.core.errors import RekisteriError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message

WINDOW = "window"
_LOCK_OFFSET = 1 << 20  # Windows locks a byte range: one far beyond the holder's text


class RegisterInUseError(RekisteriError):
    """The window (or another job) has the register; the job was refused, nothing changed."""

    def __init__(self, holder: str) -> None:
        if holder == WINDOW:
            text = QT_TRANSLATE_NOOP(
                "Errors",
                "The register is open in the Rekisteri window; close it first. "
                "Nothing was changed.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Errors",
                "Another Rekisteri command is working on this register; try again when it "
                "has finished. Nothing was changed.",
            )
        super().__init__(Message("Errors", text))
        self.holder = holder


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class RegisterLock:
    """A held lock; ``unlock`` (or the process's end) releases it."""

    def __init__(self, path: Path, fd: int, holder: str) -> None:
        self.path = path
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def unlock(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)


def try_acquire(db_path: Path, holder: str) -> RegisterLock | None:
    """The lock, or None when another live process (or another lock in this one) holds it."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    if not _lock(fd):
        os.close(fd)
        return None
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{holder}\n{os.getpid()}\n".encode())
    os.fsync(fd)
    return RegisterLock(path, fd, holder)


def held_elsewhere(db_path: Path) -> bool:
    """Whether another live process holds the lock (this process's own lock does not count).

    Used before shredding half-written files: they may be another process's work in progress.
    """
    try:
        probe = try_acquire(db_path, "probe")
    except OSError:
        return False  # no lock file can exist here (read-only folder): nobody holds one
    if probe is not None:
        probe.unlock()
        return False
    try:
        lines = lock_path(db_path).read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return True
    return not (len(lines) > 1 and lines[1].strip() == str(os.getpid()))


def holder_of(db_path: Path) -> str:
    """Who holds the lock, as its holder wrote it ("" when unknown or free)."""
    try:
        text = lock_path(db_path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return text.split("\n", 1)[0].strip()


def acquire_for_job(
    db_path: Path,
    job: str,
    *,
    on_wait: Callable[[], None] | None = None,
    timeout: float | None = None,
    poll: float = 0.2,
) -> RegisterLock:
    """The lock for a command-line job: refused at once if the window holds it; behind
    another job, wait for it (``on_wait`` tells the user once), up to ``timeout`` seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    told = False
    while True:
        lock = try_acquire(db_path, job)
        if lock is not None:
            return lock
        holder = holder_of(db_path)
        if holder == WINDOW or (deadline is not None and time.monotonic() >= deadline):
            raise RegisterInUseError(holder or WINDOW)
        if not told and on_wait is not None:
            on_wait()
            told = True
        time.sleep(poll)


# sys.platform (not os.name) so that mypy checks the branch of the platform it runs on.
if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
