"""An encryption change is all or nothing, backups included, even across a crash.

Turning encryption on, off or changing the passphrase rewrites the register and each backup.
A crash between the two used to leave readable backups beside an encrypted register, and
nothing repaired them. Now the change runs in phases recorded in a marker beside the register
(its operation and phase, never a passphrase):

1. "copying": the new register and a verified copy of every backup with the new key are
   written beside the originals (``*.convert-new``, ``*.rekey-new``);
2. "swapping": every copy is complete; the register is swapped in (one atomic rename), then
   each backup copy.

Every open of the register, before anything else, finishes or undoes what a crash left:

- ``resume_swap`` (before the start-up clean-up, needs no key): in phase "swapping" with the
  register's copy gone, the register was swapped, so the prepared backup copies are swapped
  in too; otherwise the clean-up shreds the copies and the register is as it was;
- ``resume`` (after the integrity check has proven the passphrase): an encrypted register
  never keeps a plain backup beside it: each is encrypted with the key, or shredded if it
  cannot be. This holds at every open of an encrypted register, marker or not: reading a
  file header per backup costs nothing.
"""

from __future__ import annotations

import json
import os
import signal
from dataclasses import dataclass
from pathlib import Path

from rekisteri.core.clock import SYSTEM_CLOCK
from rekisteri.core.db import cipher
from rekisteri.core.db.backup import copy_database
from rekisteri.core.db.backups import list_backups, summary_path
from rekisteri.core.db.files import shred, swap_in
from rekisteri.core.paths import write_private

CRASH_ENV = "REKISTERI_CRASH_AT"


@dataclass(frozen=True)
class Secured:
    """Plain backups found beside an encrypted register: encrypted, or shredded."""

    encrypted: int = 0
    shredded: int = 0


def marker_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".conversion")


def candidate_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".convert-new")


def prepared_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".rekey-new")


def _write(db_path: Path, operation: str, phase: str) -> None:
    data = {
        "operation": operation,
        "phase": phase,
        "started": SYSTEM_CLOCK.now().isoformat(),
    }
    write_private(marker_path(db_path), json.dumps(data).encode("utf-8"))


def begin(db_path: Path, operation: str) -> None:
    _write(db_path, operation, "copying")


def mark_swapping(db_path: Path) -> None:
    """Every copy is complete and verified: from here on the change is finished, not undone."""
    _write(db_path, pending(db_path) or "unknown", "swapping")


def end(db_path: Path) -> None:
    marker_path(db_path).unlink(missing_ok=True)


def _marker(db_path: Path) -> dict[str, str] | None:
    try:
        data = json.loads(marker_path(db_path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def pending(db_path: Path) -> str | None:
    """The operation a crash interrupted, or None."""
    data = _marker(db_path)
    return None if data is None else str(data.get("operation", "unknown"))


def resume_swap(db_path: Path) -> int:
    """Swap in the prepared backup copies of a change whose register swap happened.

    Runs before the start-up clean-up, which would otherwise shred them as leftovers.
    """
    data = _marker(db_path)
    if not data or data.get("phase") != "swapping" or candidate_path(db_path).exists():
        return 0
    from rekisteri.core.db.writer_lock import held_elsewhere

    if held_elsewhere(db_path):
        return 0  # the change is still running in the process that holds the register
    done = 0
    for info in list_backups(db_path, with_counts=False):
        target = prepared_path(info.path)
        if target.exists():
            swap_in(target, info.path)
            done += 1
    return done


def resume(db_path: Path, passphrase: str | None) -> Secured:
    """Finish or undo an interrupted change; enforce "no plain backup beside an encrypted
    register". An encrypted register opened without its key is left for the open that has it.
    """
    db_path = Path(db_path)
    from rekisteri.core.db.writer_lock import held_elsewhere

    if held_elsewhere(db_path):
        return Secured()  # a change may be running in the process that holds the register
    kind = cipher.file_kind(db_path)
    if kind is cipher.FileKind.ENCRYPTED:
        if passphrase is None:
            return Secured()
        secured = secure_backups(db_path, passphrase)
    else:
        secured = Secured()
    end(db_path)
    return secured


def secure_backups(db_path: Path, passphrase: str) -> Secured:
    """Encrypt every plain backup (and damaged file set aside) with the register's key."""
    encrypted = shredded = 0
    for info in list_backups(db_path, with_counts=False):
        if cipher.file_kind(info.path) is not cipher.FileKind.PLAIN:
            continue
        # Not ".rekey-new": ``resume_swap`` would take a half-made one of these for a
        # verified copy of the change itself.
        target = info.path.with_name(info.path.name + ".secure-new")
        try:
            copy_database(info.path, target, None, passphrase)
            swap_in(target, info.path)
        except Exception:
            shred(target)
            drop_backup(info.path)
            shredded += 1
        else:
            encrypted += 1
    return Secured(encrypted, shredded)


def drop_backup(path: Path) -> None:
    """Shred a backup with its sidecars and its counts file."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        shred(Path(f"{path}{suffix}"))
    summary_path(path).unlink(missing_ok=True)


def crash_point(name: str) -> None:
    """Die here, as a power cut would, when a test asks for it (``REKISTERI_CRASH_AT``)."""
    if os.environ.get(CRASH_ENV) == name:
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(137)  # pragma: no cover - Windows has no SIGKILL
