"""The import and export subcommands, end to end on a register file."""

from __future__ import annotations

from pathlib import Path

import pytest

from rekisteri.cli import main
from rekisteri.core.register import Register

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    Register.open(path).close()
    return path


def _counts(path: Path):  # type: ignore[no-untyped-def]
    register = Register.open(path)
    try:
        return register.counts()
    finally:
        register.close()


def test_dry_run_writes_nothing(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(db_file), "import", str(FIXTURES / "google.csv"), "--dry-run"])
    assert code == 0
    out = capsys.readouterr().out
    assert "New contacts to add:     3" in out and "nothing was written" in out
    assert _counts(db_file).customers == 0


def test_import_refuses_without_a_terminal_or_yes(
    db_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--db", str(db_file), "import", str(FIXTURES / "outlook.csv")]) == 2
    assert "--yes" in capsys.readouterr().err
    assert _counts(db_file).customers == 0


def test_import_yes_then_export(db_file: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["--db", str(db_file), "import", str(FIXTURES / "contacts_v30.vcf"), "--yes"]
    assert main([*args, "--status", "active"]) == 0
    assert _counts(db_file).contacts == 1
    register = Register.open(db_file)
    assert register.list_customers().rows[0].status == "active"
    register.close()
    out = tmp_path / "lista.csv"
    # The imported business contact is reached about their work (917/2014 § 201), which the
    # user states with --about-role; nothing widens the list by default.
    export = ["--db", str(db_file), "export", "mailing", "--channel", "email", str(out)]
    assert main(export) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # the header alone
    assert main([*export, "--about-role"]) == 0
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("liisa.nieminen@")
    assert main(["--db", str(db_file), "export", "register", str(tmp_path / "r.json")]) == 0
    assert (tmp_path / "r.json").exists()


def test_bad_file_is_one_clear_line(db_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["--db", str(db_file), "import", str(FIXTURES / "binary_contacts.xlsx"), "--yes"])
    assert code == 2
    assert "not a text file" in capsys.readouterr().err
