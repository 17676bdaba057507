"""Damaged files lead to recovery (set aside, newest good backup restored), never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rekisteri.core.db import open_database
from rekisteri.core.db.backups import BackupReason, backup_now
from rekisteri.core.db.integrity import (
    IntegrityState,
    check_integrity,
    newest_good_backup,
    recover,
)
from rekisteri.core.db.startup import open_checked
from rekisteri.core.errors import DamagedDatabaseError, PassphraseRequiredError
from rekisteri.core.register import Register

from .conftest import PASS, fingerprints


def _truncate(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(size // 3)


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(10_000))


def _not_a_database(path: Path) -> None:
    path.write_text("Nimi;Puhelin\nVirtanen;040 123 4567\n")


def _scribble(path: Path) -> None:
    """Overwrite pages in the middle, keeping the size and the header."""
    with open(path, "r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(os.urandom(4096 * 4))


DAMAGE = {"truncated": _truncate, "garbage": _garbage, "text": _not_a_database}


@pytest.fixture
def damaged_setup(demo_register: Register) -> tuple[Path, Path, dict[str, tuple[int, str]]]:
    good = demo_register.security.backup_now("manual")
    path = demo_register.db.path
    demo_register.close()
    return path, good.path, fingerprints(path)


def test_healthy_file_passes(demo_register: Register) -> None:
    demo_register.db.dispose()
    result = check_integrity(demo_register.db.path)
    assert result.ok and result.usable
    assert check_integrity(demo_register.db.path.with_name("none.sqlite")).state is (
        IntegrityState.MISSING
    )


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_file_leads_to_recovery(
    damaged_setup: tuple[Path, Path, dict[str, tuple[int, str]]], damage: str
) -> None:
    path, good, original = damaged_setup
    DAMAGE[damage](path)
    damaged_bytes = path.read_bytes()

    result = check_integrity(path)
    assert result.state is IntegrityState.DAMAGED
    with pytest.raises(DamagedDatabaseError):
        open_checked(path)

    best = newest_good_backup(path)
    assert best is not None and best.path == good
    outcome = recover(path, best.path)

    assert outcome.set_aside is not None and outcome.set_aside.read_bytes() == damaged_bytes
    assert ".damaged-" in outcome.set_aside.name
    assert check_integrity(path).ok
    assert fingerprints(path) == original
    db = open_checked(path)
    assert Register(db).counts().customers == 200
    db.dispose()


def test_scribbled_pages_are_caught_by_quick_check(
    damaged_setup: tuple[Path, Path, dict[str, tuple[int, str]]],
) -> None:
    path, _good, _original = damaged_setup
    _scribble(path)
    assert check_integrity(path).state is IntegrityState.DAMAGED


def test_damaged_files_are_never_overwritten(
    damaged_setup: tuple[Path, Path, dict[str, tuple[int, str]]],
) -> None:
    path, good, _original = damaged_setup
    _garbage(path)
    first = recover(path, good).set_aside
    _not_a_database(path)
    second = recover(path, good).set_aside
    assert first != second and first and second
    assert first.exists() and second.exists()
    assert second.read_bytes().startswith(b"Nimi;")


def test_newest_good_backup_skips_damaged_backups(
    damaged_setup: tuple[Path, Path, dict[str, tuple[int, str]]],
) -> None:
    path, good, _original = damaged_setup
    db = open_database(path)
    db.clock = type(db.clock)()  # the real clock: a later timestamp than the fixture's
    newer = backup_now(db, BackupReason.MANUAL)
    db.dispose()
    _truncate(newer.path)
    best = newest_good_backup(path)
    assert best is not None and best.path == good


def test_bad_backup_leaves_the_damaged_file_in_place(
    damaged_setup: tuple[Path, Path, dict[str, tuple[int, str]]],
) -> None:
    path, good, _original = damaged_setup
    _garbage(path)
    damaged = path.read_bytes()
    _truncate(good)
    with pytest.raises(Exception):  # noqa: B017 - SecurityOperationError, checked below
        recover(path, good)
    assert path.read_bytes() == damaged


def test_encrypted_register_asks_for_the_passphrase(register: Register) -> None:
    register.security.enable_encryption(PASS)
    path = register.db.path
    register.close()
    assert check_integrity(path).state is IntegrityState.LOCKED
    assert check_integrity(path, "väärä salasana").state is IntegrityState.WRONG_PASSPHRASE
    assert check_integrity(path, PASS).ok
    with pytest.raises(PassphraseRequiredError):
        open_checked(path)
    db = open_checked(path, PASS)
    assert db.encrypted
    db.dispose()


def test_encrypted_recovery(register: Register) -> None:
    register.security.enable_encryption(PASS)
    good = register.security.backup_now("manual")
    path = register.db.path
    register.close()
    _truncate(path)
    assert check_integrity(path, PASS).state is IntegrityState.DAMAGED
    best = newest_good_backup(path, PASS)
    assert best is not None and best.path == good.path
    recover(path, best.path, PASS)
    assert check_integrity(path, PASS).ok


def test_start_up_shreds_half_written_copies(register: Register) -> None:
    path = register.db.path
    register.security.backup_now("manual")
    register.close()
    backups = path.parent / "backups"
    leftovers = [
        path.with_name(path.name + ".convert-new"),
        path.with_name(f".{path.name}.old-1234"),
        backups / "rekisteri-20261122-120000-daily.sqlite.part",
        backups / "rekisteri-20261122-120000-manual.sqlite.rekey-new",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"Virtanen Aino")
    db = open_checked(path)
    db.dispose()
    assert [p for p in leftovers if p.exists()] == []
    assert len(list(backups.glob("*.sqlite"))) == 2  # the manual one and the day's first


def test_a_damaged_encrypted_register_is_not_called_a_wrong_passphrase(register: Register) -> None:
    """SQLCipher reports a bad page and a wrong key alike; the right key must lead to
    recovery, not to asking for the passphrase again and again."""
    register.security.enable_encryption(PASS)
    path = register.db.path
    register.close()
    page = 4096
    with open(path, "r+b") as fh:  # the schema's second page and beyond: scrambled
        fh.seek(page)
        fh.write(os.urandom(page * 3))
    assert check_integrity(path, PASS).state is IntegrityState.DAMAGED
    assert check_integrity(path, "väärä salasana").state is IntegrityState.WRONG_PASSPHRASE
