"""Backups: daily, named, rotated, private, encrypted with the register; exact restores."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from rekisteri.core.clock import FrozenClock
from rekisteri.core.db import cipher, open_database
from rekisteri.core.db.backups import (
    BackupReason,
    Rotation,
    backup_now,
    daily_backup_if_needed,
    list_backups,
    rotate,
)
from rekisteri.core.dto import CustomerInput, CustomerQuery
from rekisteri.core.register import Register

from .conftest import PASS, all_bytes, demo_names, fingerprints


def _without_audit(fp: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    return {k: v for k, v in fp.items() if k != "audit_event"}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_is_private_and_listed_with_counts(demo_register: Register) -> None:
    info = demo_register.security.backup_now("import")
    assert info.path.parent == demo_register.db.path.parent / "backups"
    assert _mode(info.path) == 0o600
    [listed] = demo_register.security.list_backups()
    assert listed.path == info.path
    assert listed.reason is BackupReason.IMPORT
    assert listed.customers == 200
    assert listed.contacts == demo_register.counts().contacts
    assert listed.created == demo_register.clock.now()
    assert not listed.encrypted
    summary = info.path.with_name(info.path.name + ".json")
    assert _mode(summary) == 0o600
    assert json.loads(summary.read_text()) == {"customers": 200, "contacts": listed.contacts}


def test_listing_reads_the_summary_instead_of_opening_each_backup(
    demo_register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rekisteri.core.db import backups as backups_module

    demo_register.security.enable_encryption(PASS)
    info = demo_register.security.backup_now("manual")
    opened: list[Path] = []
    real = backups_module._counts

    def counting(path: Path, passphrase: str | None) -> tuple[int | None, int | None]:
        opened.append(path)
        return real(path, passphrase)

    monkeypatch.setattr(backups_module, "_counts", counting)
    [listed] = [b for b in demo_register.security.list_backups() if b.path == info.path]
    assert listed.customers == 200 and opened == []
    info.path.with_name(info.path.name + ".json").unlink()
    [listed] = [b for b in demo_register.security.list_backups() if b.path == info.path]
    assert listed.customers == 200 and opened == [info.path]


def test_daily_backup_once_per_day(register: Register, clock: FrozenClock) -> None:
    db = register.db
    assert daily_backup_if_needed(db) is not None
    assert daily_backup_if_needed(db) is None
    backup_now(db, BackupReason.MANUAL)
    assert daily_backup_if_needed(db) is None
    clock.set(clock.today() + dt.timedelta(days=1))
    assert daily_backup_if_needed(db) is not None
    reasons = [b.reason for b in list_backups(db.path)]
    assert reasons.count(BackupReason.DAILY) == 2


def test_rotation_keeps_last_n_and_recent_days(register: Register, clock: FrozenClock) -> None:
    db = register.db
    start = clock.today()
    for day in range(60):
        clock.set(start + dt.timedelta(days=day))
        backup_now(db, BackupReason.DAILY, rotate_after=False)
    now = clock.now()
    removed = rotate(db.path, Rotation(keep_last=5, keep_days=30), now)
    kept = list_backups(db.path, with_counts=False)
    assert len(removed) + len(kept) == 60
    assert all(not p.exists() for p in removed)
    # 30 days back from the last one (inclusive), more than the last 5.
    assert len(kept) == 31
    assert min(b.created for b in kept) == now - dt.timedelta(days=30)

    rotate(db.path, Rotation(keep_last=40, keep_days=0), now)
    assert len(list_backups(db.path, with_counts=False)) == 31
    rotate(db.path, Rotation(keep_last=3, keep_days=0), now)
    assert len(list_backups(db.path, with_counts=False)) == 3


def test_settings_drive_rotation(register: Register, clock: FrozenClock) -> None:
    register.security.set_rotation(keep_last=2, keep_days=0)
    for minute in range(4):
        clock._time = dt.time(12, minute)
        register.security.backup_now("manual")
    assert len(register.security.list_backups()) == 2
    assert register.security.status().rotation == Rotation(2, 0)


def test_restore_brings_back_the_exact_rows(demo_register: Register) -> None:
    path = demo_register.db.path
    info = demo_register.security.backup_now("manual")
    demo_register.db.dispose()
    before = fingerprints(path)

    page = demo_register.list_customers(CustomerQuery(), limit=5)
    for row in page.rows:
        demo_register.delete_customer(row.id)
    for n in range(5):
        demo_register.create_customer(CustomerInput(name=f"Uusi Oy {n}"))
    changed = demo_register.counts().customers
    demo_register.db.dispose()
    assert _without_audit(fingerprints(path)) != _without_audit(before)

    saved = demo_register.security.restore(info.path)

    assert demo_register.counts().customers == 200
    demo_register.db.dispose()
    after = fingerprints(path)
    assert _without_audit(after) == _without_audit(before)
    # The audit trail keeps what it had at the backup, plus the restore itself.
    assert after["audit_event"][0] == before["audit_event"][0] + 1
    assert saved is not None and saved.reason is BackupReason.RESTORE
    assert saved.customers == changed
    assert _mode(path) == 0o600


def test_encrypted_register_has_encrypted_backups(demo_register: Register) -> None:
    path = demo_register.db.path
    names = demo_names(path)
    demo_register.security.enable_encryption(PASS)
    info = demo_register.security.backup_now("review")
    assert info.encrypted and info.customers == 200
    data = info.path.read_bytes()
    assert not [n for n in names if n.encode() in data]
    assert list_backups(path)[0].customers is None  # without the key: unreadable
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do; typed below
        cipher.connect(info.path)


def test_restore_keeps_the_register_encrypted(demo_register: Register, tmp_path: Path) -> None:
    plain_backup = demo_register.security.backup_now("manual")
    # An outside plain copy (e.g. from before encryption, kept elsewhere).
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    copy = outside / plain_backup.path.name
    copy.write_bytes(plain_backup.path.read_bytes())
    demo_register.security.enable_encryption(PASS)
    names = demo_names(copy)

    demo_register.security.restore(copy, backup_passphrase=None)

    path = demo_register.db.path
    assert demo_register.db.encrypted and cipher.is_encrypted(path)
    assert demo_register.counts().customers == 200
    demo_register.db.dispose()
    assert not [n for n in names if n.encode() in all_bytes(path)]


def test_migration_backs_up_first(demo_register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    from rekisteri.core.db import migrate

    path = demo_register.db.path
    demo_register.close()
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999-newer-code")
    db = open_database(path, clock=demo_register.clock)
    db.dispose()
    [info] = list_backups(path)
    assert info.reason is BackupReason.MIGRATION
    assert info.customers == 200


def test_names_of_other_modules_backups_are_understood(tmp_path: Path) -> None:
    from rekisteri.core.db.backups import parse_name

    created, n, reason = parse_name(tmp_path / "pre-review-20261122-120000.sqlite") or (0, 0, 0)
    assert reason is BackupReason.REVIEW and n == 0
    assert created == dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)
    legacy = parse_name(tmp_path / "pre-migration-0001-20261122-120000.sqlite")
    assert legacy is not None and legacy[2] is BackupReason.MIGRATION
    ours = parse_name(tmp_path / "rekisteri-20261122-120000-2-import.sqlite")
    assert ours is not None and ours[1:] == (2, BackupReason.IMPORT)
    assert parse_name(tmp_path / "notes.sqlite") is None
    assert parse_name(tmp_path / "rekisteri-20261122-120000-unknown.sqlite") is None


def test_an_import_is_backed_up_first(demo_register: Register) -> None:
    vcard = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Uusitalo;Veera;;;\r\nFN:Veera Uusitalo\r\n"
        "EMAIL:veera.uusitalo@example.fi\r\nEND:VCARD\r\n"
    )
    demo_register.io.import_vcards(vcard)
    [info] = [b for b in list_backups(demo_register.db.path) if b.reason is BackupReason.IMPORT]
    assert info.customers == 200
    assert demo_register.counts().customers == 201


def test_day_limit_is_a_hard_limit_for_the_notice_promise(
    register: Register, clock: FrozenClock
) -> None:
    """Keeping the newest N must not keep erased data longer than the notice promises."""
    db = register.db
    start = clock.today()
    for day in (0, 1, 2):  # three backups, then a long pause
        clock.set(start + dt.timedelta(days=day))
        backup_now(db, BackupReason.DAILY, rotate_after=False)
    clock.set(start + dt.timedelta(days=90))
    rotate(db.path, Rotation(keep_last=10, keep_days=30), clock.now())
    kept = list_backups(db.path, with_counts=False)
    assert len(kept) == 1  # only the newest, so there is still something to restore
    backup_now(db, BackupReason.DAILY, rotate_after=False)
    rotate(db.path, Rotation(keep_last=10, keep_days=30), clock.now())
    assert [b.created.date() for b in list_backups(db.path, with_counts=False)] == [clock.today()]
