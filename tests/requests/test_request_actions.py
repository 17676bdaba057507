import datetime as dt
from io import BytesIO

import pytest
from pypdf import PdfReader
from request_support import one_person

from rekisteri.core.dto import ConsentInput
from rekisteri.core.enums import Channel, ConsentAction, ConsentSource
from rekisteri.core.errors import ValidationError
from rekisteri.core.requests.dto import RequestInput
from rekisteri.core.requests.kinds import RequestStatus
from rekisteri.core.settings import ControllerSettings


@pytest.fixture
def person(register):
    register.save_controller(
        ControllerSettings(business_name="Valokuvaamo Testi Tmi", email="info@testi.example.fi")
    )
    c = one_person(
        register,
        "Sofia",
        "Lindqvist",
        emails=("sofia@example.fi",),
        street="Hamngatan 3",
        postcode="65100",
        city="Vasa",
        language="sv",
    )
    return c.contacts[0]


def _request(register, contact, kind, received=dt.date(2026, 11, 10), channel="email"):
    return register.requests.log(
        RequestInput(kind=kind, contact_id=contact.id, received_on=received, channel=channel)
    )


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).replace("\n", " ")


def test_request_takes_name_and_language_from_contact(register, person):
    r = _request(register, person, "access")
    assert r.person_name == "Sofia Lindqvist" and r.language == "sv"
    assert r.customer_id == person.customer_id


def test_restriction_sets_flag_and_closes(register, person):
    r = _request(register, person, "restriction")
    done = register.requests.restrict(r.id, "Disputes accuracy of address")
    assert done.status == RequestStatus.DONE
    assert "Disputes accuracy of address" in done.answer
    contact = register.get_contact(person.id)
    assert contact.restricted and contact.restriction_reason == "Disputes accuracy of address"
    assert register.list_customers().rows[0].restricted


def test_objection_bans_all_marketing_from_request_channel(register, person):
    r = _request(register, person, "objection", channel="phone")
    register.requests.object_to_marketing(r.id)
    contact = register.get_contact(person.id)
    assert "all_marketing" in contact.banned_channels
    event = contact.ledger[0]
    assert (event.action, event.source, event.occurred_on) == (
        "ban_set",
        "phone",
        dt.date(2026, 11, 10),
    )
    assert f"#{r.id}" in event.evidence
    assert register.requests.get(r.id).status == RequestStatus.DONE


def test_consent_withdrawal_withdraws_each_consent_in_force(register, person):
    for ch in (Channel.NEWSLETTER, Channel.EMAIL_MARKETING):
        register.record_consent(
            person.id,
            ConsentInput(ch, ConsentAction.CONSENT_GIVEN, ConsentSource.FORM, dt.date(2026, 1, 5)),
        )
    r = _request(register, person, "consent_withdrawal")
    done = register.requests.withdraw_consent(r.id)
    ledger = register.get_contact(person.id).ledger
    withdrawn = {e.channel for e in ledger if e.action == "consent_withdrawn"}
    assert withdrawn == {"newsletter", "email_marketing"}
    assert "Nyhetsbrev" in done.answer  # in the person's language (Swedish)
    r2 = _request(register, person, "consent_withdrawal")
    with pytest.raises(ValidationError):
        register.requests.withdraw_consent(r2.id)  # nothing left in force


def test_action_needs_a_linked_open_request(register, person):
    r = register.requests.log(RequestInput(kind="objection", person_name="Someone Unknown"))
    with pytest.raises(ValidationError) as exc:
        register.requests.object_to_marketing(r.id)
    assert "contact_id" in exc.value.errors


def test_letters_in_the_persons_language(register, person, clock):
    r = _request(register, person, "access", received=dt.date(2026, 11, 2))
    text = _text(register.requests.letter(r.id, "confirmation"))
    assert "Bästa Sofia Lindqvist" in text
    assert "2.12.2026" in text and "2.11.2026" in text
    assert "Hamngatan 3" in text and "Valokuvaamo Testi Tmi" in text
    with pytest.raises(ValidationError):
        register.requests.letter(r.id, "outcome")
    register.requests.extend(r.id, "Många uppgifter i arkivet", dt.date(2026, 11, 20))
    text = _text(register.requests.letter(r.id, "extension"))
    assert "Många uppgifter i arkivet" in text and "2.2.2027" in text
    register.requests.close(r.id, RequestStatus.REFUSED, "Identiteten kunde inte bekräftas.")
    text = _text(register.requests.letter(r.id, "outcome"))
    assert "Identiteten kunde inte bekräftas." in text and "dataombudsmannen" in text
    assert [a.summary for a in register.audit_log(action_prefix="request.letter")] == [
        "outcome",
        "extension",
        "confirmation",
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_kind_has_an_outcome_text(lang):
    from rekisteri.core.requests import texts
    from rekisteri.core.requests.kinds import RequestKind

    t = texts.load(lang)
    for kind in RequestKind:
        assert t["letters"]["outcome"][kind.value].strip()
        assert t["enum"]["request_kind"][kind.value].strip()
    assert set(t["pack"]["fields"]) == set(texts.load("en")["pack"]["fields"])
    assert set(t["letters"]) == set(texts.load("en")["letters"])
