"""Every command ends with a message and an exit code, never a traceback or a row's values."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from rekisteri.cli import main
from rekisteri.commands import outcome
from rekisteri.core.db import Database

from .conftest import Holder, emails_in, run_cli


def test_restore_is_refused_while_the_window_holds_the_register(
    home: Path, window_lock: Holder, capsys: pytest.CaptureFixture[str]
) -> None:
    db = home / "rekisteri.sqlite"
    assert main(["backup"]) == 0
    [backup] = (home / "backups").glob("*.sqlite")
    before = db.read_bytes()
    capsys.readouterr()
    assert main(["restore", str(backup), "--yes"]) == outcome.EXIT_IN_USE
    err = capsys.readouterr().err
    assert "open in the Rekisteri window; close it first" in err
    assert "Traceback" not in err
    assert db.read_bytes() == before
    window_lock.release()
    assert main(["restore", str(backup), "--yes"]) == 0


@pytest.mark.parametrize("command", ["encrypt", "decrypt", "passphrase", "recover"])
def test_every_exclusive_job_is_refused_under_the_window(
    home: Path, window_lock: Holder, command: str
) -> None:
    result = run_cli(
        command, *(["--yes"] if command == "recover" else []), env={"REKISTERI_HOME": str(home)}
    )
    assert result.returncode == outcome.EXIT_IN_USE, result.stderr
    assert "close it first" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_job_under_way_keeps_the_window_out(home: Path) -> None:
    from rekisteri.ui import instance_lock

    job = Holder(home / "rekisteri.sqlite", "cli:import")
    try:
        assert instance_lock.acquire(home / "rekisteri.sqlite") is None
        assert not instance_lock.held_by_window(home / "rekisteri.sqlite")
    finally:
        job.release()
    lock = instance_lock.acquire(home / "rekisteri.sqlite")
    assert lock is not None
    lock.unlock()


def test_an_unexpected_fault_is_one_line_and_debug_shows_the_traceback(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from rekisteri.core.register import Register

    def broken(self: Register) -> None:
        raise ZeroDivisionError("aino.virtanen@example.fi")

    monkeypatch.setattr(Register, "counts", broken)
    assert main(["info"]) == outcome.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "ZeroDivisionError" in err and "--debug" in err
    assert "Traceback" not in err and "@" not in err
    assert main(["--debug", "info"]) == outcome.EXIT_INTERNAL
    assert "Traceback" in capsys.readouterr().err


def test_database_errors_never_echo_the_values(home: Path) -> None:
    db_file = home / "rekisteri.sqlite"
    address = sorted(emails_in(db_file))[0]
    db = Database(db_file)
    try:
        with pytest.raises(IntegrityError) as caught, db.session() as s:
            s.execute(
                text("INSERT INTO contact_email (contact_id, address) VALUES (:c, :e)"),
                {"c": 999_999, "e": address},
            )
    finally:
        db.dispose()
    assert address not in str(caught.value)


def test_a_full_disk_says_so_and_changes_nothing(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import rekisteri.core.db.backups as backups

    def no_space(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "backup_to", no_space)
    (home / "backups").mkdir(exist_ok=True)
    before = sorted(p.name for p in (home / "backups").iterdir())
    assert main(["backup"]) == outcome.EXIT_USER
    err = capsys.readouterr().err
    assert "The disk is full; nothing was changed" in err
    assert "damaged" not in err and "Traceback" not in err
    assert sorted(p.name for p in (home / "backups").iterdir()) == before


def test_messages_follow_the_users_language(
    home: Path, monkeypatch: pytest.MonkeyPatch, window_lock: Holder
) -> None:
    result = run_cli("recover", "--yes", env={"REKISTERI_HOME": str(home), "LANG": "fi_FI.UTF-8"})
    assert result.returncode == outcome.EXIT_IN_USE
    assert "sulje ikkuna ensin" in result.stderr


def test_encrypt_with_only_the_current_passphrase_in_the_environment(home: Path) -> None:
    result = run_cli(
        "encrypt", env={"REKISTERI_HOME": str(home), "REKISTERI_PASSPHRASE": "pitkä salasana"}
    )
    assert result.returncode == outcome.EXIT_USER
    assert "REKISTERI_NEW_PASSPHRASE" in result.stderr
    assert "This register is encrypted" not in result.stderr


def test_a_too_short_new_passphrase_names_the_minimum(home: Path) -> None:
    result = run_cli(
        "encrypt", env={"REKISTERI_HOME": str(home), "REKISTERI_NEW_PASSPHRASE": "lyhyt"}
    )
    assert result.returncode == outcome.EXIT_USER
    assert "at least 8 characters" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_window_refuses_to_open_during_a_cli_job(home: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from rekisteri.ui import application

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text)
    )
    job = Holder(home / "rekisteri.sqlite", "cli:restore")
    try:
        assert application.run(["--db", str(home / "rekisteri.sqlite")]) == 1
    finally:
        job.release()
    assert shown and "command" in shown[0] and "another window" not in shown[0]


def test_the_security_commands_speak_finnish(home: Path) -> None:
    result = run_cli("backup", env={"REKISTERI_HOME": str(home), "LANG": "fi_FI.UTF-8"})
    assert result.returncode == 0
    assert "Varmuuskopio tallennettu" in result.stdout
    result = run_cli("restore", "puuttuu.sqlite", env={"REKISTERI_HOME": str(home),
                                                       "REKISTERI_LANG": "sv"})  # fmt: skip
    assert result.returncode == 2 and "Säkerhetskopian finns inte" in result.stderr
