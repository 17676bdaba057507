"""The security commands end to end, the way a script would run them."""

from __future__ import annotations

from pathlib import Path

import pytest

from rekisteri.cli import main
from rekisteri.core.db import cipher

from .conftest import PASS


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REKISTERI_HOME", str(tmp_path))
    assert main(["demo", "--customers", "30", "--quiet"]) == 0
    return tmp_path


def test_backup_list_restore(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup"]) == 0
    [backup] = (home / "backups").glob("*.sqlite")
    assert main(["backups", "--list"]) == 0
    out = capsys.readouterr().out
    assert backup.name in out and "30" in out
    assert main(["restore", str(backup), "--yes"]) == 0
    assert "Restored: 30 customers" in capsys.readouterr().out


def test_encrypt_change_decrypt_with_files_and_env(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = home / "rekisteri.sqlite"
    pw = home / "pw.txt"
    pw.write_text(PASS + "\n")
    assert main(["encrypt", "--new-passphrase-file", str(pw)]) == 0
    assert cipher.is_encrypted(db)

    assert main(["info"]) == 2  # no passphrase, no terminal: refused, no traceback
    assert "encrypted" in capsys.readouterr().err
    monkeypatch.setenv("REKISTERI_PASSPHRASE", "väärä salasana")
    assert main(["info"]) == 2
    assert "passphrase is wrong" in capsys.readouterr().err

    monkeypatch.setenv("REKISTERI_PASSPHRASE", PASS)
    monkeypatch.setenv("REKISTERI_NEW_PASSPHRASE", "toinen salasana")
    assert main(["passphrase"]) == 0
    monkeypatch.delenv("REKISTERI_PASSPHRASE")
    pw.write_text("toinen salasana")
    assert main(["--passphrase-file", str(pw), "decrypt"]) == 0
    assert not cipher.is_encrypted(db)
    assert main(["info"]) == 0
    assert "30" in capsys.readouterr().out


def test_damaged_register_points_to_recover(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup"]) == 0
    db = home / "rekisteri.sqlite"
    db.write_bytes(b"\x00garbage" * 1000)
    for leftover in ("-wal", "-shm"):
        Path(f"{db}{leftover}").unlink(missing_ok=True)
    assert main(["info"]) == 2
    assert "rekisteri recover" in capsys.readouterr().err
    assert main(["check"]) == 1
    assert main(["recover"]) == 1  # no terminal and no --yes: nothing done
    assert db.read_bytes().startswith(b"\x00garbage")
    assert main(["recover", "--yes"]) == 0
    assert list(home.glob("rekisteri.sqlite.damaged-*"))
    assert main(["check"]) == 0
