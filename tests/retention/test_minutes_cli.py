"""The minutes PDF holds the counts and kept records; the CLI lists and applies decisions."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from retention_support import INVOICE, MEETING, D

from rekisteri.cli import main
from rekisteri.core.formats import format_date
from rekisteri.core.register import Register
from rekisteri.core.retention import ReviewDecision


def _text(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())  # table cells wrap wherever the column ends


@pytest.mark.parametrize(
    ("lang", "title", "deleted"),
    [
        ("fi", "pöytäkirja", "Poistettu"),
        ("sv", "protokoll", "Raderade"),
        ("en", "minutes", "Deleted"),
    ],
)
def test_minutes_hold_counts_rules_and_kept_records(
    register: Register, mk, lang: str, title: str, deleted: str
) -> None:
    a = mk("Vanha A Oy", events=[(D(2019, 2, 3), MEETING, "")])
    b = mk("Vanha B Oy", events=[(D(2019, 3, 3), MEETING, "")])
    c = mk("Vanha C Oy", events=[(D(2019, 4, 3), MEETING, "")])
    kept = mk("Pidettävä Oy", events=[(D(2019, 5, 3), MEETING, "")])
    booked = mk("Laskutettu Oy", events=[(D(2021, 5, 15), INVOICE, "2021-014")])
    decisions = [
        ReviewDecision("customer", a, "delete"),
        ReviewDecision("customer", b, "delete"),
        ReviewDecision("customer", c, "anonymise"),
        ReviewDecision("customer", kept, "keep", "takuuaika", D(2028, 6, 30)),
        ReviewDecision("customer", booked, "delete"),
    ]
    out = register.retention.apply(decisions, lang=lang)
    assert out.review_id is not None
    text = _text(register.retention.minutes_pdf(out.review_id))
    assert title in text, text
    assert re.search(rf"{deleted} 2 ", text), text
    assert "Pidettävä Oy" in text and "takuuaika" in text
    assert format_date(D(2028, 6, 30), lang) in text
    assert format_date(D(2027, 12, 31), lang) in text  # vouchers of 2021: six years
    assert "Laskutettu Oy" in text and "2021-014" in text
    assert "Vanha A Oy" not in text  # erased people are not named, not even in the minutes
    assert format_date(D(2027, 11, 22), lang) in text  # next review
    assert format_date(D(2026, 12, 22), lang) in text  # when the pre-review backup goes
    history = register.retention.reviews()
    assert history[0].deleted == 3 and history[0].anonymised == 1 and history[0].kept == 1


def test_cli_lists_and_applies(register: Register, mk, db_arg: str, tmp_path: Path, capsys) -> None:
    old = mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    mk("Tuore Oy", events=[(D(2026, 2, 3), MEETING, "")])
    db = db_arg
    register.close()
    assert main(["--db", db, "review", "--list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["id"], r["suggested"]) for r in rows] == [("customer", old, "delete")]
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps([{"kind": "customer", "id": old, "action": "delete"}]))
    assert main(["--db", db, "review", "--apply", str(decisions), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"] == {"deleted": 1}
    minutes = tmp_path / "minutes.pdf"
    assert main(["--db", db, "review", "--apply", str(decisions), "--minutes", str(minutes)]) == 0
    assert "deleted: 1" in capsys.readouterr().out
    assert "Poistettu" in _text(minutes.read_bytes())
    assert main(["--db", db, "review", "--list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"kind": "customer", "id": old, "action": "keep"}]))
    assert main(["--db", db, "review", "--apply", str(bad)]) == 2


def test_cli_status_says_when_the_next_review_is(
    register: Register, mk, db_arg: str, capsys
) -> None:
    mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    db = db_arg
    register.close()
    assert main(["--db", db, "review", "--status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["past_due"] == 1 and status["last_review_on"] is None
    assert status["review_due"] is False and status["next_review_on"]
