"""An encryption change is all or nothing, backups included, even across a crash.

Turning encryption on, off or changing the passphrase rewrites the register and then each
backup. A crash between the two steps used to leave readable backups beside an encrypted
register, and nothing repaired them. Now the change is recorded in a marker beside the
register before it starts and removed when every backup follows, and every open of the
register (``resume``), before anything else, finishes or undoes what a crash interrupted:

- the register was not swapped yet: the half-made copy is shredded (by the start-up clean-up)
  and the marker removed; the register and its backups are as they were;
- the register is encrypted: every plain backup is encrypted with the register's key, or
  shredded if it cannot be (an encrypted register never keeps readable copies of itself);
- the register is plain after a decryption: backups still encrypted with the old key stay
  as they are; they are unreadable without it, so they leak nothing.

The marker holds the operation's name and time, never a passphrase. The same invariant is
enforced at every open of an encrypted register, marker or not: reading a file header per
backup costs nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
from dataclasses import dataclass
from pathlib import Path

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


def begin(db_path: Path, operation: str) -> None:
    data = {"operation": operation, "started": dt.datetime.now(dt.UTC).isoformat()}
    write_private(marker_path(db_path), json.dumps(data).encode("utf-8"))


def end(db_path: Path) -> None:
    marker_path(db_path).unlink(missing_ok=True)


def pending(db_path: Path) -> str | None:
    """The operation a crash interrupted, or None."""
    try:
        data = json.loads(marker_path(db_path).read_text(encoding="utf-8"))
        return str(data.get("operation", "unknown"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, AttributeError):
        return "unknown"


def resume(db_path: Path, passphrase: str | None) -> Secured:
    """Finish or undo an interrupted change; enforce "no plain backup beside an encrypted
    register". An encrypted register opened without its key is left for the open that has it.
    """
    db_path = Path(db_path)
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
        target = info.path.with_name(info.path.name + ".rekey-new")
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
