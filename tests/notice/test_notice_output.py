"""PDF and HTML output of the notice."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from rekisteri.core.notice.document import Section, SectionKey
from rekisteri.core.notice.markup import plain_text
from rekisteri.core.notice.render_html import render_notice_html
from rekisteri.core.notice.templates import build_notice
from rekisteri.core.reports.hyphenation import finnish_breaks
from rekisteri.core.reports.notice_pdf import render_notice_pdf, version_label

SPECIAL = "Hinta 5 € – ”lainaus” “näin” ja åäö ÅÄÖ sekä henkilötietojenkäsittelysopimusmallipohja."


def _squash(text: str) -> str:
    """Text without the layout: no white space, hyphens (line breaks add them) or bullets."""
    return re.sub(r"[\s\-\u00ad•]", "", text)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_pdf_holds_every_heading_and_body_in_order(language, facts) -> None:
    doc = build_notice(language, facts)
    doc = doc.inserted(4, Section(SectionKey.CUSTOM, "Evästeet “verkossa”", SPECIAL))
    footer = version_label(language, date(2026, 11, 22), date(2026, 11, 22))
    pdf = render_notice_pdf(doc, "Valokuvaamo Äijälä Tmi", "Asiakasrekisteri", footer)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    pages = [page.extract_text() for page in reader.pages]
    label = {"fi": "Sivu {} / {}", "sv": "Sida {} / {}", "en": "Page {} of {}"}[language]
    for number, page_text in enumerate(pages, start=1):
        assert f"Valokuvaamo Äijälä Tmi · {footer}" in page_text
        assert label.format(number, len(pages)) in page_text
    # The footer is drawn last on each page; leave it out of the running text.
    footer_lines = {f"Valokuvaamo Äijälä Tmi · {footer}"} | {
        label.format(n, len(pages)) for n in range(1, len(pages) + 1)
    }
    text = "\n".join(
        "\n".join(line for line in page_text.splitlines() if line.strip() not in footer_lines)
        for page_text in pages
    )
    assert "Valokuvaamo Äijälä Tmi" in text
    assert "€ – ”lainaus” “näin” ja åäö ÅÄÖ" in text
    flat = _squash(text)
    pos = 0
    for number, section in enumerate(doc.sections, start=1):
        for part in (f"{number}.{section.title}", plain_text(section.body)):
            found = flat.find(_squash(part), pos)
            assert found >= 0, f"{part!r} missing or out of order"
            pos = found + len(_squash(part))
    assert "22.11.2026" in footer or "22 November 2026" in footer


def test_finnish_hyphenation_points() -> None:
    word = "tietosuojaseloste"
    pieces = []
    last = 0
    for i in finnish_breaks(word):
        pieces.append(word[last:i])
        last = i
    pieces.append(word[last:])
    assert (
        "-".join(pieces) == "tie-to-suo-ja-se-loste"
    )  # at least three letters stay together at the end
    assert finnish_breaks("ja") == []


def test_html_page_escapes_and_lists(facts) -> None:
    doc = build_notice("fi", facts)
    doc = doc.inserted(0, Section(SectionKey.CUSTOM, "A < B", "**tärkeä** & <script>"))
    page = render_notice_html(doc, "Äijälä & Co", "Rekisteri", "Versio 22.11.2026")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="fi">' in page
    assert "<h2" in page and "1. A &lt; B</h2>" in page
    assert "<strong>tärkeä</strong> &amp; &lt;script&gt;" in page
    assert "<script>" not in page
    assert "<li>sähköpostiosoite</li>" in page
    assert "Äijälä &amp; Co" in page
