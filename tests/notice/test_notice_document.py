"""The notice document: edits, serialisation, content hash and markup."""

from __future__ import annotations

from rekisteri.core.notice.document import NoticeDocument, Section, SectionKey
from rekisteri.core.notice.markup import BulletList, Paragraph, body_to_html, parse_blocks
from rekisteri.core.notice.templates import build_notice


def test_json_round_trip_keeps_everything(facts) -> None:
    doc = build_notice("fi", facts)
    doc = doc.inserted(3, Section(SectionKey.CUSTOM, "Evästeet", "Sivusto käyttää **evästeitä**."))
    again = NoticeDocument.from_json(doc.to_json())
    assert again == doc
    assert again.content_hash() == doc.content_hash()


def test_hash_follows_text_not_ids(facts) -> None:
    a = build_notice("fi", facts)
    b = build_notice("fi", facts)
    assert [s.id for s in a.sections] != [s.id for s in b.sections]
    assert a.content_hash() == b.content_hash()
    first = a.sections[0]
    edited = a.with_body(first.id, first.body + " ")
    assert edited.content_hash() != a.content_hash()


def test_custom_section_moves_and_goes(facts) -> None:
    doc = build_notice("en", facts)
    custom = Section(SectionKey.CUSTOM, "Cookies", "We use no cookies.")
    doc = doc.inserted(len(doc.sections), custom)
    doc = doc.moved(custom.id, -2)
    assert doc.sections[-3].id == custom.id
    doc = doc.moved(custom.id, -100)
    assert doc.sections[0].id == custom.id
    doc = doc.removed(custom.id)
    assert all(s.id != custom.id for s in doc.sections)


def test_markup_paragraphs_bullets_bold() -> None:
    blocks = parse_blocks("Eka rivi\ntoka rivi\n\n- yksi **lihava**\n- kaksi\n  jatkuu\n\nLoppu")
    assert isinstance(blocks[0], Paragraph)
    assert "".join(s.text for s in blocks[0].spans) == "Eka rivi\ntoka rivi"
    assert isinstance(blocks[1], BulletList)
    assert len(blocks[1].items) == 2
    assert blocks[1].items[0][1].bold and blocks[1].items[0][1].text == "lihava"
    assert "".join(s.text for s in blocks[1].items[1]) == "kaksi jatkuu"
    html = body_to_html("A < B & **C**\n\n- x")
    assert "A &lt; B &amp; <strong>C</strong>" in html
    assert "<ul><li>x</li></ul>" in html


def test_template_filled_from_register(facts) -> None:
    doc = build_notice("fi", facts)
    assert doc.language == "fi"
    controller = doc.find(SectionKey.CONTROLLER)
    assert controller is not None
    assert "Valokuvaamo Äijälä Tmi" in controller.body
    assert "Y-tunnus: 1234567-8" in controller.body
    retention = doc.find(SectionKey.RETENTION)
    assert retention is not None
    assert "- Asiakassuhde: 5 vuotta viimeisestä yhteydenotosta" in retention.body
    assert "anonymisoidaan" in retention.body
    assert "Vanha sääntö" not in retention.body  # disabled rules are not promised
    assert "30 päivän" in retention.body
    transfers = doc.find(SectionKey.TRANSFERS)
    assert transfers is not None
    assert "Postiljooni Mail Inc.: EU:n komission vakiolausekkeet" in transfers.body
    categories = doc.find(SectionKey.DATA_CATEGORIES)
    assert categories is not None
    assert "- sähköpostiosoite" in categories.body
    assert "henkilötunnus" not in categories.body
    assert "{" not in doc.full_text()
    for lang in ("sv", "en"):
        other = build_notice(lang, facts)
        assert "{" not in other.full_text()
        assert "Valokuvaamo Äijälä Tmi" in other.full_text()
