"""SIGKILL during an encryption change, then open: never a readable backup beside an
encrypted register, never a half-made copy left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from rekisteri.cli import main
from rekisteri.core.db import cipher
from rekisteri.core.db.backups import list_backups
from rekisteri.core.db.conversion import marker_path
from rekisteri.core.register import Register

from .conftest import run_cli

PASS = "oikein-hyvä salasana"
NEW = "toinen hyvä salasana"


def _files(home: Path) -> list[Path]:
    """Every backup and set-aside file: what a crash could leave readable."""
    return [b.path for b in list_backups(home / "rekisteri.sqlite", with_counts=False)]


def _plain(path: Path) -> bool:
    return path.read_bytes()[:16] == cipher.SQLITE_HEADER


@pytest.fixture
def backed_up(home: Path) -> Path:
    for _ in range(3):
        assert main(["backup"]) == 0
    # A damaged register set aside earlier holds the same data as a backup.
    aside = home / "rekisteri.sqlite.damaged-20261201-120000"
    aside.write_bytes((home / "rekisteri.sqlite").read_bytes())
    assert len(_files(home)) == 4
    return home


def _killed(home: Path, command: str, at: str, **env: str) -> None:
    result = run_cli(command, env={"REKISTERI_HOME": str(home), "REKISTERI_CRASH_AT": at, **env})
    assert result.returncode == -9, result.stderr  # killed, not a clean exit


@pytest.mark.parametrize("at", ["after-swap", "during-backups"])
def test_kill_during_encrypt_then_open_leaves_no_plain_backup(backed_up: Path, at: str) -> None:
    home = backed_up
    _killed(home, "encrypt", at, REKISTERI_NEW_PASSPHRASE=PASS)
    assert cipher.is_encrypted(home / "rekisteri.sqlite")
    assert any(_plain(p) for p in _files(home))  # the fault is real: plain copies remain
    assert marker_path(home / "rekisteri.sqlite").exists()

    opened = run_cli("info", env={"REKISTERI_HOME": str(home), "REKISTERI_PASSPHRASE": PASS})
    assert opened.returncode == 0, opened.stderr
    assert not any(_plain(p) for p in _files(home))
    assert not marker_path(home / "rekisteri.sqlite").exists()
    readable = [b for b in list_backups(home / "rekisteri.sqlite", PASS) if b.readable]
    assert len(readable) == 4  # the copies were encrypted, not lost
    assert not list(home.rglob("*-new")) and not list(home.rglob("*.part"))


def test_kill_before_the_swap_undoes_the_change(backed_up: Path) -> None:
    home = backed_up
    _killed(home, "encrypt", "before-swap", REKISTERI_NEW_PASSPHRASE=PASS)
    assert not cipher.is_encrypted(home / "rekisteri.sqlite")
    assert list(home.glob("rekisteri.sqlite.convert-new"))  # the half-made copy
    assert run_cli("info", env={"REKISTERI_HOME": str(home)}).returncode == 0
    assert not list(home.glob("rekisteri.sqlite.convert-new"))
    assert not marker_path(home / "rekisteri.sqlite").exists()
    assert all(_plain(p) for p in _files(home))  # nothing was half-encrypted


def test_second_encrypt_after_a_kill_finds_everything_repaired(backed_up: Path) -> None:
    home = backed_up
    _killed(home, "encrypt", "after-swap", REKISTERI_NEW_PASSPHRASE=PASS)
    again = run_cli(
        "encrypt",
        env={
            "REKISTERI_HOME": str(home),
            "REKISTERI_PASSPHRASE": PASS,
            "REKISTERI_NEW_PASSPHRASE": PASS,
        },
    )
    assert again.returncode == 2 and "already encrypted" in again.stderr
    assert "Traceback" not in again.stderr
    assert not any(_plain(p) for p in _files(home))


@pytest.mark.parametrize("at", ["after-swap", "during-backups"])
def test_kill_during_decrypt_and_passphrase_change_is_finished(backed_up: Path, at: str) -> None:
    home = backed_up
    db = home / "rekisteri.sqlite"
    base = {"REKISTERI_HOME": str(home)}
    assert run_cli("encrypt", env={**base, "REKISTERI_NEW_PASSPHRASE": PASS}).returncode == 0
    _killed(home, "passphrase", at, REKISTERI_PASSPHRASE=PASS, REKISTERI_NEW_PASSPHRASE=NEW)
    assert any(b.readable for b in list_backups(db, PASS))  # some still on the old key
    opened = run_cli("info", env={**base, "REKISTERI_PASSPHRASE": NEW})
    assert opened.returncode == 0, opened.stderr
    assert all(b.readable for b in list_backups(db, NEW))  # every backup on the new key
    assert not any(_plain(p) for p in _files(home))

    _killed(home, "decrypt", at, REKISTERI_PASSPHRASE=NEW)
    assert not cipher.is_encrypted(db)
    assert run_cli("info", env=base).returncode == 0
    assert all(_plain(p) for p in _files(home))  # decrypted with the register, none left behind
    backups = list_backups(db)
    assert backups
    assert all(b.readable for b in backups)
    assert not marker_path(db).exists() and not list(home.rglob("*-new"))


def test_a_full_disk_while_copying_changes_nothing(
    demo_register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import rekisteri.core.db.security as security
    from rekisteri.core.db.faults import DiskFullError

    for _ in range(3):
        demo_register.security.backup_now("manual")
    db = demo_register.db.path
    real = security.copy_database
    calls: list[Path] = []

    def fills_up(source: Path, dest: Path, *args: object) -> object:
        calls.append(dest)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(source, dest, *args)

    monkeypatch.setattr(security, "copy_database", fills_up)
    with pytest.raises(DiskFullError):
        demo_register.security.enable_encryption(PASS)
    assert not cipher.is_encrypted(db) and all(_plain(p) for p in _files(db.parent))
    assert not marker_path(db).exists() and not list(db.parent.rglob("*-new"))
    assert demo_register.counts().customers == 200  # still open and usable
