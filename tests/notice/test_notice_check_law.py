"""What the notice says, checked against the law: hollow text, bases, old law, promises."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rekisteri.core.notice.check import Severity, blocking, check_notice
from rekisteri.core.notice.document import SectionKey
from rekisteri.core.notice.templates import ControllerFacts, build_notice
from rekisteri.core.notice.words import mentions

FULL = ControllerFacts(
    business_name="Kuvaamo Aalto Tmi",
    business_id="1234567-1",
    street="Torikatu 3",
    postcode="60100",
    city="Seinäjoki",
    phone="+358401234567",
    email="kuvaamo@example.fi",
    contact_person_name="Aino Aalto",
)


def _check(doc, controller=FULL, encrypted=None):
    return check_notice(doc, controller=controller, encrypted=encrypted)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_template_with_complete_settings_has_nothing_to_fix(facts, language) -> None:
    doc = build_notice(language, replace(facts, controller=FULL))
    findings = _check(doc)
    assert [f for f in findings if f.severity != Severity.RECOMMENDED] == []
    assert doc.find(SectionKey.DIRECT_MARKETING) is not None


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_cleared_email_is_one_error_naming_the_setting(facts, language) -> None:
    empty = replace(FULL, email="")
    doc = build_notice(language, replace(facts, controller=empty))
    errors = blocking(_check(doc, empty))
    assert [(f.code, f.setting) for f in errors] == [("hollow_setting", "controller.email")]
    assert "e-mail" in errors[0].message.render()


def test_a_blank_left_in_the_text_is_an_error_even_without_settings(facts) -> None:
    doc = build_notice("fi", replace(facts, controller=replace(FULL, email="")))
    errors = blocking(check_notice(doc))
    assert errors and {f.code for f in errors} == {"hollow_text"}
    assert any("osoittee" in f.message.render() for f in errors)


def test_the_direct_marketing_objection_needs_its_own_section(facts) -> None:
    doc = build_notice("sv", replace(facts, controller=FULL))
    section = doc.find(SectionKey.DIRECT_MARKETING)
    assert section.title == "Rätt att förbjuda direktmarknadsföring"
    missing = [f for f in _check(doc.removed(section.id)) if f.severity == Severity.MISSING]
    assert [f.section_key for f in missing] == [SectionKey.DIRECT_MARKETING]


def test_old_practice_items_are_recommended_not_required(facts) -> None:
    doc = build_notice("fi", replace(facts, controller=FULL))
    for key in (SectionKey.REGISTER_NAME, SectionKey.SECURITY, SectionKey.CONTACT_PERSON):
        doc = doc.removed(doc.find(key).id)
    found = _check(doc)
    assert {f.section_key for f in found} == {
        SectionKey.REGISTER_NAME,
        SectionKey.SECURITY,
        SectionKey.CONTACT_PERSON,
    }
    assert {f.severity for f in found} == {Severity.RECOMMENDED}


# (text put into a section, the section, the finding code expected or None)
TEXTS = [
    ("Rekisteri perustuu henkilötietolakiin.", SectionKey.PURPOSES_LEGAL_BASIS, "repealed_law"),
    ("Henkilötietolain 10 §:n mukainen seloste.", SectionKey.CONTROLLER, "repealed_law"),
    ("Noudatamme henkilötietolaissa säädettyä.", SectionKey.SECURITY, "repealed_law"),
    ("Enligt personuppgiftslagen.", SectionKey.CONTROLLER, "repealed_law"),
    ("Käsittely perustuu asialliseen yhteyteen.", SectionKey.LEGITIMATE_INTERESTS,
     "old_law_basis"),
    ("- asiakassuhteen hoito: sopimus\n- uutiskirje", SectionKey.PURPOSES_LEGAL_BASIS,
     "purpose_no_basis"),
    ("- asiakassuhteen hoito: sopimus\n- uutiskirje: suostumus",
     SectionKey.PURPOSES_LEGAL_BASIS, None),
    ("Varmuuskopiot salataan.", SectionKey.SECURITY, "encryption_promise"),
    ("Säkerhetskopiorna är krypterade.", SectionKey.SECURITY, "encryption_promise"),
    ("Tietokone on suojattu salasanalla.", SectionKey.SECURITY, None),
    ("Emme siirrä tietoja EU:n ulkopuolelle.", SectionKey.TRANSFERS, None),
    ("Uppgifterna lämnas inte ut utanför EU.", SectionKey.TRANSFERS, None),
    ("Tietoja ei luovuteta EU:n ulkopuolelle.", SectionKey.TRANSFERS, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "key", "code"), TEXTS)
def test_what_the_text_says(facts, text: str, key: SectionKey, code: str | None) -> None:
    doc = build_notice("fi", replace(facts, controller=FULL))
    section = doc.find(key)
    doc = doc.with_body(section.id, text)
    codes = {f.code for f in _check(doc, encrypted=False) if f.section_id == section.id}
    codes.discard("recommended")
    if code is None:
        assert codes == set(), codes
    else:
        assert code in codes


@pytest.mark.parametrize("encrypted", [True, False])
def test_the_security_sentence_follows_the_settings(facts, encrypted: bool) -> None:
    doc = build_notice("fi", replace(facts, controller=FULL, encrypted=encrypted))
    body = doc.find(SectionKey.SECURITY).body
    assert ("salattu" in body) is encrypted
    assert "encryption_promise" not in {f.code for f in _check(doc, encrypted=encrypted)}


def test_a_processor_abroad_without_safeguard_blocks_publishing(facts) -> None:
    from rekisteri.core.notice.templates import Processor

    abroad = (Processor("Postituspalvelu Inc", "uutiskirje", outside_eea=True),)
    doc = build_notice("fi", replace(facts, controller=FULL, processors=abroad))
    errors = blocking(check_notice(doc, processors=abroad, controller=FULL))
    assert [(f.code, f.setting) for f in errors] == [("transfer_no_safeguard", "processors")]


def test_encryption_promise_is_fine_when_encrypted(facts) -> None:
    doc = build_notice("fi", replace(facts, controller=FULL))
    section = doc.find(SectionKey.SECURITY)
    doc = doc.with_body(section.id, "Varmuuskopiot salataan.")
    assert "encryption_promise" not in {f.code for f in _check(doc, encrypted=True)}


# Words are matched as words of their language, inflection included.
WORDS = [
    ("Käsittelemme nimeä ja sähköpostiosoitetta.", "nimi", "fi", True),
    ("Nimet ja osoitteet.", "nimi", "fi", True),
    ("Kerromme henkilötunnuksen käytöstä.", "henkilötunnus", "fi", True),
    ("Käsittelyn oikeusperuste on sopimus.", "oikeudet", "fi", False),
    ("Nimikkeet", "nimi", "fi", True),
    ("Vi behandlar namnet och adresserna.", "adress", "sv", True),
    ("Telefonnumret sparas.", "telefonnummer", "sv", True),
    ("Vi sparar e-post.", "telefonnummer", "sv", False),
]


@pytest.mark.parametrize(("text", "word", "lang", "found"), WORDS)
def test_words_are_matched_with_inflection(text, word, lang, found) -> None:
    assert mentions(text, word, lang) is found


def test_the_stated_suppression_period_must_match_the_setting(facts) -> None:
    doc = build_notice("sv", replace(facts, controller=FULL, suppression_years=5))
    assert not [f for f in _check(doc) if f.code == "suppression_period"]
    found = check_notice(doc, controller=FULL, suppression_years=8)
    assert [(f.code, f.setting) for f in found if f.code == "suppression_period"] == [
        ("suppression_period", "retention.suppression_years")
    ]


def test_a_transfer_the_text_denies_is_an_error(facts) -> None:
    from rekisteri.core.notice.templates import Processor

    abroad = (Processor("Postipalvelu Inc", "uutiskirje", True, "vakiosopimuslausekkeet"),)
    doc = build_notice("fi", replace(facts, controller=FULL, processors=()))
    errors = blocking(check_notice(doc, processors=abroad, controller=FULL))
    assert [f.code for f in errors] == ["transfer_not_named"]


def test_an_empty_phone_or_contact_person_is_hollow(facts) -> None:
    for name in ("phone", "contact_person_name"):
        empty = replace(FULL, **{name: ""})
        doc = build_notice("fi", replace(facts, controller=empty))
        assert [f.setting for f in blocking(_check(doc, empty))] == [f"controller.{name}"]
