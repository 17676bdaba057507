"""Files that hold personal data outside the register: set-aside damaged files follow the
backup retention, and half-written copies are gone at the next start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rekisteri.core.db.backups import BackupReason, Rotation, list_backups, rotate
from rekisteri.core.db.startup import open_checked


def test_damaged_files_are_listed_and_shredded_after_the_promised_days(db_path: Path) -> None:
    old = db_path.with_name(db_path.name + ".damaged-20260101-080000")
    new = db_path.with_name(db_path.name + ".damaged-20261120-080000")
    for path in (old, new):
        path.write_bytes(b"Aino Virtanen aino@example.fi" * 40)
    Path(f"{old}-wal").write_bytes(b"aino@example.fi")
    listed = {b.path: b for b in list_backups(db_path, with_counts=False)}
    assert listed[old].reason is BackupReason.DAMAGED
    assert listed[new].created == dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)

    now = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)
    removed = rotate(db_path, Rotation(keep_last=10, keep_days=30), now)
    assert removed == [old]
    assert not old.exists() and not Path(f"{old}-wal").exists()
    assert new.exists()  # still within the promised 30 days
    rotate(db_path, Rotation(keep_last=10, keep_days=0), now + dt.timedelta(days=400))
    assert new.exists()  # no day limit promised: kept like any backup


def test_partial_files_are_cleaned_up_at_the_next_start(db_path: Path) -> None:
    backups = db_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    part = backups / "rekisteri-20261122-120000-daily.sqlite.part"
    leftovers = [part, Path(f"{part}-wal"), Path(f"{part}-shm"), Path(f"{part}-journal")]
    leftovers.append(db_path.with_name(db_path.name + ".restore-new-wal"))
    leftovers.append(backups / "rekisteri-20261122-120000-daily.sqlite.secure-new")
    for path in leftovers:
        path.write_bytes(b"aino@example.fi")
    db = open_checked(db_path, daily_backup=False)
    db.dispose()
    assert [p for p in leftovers if p.exists()] == []


def test_another_process_at_work_keeps_its_partial_files(db_path: Path) -> None:
    from .conftest import Holder

    part = db_path.parent / "backups" / "rekisteri-20261204-120000-daily.sqlite.part"
    part.parent.mkdir(exist_ok=True)
    part.write_bytes(b"in progress")
    window = Holder(db_path, "window")
    try:
        open_checked(db_path, daily_backup=False).dispose()
        assert part.exists()  # the window's backup in progress was left alone
    finally:
        window.release()
    open_checked(db_path, daily_backup=False).dispose()
    assert not part.exists()  # nobody at work: a crash's leftover, shredded
