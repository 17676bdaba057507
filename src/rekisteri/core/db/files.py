"""Replacing, shredding and setting aside register files without ever losing one.

The order matters: a new file is complete and verified before it takes the live name
(``os.replace`` is atomic), and the old content is overwritten only after nothing refers to
it any more. Overwriting is best effort (an SSD may keep old blocks); full-disk encryption
is what really protects a lost laptop, and SQLCipher is what protects the file itself.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from rekisteri.core.paths import fsync_dir, secure_file

SIDECARS = ("-wal", "-shm", "-journal")
_CHUNK = 1 << 20


def sidecar(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def shred(path: Path) -> None:
    """Overwrite a file's bytes with zeros, flush, then delete it. Missing is fine."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        with open(path, "r+b", buffering=0) as fh:
            _zero(fh.fileno(), size)
    except OSError:
        pass
    path.unlink(missing_ok=True)


def _zero(fd: int, size: int) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    zeros = bytes(_CHUNK)
    remaining = size
    while remaining > 0:
        remaining -= os.write(fd, zeros[: min(_CHUNK, remaining)])
    os.fsync(fd)


def swap_in(new: Path, live: Path) -> None:
    """Make ``new`` the file at ``live`` atomically; shred the old content afterwards.

    The caller has closed every connection to ``live`` (so no -wal holds its pages). A hard
    link (or, on POSIX, an open descriptor) keeps the old inode reachable across the rename
    so that its bytes can be overwritten; the live name is never missing.
    """
    wal = sidecar(live, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise RuntimeError("the register still has unsaved pages in its write-ahead log")
    secure_file(new)
    aside = live.with_name(f".{live.name}.old-{os.getpid()}")
    linked = False
    held_fd: int | None = None
    if live.exists():
        try:
            os.link(live, aside)
            linked = True
        except OSError:
            if os.name == "posix":
                held_fd = os.open(live, os.O_RDWR)
    try:
        os.replace(new, live)
        fsync_dir(live.parent)
    except BaseException:
        if linked:
            aside.unlink(missing_ok=True)
        if held_fd is not None:
            os.close(held_fd)
        raise
    for suffix in ("-wal", "-shm"):
        sidecar(live, suffix).unlink(missing_ok=True)
    if linked:
        shred(aside)
    if held_fd is not None:
        try:
            _zero(held_fd, os.fstat(held_fd).st_size)
        finally:
            os.close(held_fd)


def move_aside(path: Path, now: dt.datetime, label: str = "damaged") -> Path:
    """Rename a (damaged) register and its sidecars out of the way, never overwriting one."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    n = 0
    while True:
        suffix = f".{label}-{stamp}" + (f"-{n}" if n else "")
        target = path.with_name(path.name + suffix)
        if not any(sidecar(target, s).exists() for s in ("", *SIDECARS)):
            break
        n += 1
    for s in SIDECARS:
        if sidecar(path, s).exists():
            os.replace(sidecar(path, s), sidecar(target, s))
    if path.exists():
        os.replace(path, target)
    secure_file(target)
    fsync_dir(path.parent)
    return target


def cleanup_leftovers(db_path: Path) -> int:
    """Shred half-written copies a crash left beside the register (they may hold data).

    Not while another process holds the register's lock (the window, an import): its copies
    in progress look just like a crash's leftovers. Its own next start cleans them up.
    """
    from rekisteri.core.db.writer_lock import held_elsewhere

    if held_elsewhere(db_path):
        return 0
    removed = 0
    name = db_path.name
    sidecars = ("", "-journal", "-wal", "-shm")
    patterns = (*(f"{name}.*-new{sidecar}" for sidecar in sidecars), f".{name}.old-*")
    for folder in (db_path.parent, db_path.parent / "backups"):
        if not folder.is_dir():
            continue
        for pattern in (*patterns, *_PARTIAL):
            for leftover in folder.glob(pattern):
                try:
                    shred(leftover)
                except OSError:
                    continue  # a read-only folder: the open that follows says so
                removed += 1
    return removed


# Half-written copies and the sidecars SQLite may have left beside them.
_PARTIAL = tuple(
    f"*.{stem}{sidecar}"
    for stem in ("part", "rekey-new", "secure-new")
    for sidecar in ("", "-journal", "-wal", "-shm")
)
