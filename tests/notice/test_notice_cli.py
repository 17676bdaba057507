"""`rekisteri notice ...` end to end on a register file."""

from __future__ import annotations

import io

from pypdf import PdfReader

from rekisteri.cli import main
from rekisteri.core import demo
from rekisteri.core.register import Register


def _setup(db_path) -> None:
    register = Register.open(db_path, actor="t")
    register.save_controller(demo.DEMO_CONTROLLER)
    register.close()


def test_pdf_html_check_and_import(db_path, tmp_path, capsys) -> None:
    _setup(db_path)
    out = tmp_path / "seloste.pdf"
    assert main(["--db", str(db_path), "notice", "pdf", str(out), "--lang", "sv"]) == 0
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "Dataskyddsbeskrivning" in text and "Valokuvaamo Revontuli Tmi" in text
    html = tmp_path / "seloste.html"
    assert main(["--db", str(db_path), "notice", "html", str(html)]) == 0
    assert "<h1>Valokuvaamo Revontuli Tmi</h1>" in html.read_text(encoding="utf-8")

    assert main(["--db", str(db_path), "notice", "check"]) == 0
    assert "covers every required item" in capsys.readouterr().out

    old = tmp_path / "vanha.txt"
    old.write_text(
        "TIETOSUOJASELOSTE\n\nHenkilötietolain (523/1999) mukainen\n\n"
        "1. Rekisterinpitäjä\n\nFirma Oy\n\n2. Rekisterin nimi\n\nAsiakasrekisteri\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db_path), "notice", "import", str(old), "--save"]) == 0
    printed = capsys.readouterr().out
    assert "Rekisterinpitäjä  ->  controller" in printed
    assert "523/1999" in printed
    assert main(["--db", str(db_path), "notice", "check"]) == 1
    assert "Missing: Retention." in capsys.readouterr().out
