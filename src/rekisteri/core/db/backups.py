"""Named, rotated backups of the register: daily, and before anything that rewrites data.

A backup is a complete register file in ``backups/`` beside the database, named
``rekisteri-<UTC time>-<reason>.sqlite`` so that listing needs no index file, keyed with the
register's passphrase when the register is encrypted. Restoring first backs up the present
state, so a restore can itself be undone.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from rekisteri.core import settings_registry as reg
from rekisteri.core.clock import Clock
from rekisteri.core.db import cipher
from rekisteri.core.db.backup import backup_to, copy_database
from rekisteri.core.db.backup_policy import (
    BackupInfo,
    BackupReason,
    Rotation,
)
from rekisteri.core.db.check import check_integrity
from rekisteri.core.db.engine import Database
from rekisteri.core.db.files import shred, swap_in
from rekisteri.core.errors import RekisteriError, SecurityOperationError
from rekisteri.core.paths import backups_dir, write_private

# ``rekisteri-<stamp>-<reason>.sqlite``; the stamp is the one the retention review uses for
# its own ``pre-review-<stamp>.sqlite`` files, so each module reads the other's (the
# review's pruning enforces the backup retention the privacy notice states).
_NAME = re.compile(r"^rekisteri-(\d{8}-\d{6})(?:-(\d+))?-([a-z]+)\.sqlite$")
_OTHER = re.compile(
    r"^pre-(review|migration|import|restore)-(?:[a-z0-9]+-)?(\d{8}-\d{6})(?:-(\d+))?\.sqlite$"
)
# A register set aside as damaged (``files.move_aside``) beside the live one: it holds the
# same personal data as a backup, so it is listed and rotated with them.
_DAMAGED = re.compile(r"^.+\.damaged-(\d{8}-\d{6})(?:-(\d+))?$")
_STAMP = "%Y%m%d-%H%M%S"


def backup_name(now: dt.datetime, reason: BackupReason, folder: Path) -> Path:
    stamp = now.astimezone(dt.UTC).strftime(_STAMP)
    n = 0
    while True:
        middle = f"{stamp}-{n}" if n else stamp
        path = folder / f"rekisteri-{middle}-{reason.value}.sqlite"
        if not path.exists():
            return path
        n += 1


def parse_name(path: Path) -> tuple[dt.datetime, int, BackupReason] | None:
    m = _NAME.match(path.name)
    damaged = _DAMAGED.match(path.name)
    if m is not None:
        stamp, n, reason_text = m.group(1), m.group(2), m.group(3)
    elif damaged is not None:
        stamp, n, reason_text = damaged.group(1), damaged.group(2), BackupReason.DAMAGED.value
    else:
        m = _OTHER.match(path.name)
        if m is None:
            return None
        reason_text, stamp, n = m.group(1), m.group(2), m.group(3)
    try:
        reason = BackupReason(reason_text)
    except ValueError:
        return None
    created = dt.datetime.strptime(stamp, _STAMP).replace(tzinfo=dt.UTC)
    return created, int(n or 0), reason


def read_rotation(db: Database) -> Rotation:
    with db.session() as s:
        keep_last = reg.read(s, reg.BACKUP_KEEP_LAST)
        keep_days = reg.read(s, reg.BACKUP_KEEP_DAYS)
    return Rotation(max(1, keep_last), max(0, keep_days))


def backup_now(
    db: Database, reason: BackupReason | str, *, rotate_after: bool = True
) -> BackupInfo:
    """Back up the open register now (online: the app may keep working meanwhile)."""
    if db.is_server:
        from rekisteri.core.db.server_backups import backup_now as snapshot_now

        rotation = read_rotation(db) if rotate_after else None
        return snapshot_now(db, reason, rotation)  # type: ignore[arg-type]
    reason = BackupReason(reason)
    dest = backup_name(db.clock.now(), reason, backups_dir(db.path))
    backup_to(db.path, dest, db.passphrase)
    info = describe(dest, db.passphrase)
    _write_summary(info)
    if rotate_after:
        rotate(db.path, read_rotation(db), db.clock.now())
    return info


def has_daily_backup(db_path: Path, today: dt.date) -> bool:
    """Whether today's first start already left its backup (file names only, nothing opened)."""
    for info in list_backups(db_path, with_counts=False):
        if info.reason is BackupReason.DAILY and info.created.astimezone().date() == today:
            return True
    return False


def daily_backup_if_needed(db: Database) -> BackupInfo | None:
    """The first start of each (local) day leaves a backup; later starts do nothing."""
    if db.is_server:
        from rekisteri.core.db.server_backups import daily_backup_if_needed as daily_snapshot

        return daily_snapshot(db, read_rotation(db))  # type: ignore[arg-type]
    if has_daily_backup(db.path, db.clock.today()):
        return None
    return backup_now(db, BackupReason.DAILY)


def describe(path: Path, passphrase: str | None, *, with_counts: bool = True) -> BackupInfo:
    parsed = parse_name(path)
    assert parsed is not None
    created, _n, reason = parsed
    customers = contacts = None
    if with_counts:
        summary = _read_summary(path)
        if summary is not None and (passphrase is not None or not cipher.is_encrypted(path)):
            customers, contacts = summary
        else:
            customers, contacts = _counts(path, passphrase)
    return BackupInfo(
        path=path,
        created=created,
        reason=reason,
        size=path.stat().st_size,
        encrypted=cipher.is_encrypted(path),
        customers=customers,
        contacts=contacts,
    )


def summary_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def _write_summary(info: BackupInfo) -> None:
    """Counts beside the backup, so listing many encrypted backups needs no key derivation.

    Only numbers: no names, nothing personal.
    """
    if info.customers is None:
        return
    data = {"customers": info.customers, "contacts": info.contacts}
    write_private(summary_path(info.path), json.dumps(data).encode("utf-8"))


def _read_summary(path: Path) -> tuple[int, int] | None:
    try:
        data = json.loads(summary_path(path).read_text(encoding="utf-8"))
        return int(data["customers"]), int(data["contacts"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _counts(path: Path, passphrase: str | None) -> tuple[int | None, int | None]:
    try:
        conn = cipher.connect(path, passphrase, readonly=True)
    except (RekisteriError, OSError):
        return None, None
    try:
        customers = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
        contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        return int(customers), int(contacts)
    except Exception:
        return None, None
    finally:
        conn.close()


def list_backups(
    db_path: Path, passphrase: str | None = None, *, with_counts: bool = True
) -> list[BackupInfo]:
    """Newest first. Counts are read from each file (None when it will not open)."""
    folder = backups_dir(db_path)
    found = []
    for path in (*folder.glob("*.sqlite"), *set_aside_files(db_path)):
        parsed = parse_name(path)
        if parsed is not None:
            found.append((parsed[0], parsed[1], path))
    found.sort(reverse=True)
    return [describe(path, passphrase, with_counts=with_counts) for _c, _n, path in found]


def set_aside_files(db_path: Path) -> list[Path]:
    """Registers set aside as damaged beside ``db_path`` (without their -wal/-shm sidecars)."""
    return [
        p
        for p in Path(db_path).parent.glob(f"{Path(db_path).name}.damaged-*")
        if _DAMAGED.match(p.name)
    ]


def rotate(db_path: Path, rotation: Rotation, now: dt.datetime) -> list[Path]:
    """Keep the newest ``keep_last`` and every backup younger than ``keep_days``; shred the rest.

    With a day limit set, it is also the most a backup may age: the privacy notice promises
    that erased data leaves the backups within that time, so ``keep_last`` never keeps an
    older one. Only the single newest backup survives past the limit, so that a register
    opened after a long pause still has something to restore (the day's first start then
    takes a fresh backup and this old one goes at the next rotation).
    """
    found = list_backups(db_path, with_counts=False)
    backups = [b for b in found if b.reason is not BackupReason.DAMAGED]
    cutoff = now - dt.timedelta(days=rotation.keep_days)
    removed = []
    for info in found:
        # A damaged file is never the one to restore: only the day limit applies to it.
        if info.reason is BackupReason.DAMAGED and rotation.keep_days and info.created < cutoff:
            for suffix in ("", "-wal", "-shm", "-journal"):
                shred(Path(f"{info.path}{suffix}"))
            removed.append(info.path)
    for index, info in enumerate(backups):
        young = info.created >= cutoff
        by_count = index < rotation.keep_last and (rotation.keep_days == 0 or index == 0)
        if young or by_count:
            continue
        shred(info.path)
        summary_path(info.path).unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def install_backup(
    backup: Path,
    db_path: Path,
    passphrase: str | None,
    backup_passphrase: str | None = None,
) -> None:
    """Put a verified copy of ``backup`` at ``db_path`` (nothing may have it open).

    The copy gets the register's own key (``passphrase``), whatever key the backup has, so a
    restore never silently turns an encrypted register plain. ``db_path`` is replaced only
    after the copy passed its checks.
    """
    key = backup_passphrase if backup_passphrase is not None else passphrase
    result = check_integrity(backup, key)
    if not result.ok:
        raise SecurityOperationError(result.message, "; ".join(result.problems[:5]))
    candidate = db_path.with_name(db_path.name + ".restore-new")
    copy_database(backup, candidate, key, passphrase)
    try:
        swap_in(candidate, db_path)
    except BaseException:
        shred(candidate)
        raise


def restore_backup(
    db_path: Path,
    backup: Path,
    passphrase: str | None,
    *,
    clock: Clock | None = None,
    backup_passphrase: str | None = None,
) -> BackupInfo | None:
    """Restore ``backup`` over a register nobody has open, backing up the present state first.

    Returns the backup of the replaced state (None if there was no readable register).
    """
    clock = clock or Clock()
    saved: BackupInfo | None = None
    if cipher.file_kind(db_path) in (cipher.FileKind.PLAIN, cipher.FileKind.ENCRYPTED):
        checkpoint(db_path, passphrase)
        dest = backup_name(clock.now(), BackupReason.RESTORE, backups_dir(db_path))
        backup_to(db_path, dest, passphrase)
        saved = describe(dest, passphrase)
        _write_summary(saved)
    install_backup(backup, db_path, passphrase, backup_passphrase)
    return saved


def checkpoint(db_path: Path, passphrase: str | None) -> None:
    """Fold the -wal into the file so that no stale log survives the swap."""
    conn = cipher.connect(db_path, passphrase)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


__all__ = [
    "BackupInfo",
    "BackupReason",
    "Rotation",
    "backup_now",
    "daily_backup_if_needed",
    "install_backup",
    "list_backups",
    "restore_backup",
    "rotate",
]
