"""The record of processing (Art. 30) on a real register: built from the notice's facts,
equal to what the notice says item by item, versioned, written as PDF and HTML."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from rekisteri.core import demo
from rekisteri.core.errors import ValidationError
from rekisteri.core.notice.document import SectionKey
from rekisteri.core.notice.markup import BulletList, parse_blocks
from rekisteri.core.notice.templates import Processor
from rekisteri.core.record.document import OwnActivity, RecordDocument

PROCESSORS = [
    Processor(
        "Tilitoimisto Numero Oy",
        "kirjanpito",
        data_categories="laskutustiedot",
        country="Suomi",
        agreement_signed=dt.date(2024, 3, 1),
        agreement_location="Sopimuskansio",
        review_on=dt.date(2027, 3, 1),
    ),
    Processor(
        "Postiljooni Mail Inc.",
        "uutiskirjeen lähetys",
        outside_eea=True,
        safeguard="EU:n komission vakiolausekkeet",
        country="Yhdysvallat",
        agreement_link="https://postiljooni.example/dpa",
    ),
]


@pytest.fixture
def reg(register):
    register.save_controller(demo.DEMO_CONTROLLER)
    register.notice.save_processors(PROCESSORS)
    return register


def _bullets(body: str) -> list[str]:
    return [
        " ".join("".join(span.text for span in item).split())
        for block in parse_blocks(body)
        if isinstance(block, BulletList)
        for item in block.items
    ]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_record_says_what_the_notice_says_item_by_item(reg, language) -> None:
    notice = reg.notice.get_draft(language)
    record = reg.record.build(language)
    (register_activity,) = record.activities
    # Purposes: the notice's list, entry for entry, in the same order.
    purposes = _bullets(notice.find(SectionKey.PURPOSES_LEGAL_BASIS).body)
    assert len(purposes) >= 5
    assert list(register_activity.purposes) == purposes
    # Categories of data: the notice's data section lists exactly these.
    categories = _bullets(notice.find(SectionKey.DATA_CATEGORIES).body)
    assert list(register_activity.data_categories) == categories
    # Recipients: each processor the notice names, in the same order, then the authorities.
    named = [
        line.split(":")[0] for line in _bullets(notice.find(SectionKey.RECIPIENTS_PROCESSORS).body)
    ]
    assert named == ["Tilitoimisto Numero Oy", "Postiljooni Mail Inc."]
    assert [line.split(":")[0] for line in register_activity.recipients[:-1]] == named
    # Transfers: the providers outside the EEA with the same safeguard.
    transfers = _bullets(notice.find(SectionKey.TRANSFERS).body)
    assert transfers == ["Postiljooni Mail Inc.: EU:n komission vakiolausekkeet"]
    (transfer,) = register_activity.transfers
    assert transfer.startswith("Postiljooni Mail Inc. (Yhdysvallat)")
    assert transfer.endswith("EU:n komission vakiolausekkeet")
    # Retention: every rule line of the notice, the same words.
    retention = _bullets(notice.find(SectionKey.RETENTION).body)
    assert retention and list(register_activity.retention[: len(retention)]) == retention
    # The controller block is the notice's.
    controller_body = notice.find(SectionKey.CONTROLLER).body
    assert "\n".join(record.controller) == controller_body


def test_record_follows_the_settings(reg) -> None:
    reg.notice.save_processors([*PROCESSORS, Processor("Pilvi Oy", "varmuuskopiot")])
    record = reg.record.build("fi")
    recipients = record.activities[0].recipients
    assert recipients[2].startswith("Pilvi Oy: varmuuskopiot")
    assert "käsittelysopimusta ei ole kirjattu" in recipients[2]
    assert "sopimus allekirjoitettu 1.3.2024" in recipients[0]
    assert "seuraava tarkistus 1.3.2027" in recipients[0]
    assert record.business_name == demo.DEMO_CONTROLLER.business_name
    assert any("salattu" in line or "ei ole salattu" in line for line in record.security)


def test_own_activities_are_stored_and_follow_the_register(reg) -> None:
    staff = OwnActivity(
        "Henkilöstöhallinto",
        purposes="palkanmaksu: lakisääteinen velvoite\ntyöterveyshuolto",
        data_subjects="työntekijät",
        data_categories="nimi\nhenkilötunnus\n- tilinumero",
        recipients="Tilitoimisto Numero Oy",
        retention="10 vuotta työsuhteen päättymisestä",
    )
    reg.record.save_activities([staff, OwnActivity("  ")], security="Paperit lukitussa kaapissa")
    assert reg.record.activities() == [staff]
    record = reg.record.build("fi")
    assert [a.name for a in record.activities][1:] == ["Henkilöstöhallinto"]
    own = record.activities[1]
    assert own.own and own.data_categories == ("nimi", "henkilötunnus", "tilinumero")
    assert own.purposes == ("palkanmaksu: lakisääteinen velvoite", "työterveyshuolto")
    assert own.transfers == ("Ei siirretä: tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",)
    assert record.security[-1] == "Paperit lukitussa kaapissa"


def test_own_activity_texts_are_checked(reg) -> None:
    with pytest.raises(ValidationError) as raised:
        reg.record.save_activities([OwnActivity("Palkat\x00", purposes="x" * 3000)])
    assert set(raised.value.errors) == {"activities.0.name", "activities.0.purposes"}
    assert reg.record.activities() == []


def test_publish_keeps_versions_and_output_names_them(reg, clock, tmp_path) -> None:
    first = reg.record.publish("fi")
    assert (first.number, first.language, first.published_on) == (1, "fi", clock.today())
    reg.record.save_activities([OwnActivity("Oma kirjanpito", purposes="kirjanpito")])
    second = reg.record.publish("fi")
    assert second.number == 2
    assert reg.record.publish("sv").number == 1
    assert [v.number for v in reg.record.versions("fi")] == [2, 1]
    _, frozen = reg.record.get_version(first.id)
    assert [a.name for a in frozen.activities] == ["Asiakas- ja markkinointirekisteri"]
    assert RecordDocument.from_json(frozen.to_json()) == frozen
    # The current record equals version 2: its output says so; version 1 prints as it was.
    html = reg.record.render_html("fi")
    assert "Versio 2" in html and "Oma kirjanpito" in html
    old = reg.record.render_html(version_id=first.id)
    assert "Versio 1" in old and "Oma kirjanpito" not in old
    out = tmp_path / "seloste.pdf"
    reg.record.export(out, "pdf", "fi")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Seloste käsittelytoimista" in text
    assert "Postiljooni Mail Inc." in text and "Versio 2" in text


def test_publish_needs_a_business_name(register) -> None:
    from rekisteri.core.errors import RekisteriError

    with pytest.raises(RekisteriError):
        register.record.publish("fi")
    assert register.record.versions() == []
