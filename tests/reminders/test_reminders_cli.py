"""``rekisteri calendar OUT.ics``: the file once, or kept current with ``--keep``."""

from __future__ import annotations

from pathlib import Path

from calendar_support import by_key, events, unfolded_text

from rekisteri.cli import main
from rekisteri.core.register import Register
from rekisteri.core.requests.dto import RequestInput


def test_calendar_command_writes_the_file(register: Register, tmp_path: Path, capsys) -> None:
    r = register.requests.log(RequestInput(person_name="Matti Meikäläinen"))
    out = tmp_path / "reminders.ics"
    assert main(["--db", str(register.db.path), "calendar", str(out), "--lang", "sv"]) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and "2." in printed
    assert len(events(out)) == 2
    assert str(by_key(out, f"request-{r.id}")["SUMMARY"]).startswith("Besvara")
    assert "Meikäläinen" not in unfolded_text(out) and "Meikäläinen" not in printed
    assert register.reminders.settings().path is None  # written once, not kept
    assert register.audit_log(5, "reminders.")[0].action == "reminders.exported"


def test_calendar_command_keep(register: Register, tmp_path: Path) -> None:
    out = tmp_path / "kept.ics"
    assert main(["--db", str(register.db.path), "calendar", str(out), "--keep"]) == 0
    assert register.reminders.settings().path == out
    r = register.requests.log(RequestInput(person_name="Maija"))
    assert by_key(out, f"request-{r.id}") is not None


def test_calendar_command_into_a_missing_folder_is_one_line(
    register: Register, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "no-such-folder" / "r.ics"
    rc = main(["--db", str(register.db.path), "calendar", str(out)])
    assert rc != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("rekisteri:")
