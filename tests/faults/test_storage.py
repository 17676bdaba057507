"""A folder for a file, a read-only folder, a full disk, a zero-byte file: each says what it
is, with an exit code, is never called damaged, and changes nothing."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from rekisteri.cli import main
from rekisteri.commands import outcome
from rekisteri.core.db.check import IntegrityState, check_integrity

from .conftest import PERSONAL, run_cli, try_mount, unmount


def _clean(err: str) -> None:
    assert "Traceback" not in err and "damaged" not in err
    assert not any(word in err for word in PERSONAL)


def test_a_folder_given_as_the_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "rekisteri.sqlite"
    (folder / "inside").mkdir(parents=True)
    for args in (["info"], ["check"], ["backup"], ["recover", "--yes"]):
        assert main(["--db", str(folder), *args]) == outcome.EXIT_USER, args
        err = capsys.readouterr().err
        assert "is a folder, not a register file" in err, (args, err)
        _clean(err)
    assert [p.name for p in folder.iterdir()] == ["inside"]  # nothing moved or created


def test_the_window_says_a_folder_is_not_a_register(tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.ui import application

    folder = tmp_path / "kansio"
    folder.mkdir()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    assert application.run(["--db", str(folder)]) == 2
    assert shown and "is a folder" in shown[0] and "damaged" not in shown[0]


def test_zero_byte_register_with_backups_is_damaged_and_recovers(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = home / "rekisteri.sqlite"
    assert main(["backup"]) == 0
    db.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    assert check_integrity(db).state is IntegrityState.DAMAGED
    capsys.readouterr()
    assert main(["info"]) == outcome.EXIT_USER
    assert "rekisteri recover" in capsys.readouterr().err
    assert main(["recover", "--yes"]) == 0
    assert main(["info"]) == 0
    assert "20" in capsys.readouterr().out


def test_zero_byte_file_without_backups_is_a_new_register(tmp_path: Path) -> None:
    db = tmp_path / "uusi.sqlite"
    db.write_bytes(b"")
    assert check_integrity(db).state is IntegrityState.MISSING


def test_injected_read_only_folder(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Root ignores permission bits, so the fault is injected where the backup is written."""
    import rekisteri.core.db.backups as backups

    def read_only(_source: Path, dest: Path, *_a: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(dest))

    monkeypatch.setattr(backups, "backup_to", read_only)
    assert main(["backup"]) == outcome.EXIT_USER
    err = capsys.readouterr().err
    assert "cannot be written to" in err and str(home / "backups") in err
    _clean(err)


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "mnt"
    if not try_mount(target, "size=2m"):
        pytest.skip("this machine cannot mount a tmpfs (needs root and CAP_SYS_ADMIN)")
    try:
        yield target
    finally:
        unmount(target)


def test_real_read_only_folder(mounted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = mounted / "rekisteri.sqlite"
    assert main(["--db", str(db), "demo", "--customers", "5", "--quiet"]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)
    before = sorted(p.name for p in mounted.rglob("*"))
    capsys.readouterr()
    for args in (["info"], ["recover", "--yes", "--force"], ["restore", "x", "--yes"]):
        code = main(["--db", str(db), *args])
        err = capsys.readouterr().err
        if args[0] == "restore":
            assert code == 2  # no such backup: refused before the folder matters
            continue
        assert code == outcome.EXIT_USER, (args, err)
        assert f"The folder {mounted} cannot be written to" in err, err
        _clean(err)
    assert sorted(p.name for p in mounted.rglob("*")) == before


def test_real_full_disk(mounted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = mounted / "rekisteri.sqlite"
    assert main(["--db", str(db), "demo", "--customers", "5", "--quiet"]) == 0
    filler = mounted / "filler"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    capsys.readouterr()
    assert main(["--db", str(db), "backup"]) == outcome.EXIT_USER
    err = capsys.readouterr().err
    assert "The disk is full; nothing was changed" in err
    _clean(err)
    assert not list(mounted.rglob("*.part*"))
    filler.unlink()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert main(["--db", str(db), "info"]) == 0
    shutil.disk_usage(mounted)


def test_real_processes_see_the_same(home: Path) -> None:
    folder = home / "kansio.sqlite"
    folder.mkdir()
    result = run_cli("--db", str(folder), "info")
    assert result.returncode == outcome.EXIT_USER
    assert "is a folder" in result.stderr
    _clean(result.stderr)


def _window_message(db: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str]]:
    from rekisteri.ui import application

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    return application.run(["--db", str(db)]), shown


def test_the_window_on_a_read_only_folder(mounted: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = mounted / "rekisteri.sqlite"
    assert main(["--db", str(db), "demo", "--customers", "5", "--quiet"]) == 0
    subprocess.run(["mount", "-o", "remount,ro", str(mounted)], check=True)
    code, shown = _window_message(db, monkeypatch)
    assert code == 2
    assert shown and "cannot be written to" in shown[0] and "damaged" not in shown[0]


def test_the_window_on_a_full_disk(mounted: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = mounted / "rekisteri.sqlite"
    assert main(["--db", str(db), "demo", "--customers", "5", "--quiet"]) == 0
    for backup in (mounted / "backups").glob("*"):
        backup.unlink()  # the window's start will want the day's first backup
    with open(mounted / "filler", "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    code, shown = _window_message(db, monkeypatch)
    assert code == 2
    assert shown and "The disk is full" in shown[0] and "damaged" not in shown[0]
