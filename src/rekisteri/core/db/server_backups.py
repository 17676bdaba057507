"""Backups of a shared register: consistent logical snapshots kept on this computer.

A server's own pg_dump schedule is the administrator's; these are the app's own, taken at
the same moments as a laptop register's (daily, before a review or an import, on request)
so the owner can always go back. Each is one REPEATABLE READ snapshot (``logical.dump``),
private to the user (0600), named like the file backups and rotated by the same rules, so
erased data leaves them within the promised time. ``rekisteri restore`` loads one into an
empty database.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from rekisteri.core.clock import Clock
from rekisteri.core.db import logical
from rekisteri.core.db.backup_policy import BackupInfo, BackupReason, Rotation
from rekisteri.core.db.files import shred
from rekisteri.core.db.server_errors import as_user_errors
from rekisteri.core.paths import data_dir

if TYPE_CHECKING:
    from sqlalchemy import Engine


class _Address(Protocol):
    @property
    def host(self) -> str: ...
    @property
    def port(self) -> int: ...
    @property
    def database(self) -> str: ...


class ServerDatabase(Protocol):
    """What a snapshot needs of a shared register (``core.db.server.ServerDatabase``)."""

    @property
    def address(self) -> _Address: ...
    @property
    def engine(self) -> Engine: ...
    @property
    def clock(self) -> Clock: ...


SUFFIX = ".rkdump"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^rekisteri-(\d{8}-\d{6})(?:-(\d+))?-([a-z]+)\.rkdump$")


def folder(db: ServerDatabase) -> Path:
    """One folder per server and database, in the user's data folder."""
    a = db.address
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{a.host}-{a.port}-{a.database}")
    return data_dir() / "server-backups" / safe


def backup_now(
    db: ServerDatabase, reason: BackupReason | str, rotation: Rotation | None = None
) -> BackupInfo:
    """A snapshot now; ``rotation`` (the register's backup rules) prunes the old ones."""
    reason = BackupReason(reason)
    dest = _name(db.clock.now(), reason, folder(db))
    with as_user_errors():  # an assistant may not read every column: the owner's job
        sums = logical.dump(db.engine, dest)
    info = BackupInfo(
        path=dest,
        created=db.clock.now().astimezone(dt.UTC),
        reason=reason,
        size=dest.stat().st_size,
        encrypted=False,
        customers=sums["customer"].rows,
        contacts=sums["contact"].rows,
    )
    if rotation is not None:
        rotate(db, rotation, db.clock.now())
    return info


def _name(now: dt.datetime, reason: BackupReason, where: Path) -> Path:
    stamp = now.astimezone(dt.UTC).strftime(_STAMP)
    n = 0
    while True:
        middle = f"{stamp}-{n}" if n else stamp
        path = where / f"rekisteri-{middle}-{reason.value}{SUFFIX}"
        if not path.exists():
            return path
        n += 1


def list_backups(db: ServerDatabase) -> list[BackupInfo]:
    """Newest first, read from the names and each file's header (counts)."""
    found: list[BackupInfo] = []
    where = folder(db)
    if not where.is_dir():
        return found
    for path in where.iterdir():
        m = _NAME.match(path.name)
        if m is None:
            continue
        try:
            reason = BackupReason(m.group(3))
        except ValueError:
            continue
        created = dt.datetime.strptime(m.group(1), _STAMP).replace(tzinfo=dt.UTC)
        try:
            tables = logical.read_header(path)["tables"]
            customers, contacts = tables["customer"][0], tables["contact"][0]
        except (OSError, ValueError, KeyError, logical.CopyError):
            customers = contacts = None
        found.append(
            BackupInfo(path, created, reason, path.stat().st_size, False, customers, contacts)
        )
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def has_daily_backup(db: ServerDatabase, today: dt.date) -> bool:
    return any(
        b.reason is BackupReason.DAILY and b.created.astimezone().date() == today
        for b in list_backups(db)
    )


def daily_backup_if_needed(db: ServerDatabase, rotation: Rotation) -> BackupInfo | None:
    if has_daily_backup(db, db.clock.today()):
        return None
    return backup_now(db, BackupReason.DAILY, rotation)


def rotate(db: ServerDatabase, rotation: Rotation, now: dt.datetime) -> list[Path]:
    """The file backups' rule: the newest ``keep_last`` and those younger than the limit."""
    cutoff = now - dt.timedelta(days=rotation.keep_days)
    removed = []
    for index, info in enumerate(list_backups(db)):
        young = info.created >= cutoff
        by_count = index < rotation.keep_last and (rotation.keep_days == 0 or index == 0)
        if young or by_count:
            continue
        shred(info.path)
        removed.append(info.path)
    return removed
