"""Letters say what the law asks them to: a refusal names the complaint and the court."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from rekisteri.core.requests.dto import RequestInput
from rekisteri.core.requests.kinds import RequestStatus

REMEDY = {
    "fi": ("tietosuojavaltuutetulle", "tuomioistuimen", "tietosuoja.fi"),
    "sv": ("dataombudsmannen", "domstol", "tietosuoja.fi/sv"),
    "en": ("Data Protection Ombudsman", "judicial remedy", "tietosuoja.fi/en"),
}


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(p.extract_text() for p in pages).split())


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_refusal_names_the_complaint_and_the_judicial_remedy(register, lang: str) -> None:
    """GDPR Art 12(4): without delay, the reasons, the complaint right and a judicial remedy."""
    r = register.requests.log(
        RequestInput(
            kind="erasure",
            person_name="Aino Virtanen",
            language=lang,
            received_on=dt.date(2026, 11, 2),
        )
    )
    register.requests.close(r.id, RequestStatus.REFUSED, "Henkilöllisyys ei varmistunut.")
    text = _text(register.requests.letter(r.id, "outcome"))
    authority, court, link = REMEDY[lang]
    assert authority in text and court in text and link in text
    assert "79" in text
    assert "1 (1)" in text  # SFS 2487 page numbering


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_an_objection_letter_answers_both_kinds_of_objection(register, lang: str) -> None:
    """Art 21(2-3) direct marketing is absolute; Art 21(1) yields only to compelling grounds."""
    from rekisteri.core.requests import texts

    outcome = texts.load(lang)["letters"]["outcome"]["objection"]
    assert "21" in outcome and outcome.count("\n\n") == 1
    direct, legitimate = outcome.split("\n\n")
    assert "(2)" in direct or "21.2" in direct or "2 ja 3" in direct
    assert "(1)" in legitimate or "21.1" in legitimate or "1 kohta" in legitimate


def test_the_letter_puts_the_date_in_the_sfs_2487_date_column(demo_register, clock) -> None:
    register = demo_register
    """Sender block at the left margin, the date at 115 mm from the page's left edge."""
    r = register.requests.log(
        RequestInput(kind="access", person_name="Aino Virtanen", received_on=dt.date(2026, 11, 2))
    )
    register.requests.close(r.id, RequestStatus.REFUSED, "Ei henkilöllisyyttä.")
    page = PdfReader(io.BytesIO(register.requests.letter(r.id, "outcome"))).pages[0]
    where: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, font_dict, font_size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]  # text space → page space
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            where.setdefault(text.strip(), (x, y))

    page.extract_text(visitor_text=visit)
    mm = 72 / 25.4
    dated = [xy for text, xy in where.items() if text.endswith(str(clock.today().year))]
    assert dated, where
    x, y = dated[0]
    assert abs(x - 115 * mm) < 3 * mm
    sender_x = min(xy[0] for xy in where.values() if abs(xy[1] - y) < 4 * mm)
    assert abs(sender_x - 20 * mm) < 4 * mm  # the sender block starts at the left margin
