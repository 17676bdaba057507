"""Phone numbers in the notice read the way the notice's reader writes them, not as E.164."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

import pytest
from pypdf import PdfReader

from rekisteri.core import demo
from rekisteri.core.formats import format_phone
from rekisteri.core.notice.document import SectionKey


@pytest.mark.parametrize(
    ("number", "lang", "expected"),
    [
        ("+358405005634", "fi", "040 5005634"),
        ("+358405005634", "sv", "040 5005634"),
        ("+358405005634", "en", "+358 40 5005634"),
        ("+35891234567", "fi", "09 1234567"),
        ("+35891234567", "en", "+358 9 1234567"),
        ("+46701234567", "fi", "+46 70 123 45 67"),
        ("+46701234567", "en", "+46 70 123 45 67"),
        ("", "fi", ""),
        ("soita toimistoon", "en", "soita toimistoon"),
    ],
)
def test_format_phone_by_document_language(number: str, lang: str, expected: str) -> None:
    assert format_phone(number, lang) == expected


@pytest.fixture
def controller_register(register):
    settings = replace(
        demo.DEMO_CONTROLLER, phone="+358405005634", contact_person_phone="+358501112233"
    )
    register.save_controller(settings)
    return register


@pytest.mark.parametrize(
    ("lang", "office", "person"),
    [
        ("fi", "Puhelin: 040 5005634", "Puhelin: 050 1112233"),
        ("sv", "Telefon: 040 5005634", "Telefon: 050 1112233"),
        ("en", "Phone: +358 40 5005634", "Phone: +358 50 1112233"),
    ],
)
def test_notice_prints_readable_phones(controller_register, lang, office, person) -> None:
    doc = controller_register.notice.new_from_template(lang)
    controller = doc.find(SectionKey.CONTROLLER).body
    contact = doc.find(SectionKey.CONTACT_PERSON).body
    assert office in controller.splitlines()
    assert person in contact.splitlines()
    assert "+358405005634" not in controller and "+358501112233" not in contact

    pdf = controller_register.notice.render_pdf(doc)
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    assert office in text and person in text
    assert "+358405005634" not in text
    assert office in controller_register.notice.render_html(doc)


def test_update_from_register_rewrites_an_old_e164_phone(controller_register) -> None:
    """A draft saved before phones were formatted gets the readable form on refresh."""
    service = controller_register.notice
    doc = service.new_from_template("fi")
    section = doc.find(SectionKey.CONTROLLER)
    old = doc.with_body(section.id, section.body.replace("040 5005634", "+358405005634"))
    assert "+358405005634" in old.find(SectionKey.CONTROLLER).body
    fresh = service.refresh_from_register(old)
    assert "Puhelin: 040 5005634" in fresh.find(SectionKey.CONTROLLER).body


def test_a_draft_stored_with_e164_phones_reads_readably(controller_register) -> None:
    service = controller_register.notice
    doc = service.new_from_template("en")
    section = doc.find(SectionKey.CONTROLLER)
    old_body = section.body.replace("+358 40 5005634", "+358405005634") + "\nOr +358405005634."
    service.save_draft(doc.with_body(section.id, old_body))
    body = service.get_draft("en").find(SectionKey.CONTROLLER).body
    assert "+358405005634" not in body
    assert body.count("+358 40 5005634") == 2
