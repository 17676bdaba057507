"""`rekisteri breach list`: the log and its clock from the command line."""

from __future__ import annotations

import dataclasses

from breach_support import hki, stolen_laptop

from rekisteri.cli import main
from rekisteri.core.breaches.dto import DecisionInput


def test_breach_list_shows_stage_times_and_an_overdue_clock(register, capsys) -> None:
    old = register.breaches.log(stolen_laptop(hki(2020, 3, 27, 10, 0)))  # long overdue
    done = register.breaches.log(
        dataclasses.replace(stolen_laptop(hki(2020, 1, 2, 9, 0)), description="Väärä lista")
    )
    register.breaches.decide(done.id, DecisionInput("none", "Only business addresses."))
    register.breaches.close(done.id)

    assert main(["--db", str(register.db.path), "breach", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    line = lines[0]
    assert line.split()[0] == str(old.id)
    assert "Assess the risk" in line and "OVERDUE" in line
    assert "aware 27 Mar 2020, 10:00" in line and "deadline 30 Mar 2020, 11:00" in line
    assert "Kannettava tietokone varastettiin junassa." in line

    assert main(["--db", str(register.db.path), "breach", "list", "--all"]) == 0
    out = capsys.readouterr().out
    assert (
        "Closed" in out and "A risk to people's rights is unlikely" in out and "Väärä lista" in out
    )


def test_breach_list_when_there_is_none(register, capsys) -> None:
    assert main(["--db", str(register.db.path), "breach", "list"]) == 0
    assert capsys.readouterr().out.strip() == "No open breaches."
