"""Opening, unlocking, locking and recovering the register: the door ``ui/`` and ``commands/`` use.

The storage package (``core/db``) is free to change inside; everything a window or a command
needs before and around the facade (which file kind this is, the start-up checks, the lock
screen, recovery from a backup, the demo register) is named here, and returns a ``Register``
or a typed error from ``core/errors.py``. ``tests/test_architecture.py`` keeps ``ui/`` and
``commands/`` out of ``core/db``.

The storage names load on first use (PEP 562), like ``core/db``'s own, so importing this
module at start-up costs no SQLAlchemy before the integrity check has begun.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rekisteri.core.clock import Clock

if TYPE_CHECKING:
    from rekisteri.core.db.check import (
        StartupCheck,
    )
    from rekisteri.core.register import Register

_STORAGE = {
    "BackupInfo": "backups",
    "BackupReason": "backups",
    "FileKind": "cipher",
    "IntegrityResult": "check",
    "IntegrityState": "check",
    "RecoveryResult": "integrity",
    "RegisterInUseError": "writer_lock",
    "RegisterLock": "writer_lock",
    "StartupCheck": "check",
    "WINDOW": "writer_lock",
    "acquire_for_job": "writer_lock",
    "check_integrity": "check",
    "check_new_passphrase": "security",
    "check_writable": "faults",
    "encryption_available": "cipher",
    "file_kind": "cipher",
    "holder_of": "writer_lock",
    "is_encrypted": "cipher",
    "list_backups": "backups",
    "lock_path": "writer_lock",
    "newest_good_backup": "integrity",
    "recover": "integrity",
    "storage_error": "faults",
    "try_acquire": "writer_lock",
    # A shared register on a PostgreSQL server.
    "ServerAddress": "server",
    "ServerDatabase": "server",
    "classify": "server",
    "open_server": "server",
    "resolve_password": "server",
    "store_password": "server",
    "init_server": "server_init",
    "ChangeListener": "changes",
    "AddressError": "server",
    "snapshot_list": "server_backups",
    "snapshot_folder": "server_backups",
    "restore_snapshot": "logical",
}
# Names whose module calls them something else.
_ALIASES = {
    "snapshot_list": "list_backups",
    "snapshot_folder": "folder",
    "restore_snapshot": "restore",
}


__all__ = [
    "WINDOW",
    "AddressError",
    "BackupInfo",
    "BackupReason",
    "ChangeListener",
    "FileKind",
    "IntegrityResult",
    "IntegrityState",
    "RecoveryResult",
    "RegisterInUseError",
    "RegisterLock",
    "ServerAddress",
    "ServerDatabase",
    "StartupCheck",
    "acquire_for_job",
    "check_integrity",
    "check_new_passphrase",
    "check_writable",
    "classify",
    "encryption_available",
    "file_kind",
    "fill_with_demo",
    "finish_start",
    "holder_of",
    "init_server",
    "is_encrypted",
    "list_backups",
    "lock",
    "lock_path",
    "newest_good_backup",
    "open_register",
    "open_server",
    "open_while_checking",
    "recover",
    "resolve_password",
    "restore_snapshot",
    "schema_revision",
    "snapshot_folder",
    "snapshot_list",
    "storage_error",
    "store_password",
    "try_acquire",
    "unlock",
]


def __getattr__(name: str) -> Any:
    module = _STORAGE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(
        importlib.import_module(f"rekisteri.core.db.{module}"), _ALIASES.get(name, name)
    )
    globals()[name] = value
    return value


def open_register(
    path: Path,
    passphrase: str | None = None,
    *,
    actor: str = "",
    clock: Clock | None = None,
    daily_backup: bool = True,
) -> Register:
    """Every check of a start (writable folder, an interrupted change finished, integrity,
    migrations after a backup, the day's backup), then the facade on the open file.

    Raises ``WrongPassphraseError``, ``DamagedDatabaseError``, ``NewerDatabaseError`` or a
    storage error, so the caller can say what the user must do.
    """
    from rekisteri.core.db.startup import open_checked
    from rekisteri.core.register import Register

    return Register(open_checked(path, passphrase, clock=clock, daily_backup=daily_backup), actor)


def open_while_checking(
    check: StartupCheck, *, actor: str = "", clock: Clock | None = None
) -> Register:
    """The register opened while ``check`` still runs; ``finish_start`` must pass before use."""
    from rekisteri.core.db.startup import open_while_checking as open_db
    from rekisteri.core.register import Register

    return Register(open_db(check, clock=clock), actor)


def finish_start(check: StartupCheck, register: Register, *, daily_backup: bool = True) -> None:
    """The integrity verdict (damage raises ``DamagedDatabaseError``), then the day's backup."""
    from rekisteri.core.db.startup import finish

    finish(check, register.db, daily_backup=daily_backup)


def lock(register: Register) -> None:
    """Close the file and forget the passphrase: nothing reads it until ``unlock``."""
    register.db.close()


def unlock(register: Register, path: Path, passphrase: str | None) -> None:
    """Open ``path`` again and let the same ``Register`` (and every pane holding it) go on.

    A wrong passphrase raises ``WrongPassphraseError`` and leaves the register locked.
    """
    from rekisteri.core.db.migrate import open_database

    register.reopen(open_database(path, clock=register.clock, passphrase=passphrase))


def schema_revision(register: Register) -> tuple[str | None, str]:
    """The register's schema revision and the one this version writes (for diagnostics)."""
    from rekisteri.core.db.migrate import current_revision, head_revision

    return current_revision(register.db.engine), head_revision()


def fill_with_demo(
    register: Register,
    customers: int,
    seed: int = 1,
    *,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 250,
) -> None:
    """Append invented customers (no real person) and name a demo controller if none is set."""
    from rekisteri.core import demo

    if not register.get_controller().is_configured:
        register.save_controller(demo.DEMO_CONTROLLER)
    demo.generate(register.db, customers, seed, progress=progress, batch=batch)
