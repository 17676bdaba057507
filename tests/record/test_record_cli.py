"""`rekisteri record ...` end to end on a register file."""

from __future__ import annotations

import io

from pypdf import PdfReader

from rekisteri.cli import main
from rekisteri.core import demo
from rekisteri.core.record.document import OwnActivity
from rekisteri.core.register import Register


def _setup(db_path) -> None:
    register = Register.open(db_path, actor="t")
    register.save_controller(demo.DEMO_CONTROLLER)
    register.record.save_activities([OwnActivity("Palkanmaksu", purposes="palkat")])
    register.close()


def _text(path) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_record_pdf_in_each_language_and_html(db_path, tmp_path, capsys) -> None:
    _setup(db_path)
    out = tmp_path / "seloste.pdf"
    assert main(["--db", str(db_path), "record", "pdf", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    text = _text(out)
    assert "Seloste käsittelytoimista" in text and "Valokuvaamo Revontuli Tmi" in text
    assert "Palkanmaksu" in text and "Luonnos" in text
    sv = tmp_path / "register.pdf"
    assert main(["--db", str(db_path), "record", "pdf", str(sv), "--lang", "sv"]) == 0
    assert "Register över behandling" in _text(sv)
    html = tmp_path / "record.html"
    assert main(["--db", str(db_path), "record", "html", str(html), "--lang", "en"]) == 0
    page = html.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Record of processing activities" in page


def test_publish_then_print_the_version(db_path, tmp_path, capsys) -> None:
    _setup(db_path)
    assert main(["--db", str(db_path), "record", "publish"]) == 0
    assert "version 1" in capsys.readouterr().out
    register = Register.open(db_path, actor="t")
    try:
        (version,) = register.record.versions()
    finally:
        register.close()
    out = tmp_path / "v1.pdf"
    assert (
        main(["--db", str(db_path), "record", "pdf", str(out), "--version", str(version.id)]) == 0
    )
    assert "Versio 1" in _text(out)


def test_unknown_version_is_one_readable_line(db_path, tmp_path, capsys) -> None:
    _setup(db_path)
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db_path), "record", "pdf", str(out), "--version", "99"]) != 0
    assert not out.exists()
    assert "Traceback" not in capsys.readouterr().err
