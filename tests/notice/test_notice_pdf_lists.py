"""Notice PDF typesetting: lists keep together at page breaks; compounds hyphenate at the seam."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from rekisteri.core import demo
from rekisteri.core.reports.hyphenation import finnish_breaks
from rekisteri.core.reports.notice_pdf import _body_flowables
from rekisteri.core.reports.styles import report_styles


def test_intro_chains_to_the_first_two_items_and_the_last_two_stay_together() -> None:
    body = "Sinulla on oikeus:\n\n" + "\n".join(f"- kohta {n}" for n in range(1, 8))
    intro, *items = _body_flowables(body, report_styles("fi"))
    assert isinstance(intro, Paragraph) and intro.getKeepWithNext()
    assert [p.bulletText for p in items] == ["•"] * 7
    assert [bool(p.getKeepWithNext()) for p in items] == [1, 0, 0, 0, 0, 1, 0]


def test_paragraph_after_a_list_is_not_chained_to_it() -> None:
    parts = _body_flowables("- yksi\n- kaksi\n\nLoppu.", report_styles("fi"))
    assert [bool(p.getKeepWithNext()) for p in parts] == [True, False, False]
    assert parts[-1].bulletText is None


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_page_ends_with_a_heading_or_a_list_intro(register, lang) -> None:
    register.save_controller(demo.DEMO_CONTROLLER)
    register.clock.set(dt.date(2026, 11, 22))
    pdf = register.notice.render_pdf(register.notice.new_from_template(lang))
    pages = [p.extract_text().splitlines() for p in PdfReader(BytesIO(pdf)).pages]
    assert len(pages) >= 2
    for lines in pages[:-1]:
        last = lines[-2]  # the line before the footer
        assert not last.rstrip().endswith(":"), last
        assert not last[:1].isdigit(), last  # numbered headings start with "7. …"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("valvontaviranomaiselle", "val-von-ta-vi-ran-o-mai-selle"),
        ("yhteydenotosta", "yh-tey-den-o-tosta"),
        ("säilytysaika", "säi-ly-tys-aika"),
        ("tietosuojaseloste", "tie-to-suo-ja-se-loste"),
        ("paikallinen", "pai-kal-li-nen"),
    ],
)
def test_compounds_break_at_the_seam(word: str, expected: str) -> None:
    pieces, last = [], 0
    for i in finnish_breaks(word):
        pieces.append(word[last:i])
        last = i
    pieces.append(word[last:])
    assert "-".join(pieces) == expected
