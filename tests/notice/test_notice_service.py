"""The notice service on a real register: drafts, facts, publish, versions, compare, output."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from rekisteri.core import demo
from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.enums import ContactKind, CustomerKind
from rekisteri.core.notice.compare import Change
from rekisteri.core.notice.document import SectionKey
from rekisteri.core.notice.templates import Processor


@pytest.fixture
def reg(register):
    register.save_controller(demo.DEMO_CONTROLLER)
    return register


def test_fresh_draft_is_filled_from_settings_and_complete(reg) -> None:
    assert not reg.notice.has_draft()
    doc = reg.notice.get_draft()
    assert doc.language == "fi"
    assert "Valokuvaamo Revontuli Tmi" in doc.find(SectionKey.CONTROLLER).body
    assert "Aino Virtanen" in doc.find(SectionKey.CONTACT_PERSON).body
    assert reg.notice.check(doc) == []
    reg.notice.save_draft(doc)
    assert reg.notice.has_draft()
    assert reg.notice.get_draft() == doc


def test_hetu_listed_only_when_some_contact_has_one(reg) -> None:
    assert "hetu" not in reg.notice.fields_in_use()
    reg.create_customer(
        CustomerInput(
            kind=CustomerKind.PERSON,
            name="Testi Henkilö",
            contacts=(
                ContactInput(
                    kind=ContactKind.PRIVATE,
                    first_name="Testi",
                    last_name="Henkilö",
                    hetu="131052-308T",
                ),
            ),
        )
    )
    assert "hetu" in reg.notice.fields_in_use()
    categories = reg.notice.get_draft().find(SectionKey.DATA_CATEGORIES)
    assert "henkilötunnus" in categories.body


def test_processors_setting_feeds_notice_and_check(reg) -> None:
    reg.notice.save_processors(
        [
            Processor(
                "Pilvi LLC", "varmuuskopiot", outside_eea=True, safeguard="vakiolausekkeet",
                agreement_link="https://pilvi.example/dpa",
            )
        ]
    )  # fmt: skip
    assert reg.get_setting("notice.processors")[0]["name"] == "Pilvi LLC"
    old = reg.notice.new_from_template("fi")
    reg.notice.save_processors(
        [
            *reg.notice.processors(),
            Processor("Tilitoimisto Oy", "kirjanpito", agreement_location="Sopimuskansio"),
        ]
    )
    findings = reg.notice.check(old)
    assert [f.code for f in findings] == ["processor_absent"]
    fresh = reg.notice.refresh_from_register(old)
    assert reg.notice.check(fresh) == []
    assert "Tilitoimisto Oy: kirjanpito" in fresh.find(SectionKey.RECIPIENTS_PROCESSORS).body


def test_publish_freezes_versions_and_compare_shows_changes(reg, clock) -> None:
    import datetime as dt

    doc = reg.notice.get_draft()
    v1 = reg.notice.publish(doc)
    assert (v1.number, v1.language, v1.published_on) == (1, "fi", dt.date(2026, 11, 22))
    _, frozen = reg.notice.get_version(v1.id)
    assert frozen.content_hash() == v1.content_hash
    assert "22.11.2026" in frozen.find(SectionKey.LAST_UPDATED).body

    clock.set(dt.date(2027, 3, 1))
    draft = reg.notice.get_draft()
    security = draft.find(SectionKey.SECURITY)
    draft = draft.with_body(security.id, security.body + " Levy on salattu.")
    v2 = reg.notice.publish(draft)
    assert v2.number == 2 and v2.content_hash != v1.content_hash
    assert [v.number for v in reg.notice.versions()] == [2, 1]

    rows = reg.notice.compare(v1.id, v2.id)
    changed = {r.key for r in rows if r.change == Change.CHANGED}
    assert changed == {SectionKey.SECURITY, SectionKey.LAST_UPDATED}
    # The first version is untouched by later edits.
    _, again = reg.notice.get_version(v1.id)
    assert again == frozen
    actions = [a.action for a in reg.audit_log(action_prefix="notice.")]
    assert actions.count("notice.published") == 2


def test_language_setting_and_drafts_per_language(reg) -> None:
    reg.notice.set_language("sv")
    assert reg.notice.language() == "sv"
    doc = reg.notice.get_draft()
    assert doc.title == "Dataskyddsbeskrivning"
    reg.notice.save_draft(doc)
    assert reg.notice.get_draft("fi").language == "fi"
    with pytest.raises(ValueError):
        reg.notice.set_language("de")


def test_export_writes_pdf_and_html_and_logs(reg, tmp_path) -> None:
    v = reg.notice.publish()
    pdf_path = tmp_path / "seloste.pdf"
    reg.notice.export(pdf_path, "pdf", version_id=v.id)
    text = PdfReader(io.BytesIO(pdf_path.read_bytes())).pages[0].extract_text()
    assert "Valokuvaamo Revontuli Tmi" in text and "Versio 1, julkaistu 22.11.2026" in text
    # Right after publishing, the draft *is* version 1: its export says so, never "Luonnos".
    html_path = tmp_path / "seloste.html"
    reg.notice.export(html_path, "html")
    page = html_path.read_text(encoding="utf-8")
    assert "Versio 1, julkaistu 22.11.2026" in page and "Luonnos" not in page
    draft = reg.notice.get_draft()
    edited = draft.with_body(draft.sections[1].id, draft.sections[1].body + " Lisäys.")
    reg.notice.export(html_path, "html", doc=edited)
    assert "Luonnos 22.11.2026" in html_path.read_text(encoding="utf-8")
    assert [a.summary for a in reg.audit_log(action_prefix="notice.exported")] == [
        "html",
        "html",
        "pdf",
    ]


def test_a_notice_with_an_empty_email_cannot_be_published(reg) -> None:
    from dataclasses import replace

    from rekisteri.core.errors import RekisteriError
    from rekisteri.core.notice.check import Severity

    reg.save_controller(replace(reg.get_controller(), email="", contact_person_email=""))
    doc = reg.notice.new_from_template("fi")
    errors = [f for f in reg.notice.check(doc) if f.severity == Severity.ERROR]
    assert {f.setting for f in errors} >= {"controller.email"}
    with pytest.raises(RekisteriError) as exc:
        reg.notice.publish(doc)
    assert "e-mail" in exc.value.render()
    assert reg.notice.versions() == []


def test_import_text_uses_register_rules(reg) -> None:
    result = reg.notice.import_text(
        "# Rekisterinpitäjä\n\nFirma\n\n# Rekisterin nimi\n\nAsiakkaat\n"
    )
    assert [s.key for s in result.document.sections] == [
        SectionKey.CONTROLLER,
        SectionKey.REGISTER_NAME,
    ]
    assert SectionKey.RIGHTS in result.missing
    assert not reg.notice.has_draft()  # nothing stored before the user confirms


def test_check_warns_when_data_section_omits_a_held_field(reg) -> None:
    doc = reg.notice.get_draft()
    reg.create_customer(
        CustomerInput(
            kind=CustomerKind.PERSON,
            name="Testi Henkilö",
            contacts=(ContactInput(kind=ContactKind.PRIVATE, first_name="T", hetu="131052-308T"),),
        )
    )
    findings = reg.notice.check(doc)  # written before anyone had a henkilötunnus
    assert [(f.code, f.message.params["field"]) for f in findings] == [
        ("category_absent", "henkilötunnus")
    ]
    assert reg.notice.check(reg.notice.refresh_from_register(doc)) == []


def test_a_swedish_notice_never_shows_the_finnish_register_name(reg, tmp_path) -> None:
    from dataclasses import replace

    reg.save_controller(replace(reg.get_controller(), register_name="Asiakasrekisteri"))
    html = reg.notice.render_html(reg.notice.new_from_template("sv"))
    assert "Asiakasrekisteri" not in html
    reg.save_controller(replace(reg.get_controller(), register_name_sv="Kundregister"))
    doc = reg.notice.new_from_template("sv")
    assert doc.find(SectionKey.REGISTER_NAME).body == "Kundregister"
    assert "Kundregister" in reg.notice.render_html(doc)
    assert "Asiakasrekisteri" in reg.notice.render_html(reg.notice.new_from_template("fi"))
