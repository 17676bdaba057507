"""The authority's notification text, the Art. 34 letters and the access pack's section."""

from __future__ import annotations

import json

import pytest
from breach_support import hki, pdf_text, stolen_laptop

from rekisteri.core import demo
from rekisteri.core.breaches.dto import DecisionInput
from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.enums import ContactKind, CustomerKind
from rekisteri.core.errors import NotFoundError


@pytest.fixture
def affected(register):  # type: ignore[no-untyped-def]
    """A Finnish- and a Swedish-speaking customer, the second with two contact persons."""
    register.save_controller(demo.DEMO_CONTROLLER)
    fi = register.create_customer(
        CustomerInput(
            kind=CustomerKind.PERSON,
            name="Aino Virtanen",
            contacts=(
                ContactInput(
                    kind=ContactKind.PRIVATE,
                    first_name="Aino",
                    last_name="Virtanen",
                    street="Rantakatu 5",
                    postcode="60100",
                    city="Seinäjoki",
                ),
            ),
        )
    )
    sv = register.create_customer(
        CustomerInput(
            kind=CustomerKind.ORGANISATION,
            name="Strandberg Ab",
            contacts=(
                ContactInput(
                    kind=ContactKind.BUSINESS, first_name="Sven", last_name="Lund", language="sv"
                ),
                ContactInput(
                    kind=ContactKind.BUSINESS, first_name="Maja", last_name="Ek", language="sv"
                ),
            ),
        )
    )
    return fi, sv


def test_notification_text_has_every_item_of_the_form(register, affected) -> None:
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15), (affected[0].id,)))
    register.breaches.decide(b.id, DecisionInput("high", "Salaamaton levy, muistiinpanoja."))
    text = register.breaches.authority_text(b.id, "fi")
    for expected in (
        "Valokuvaamo Revontuli Tmi",  # the controller, from the settings
        "1572860-0",
        "Yhteyshenkilö",
        "aino@revontuli.example.fi",
        "Loukkaus havaittiin: 22.11.2026 klo 20.15",
        "72 tunnin määräaika päättyy: 25.11.2026 klo 20.15",
        "luottamuksellisuuden loukkaus",
        "Kannettava tietokone varastettiin junassa",
        "Rekisteröityjen lukumäärä: noin 120",
        "Tietueiden lukumäärä: noin 400",
        "Tietojenkalastelu asiakkaiden nimissä.",
        "Toteutetut toimenpiteet: Sähköpostin",
        "Suunnitellut toimenpiteet: Kaikkien",
        "korkean riskin",
        "Rekisteröidyille ilmoitetaan kirjeellä viipymättä.",
    ):
        assert expected in text, expected
    assert "viivästykseen" not in text  # still within the 72 hours: no delay to explain


def test_notification_after_72_hours_asks_for_the_delay_in_each_language(register, clock):  # type: ignore[no-untyped-def]
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 19, 8, 0)))
    register.breaches.decide(b.id, DecisionInput("risk", ""))
    assert "[kirjoita syy viivästykseen]" in register.breaches.authority_text(b.id, "fi")
    sv = register.breaches.authority_text(b.id, "sv")
    assert "Incidenten upptäcktes: 19.11.2026 kl. 8.00" in sv
    assert "[skriv skälet till förseningen]" in sv
    register.breaches.authority_notified(b.id, hki(2026, 11, 23, 8, 0), "", "Weekend.")
    en = register.breaches.authority_text(b.id, "en")
    assert "Reasons for the delay (notified after 72 hours): Weekend." in en
    assert "The breach was discovered: 19 Nov 2026, 08:00" in en


def test_letters_go_to_every_contact_in_their_language(register, affected, tmp_path) -> None:
    fi, sv = affected
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15), (fi.id, sv.id)))
    register.breaches.decide(b.id, DecisionInput("high", "Salaamaton levy."))
    contacts = register.breaches.contacts_to_tell(b.id)
    assert len(contacts) == 3
    finnish = pdf_text(register.breaches.letter(b.id, fi.contacts[0].id))
    assert "Hyvä Aino Virtanen" in finnish and "Rantakatu 5" in finnish
    assert "Mitä tapahtui" in finnish and "Kannettava tietokone varastettiin" in finnish
    assert "Lisätietoja antaa Aino Virtanen" in finnish and "tietosuoja.fi" in finnish
    swedish = pdf_text(register.breaches.letter(b.id, sv.contacts[1].id))
    assert "Bästa Maja Ek" in swedish and "Vad hände" in swedish
    paths = register.breaches.save_letters(b.id, tmp_path)
    assert sorted(p.name for p in paths) == sorted(
        [f"tietoturvaloukkaus-kirje-{b.id}-{fi.contacts[0].id}.pdf"]
        + [f"incidentbrev-{b.id}-{c.id}.pdf" for c in sv.contacts]
    )
    assert all(oct(p.stat().st_mode)[-3:] == "600" for p in paths)
    with pytest.raises(NotFoundError):  # a contact the breach did not touch
        register.breaches.letter(b.id, 9999)


def test_access_pack_lists_the_breaches_that_concerned_the_person(register, affected) -> None:
    fi, sv = affected
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15), (fi.id,)))
    # Not yet assessed, it may be a mistake: the pack does not state it as fact.
    assert json.loads(register.requests.access_pack(fi.contacts[0].id).json)["breaches"] == []
    register.breaches.decide(b.id, DecisionInput("risk", ""))
    pack = register.requests.access_pack(fi.contacts[0].id)
    data = json.loads(pack.json)
    assert data["breaches"] == [
        {
            "id": b.id,
            "aware_on": "2026-11-22",
            "description": b.description,
            "measures": b.measures_taken,
        }
    ]
    text = pdf_text(pack.pdf)
    assert "Tietoturvaloukkaukset, jotka ovat koskeneet tietojasi" in text
    assert "Kannettava tietokone varastettiin" in text
    other = register.requests.access_pack(sv.contacts[0].id)
    assert json.loads(other.json)["breaches"] == []
    assert "I vår förteckning över personuppgiftsincidenter" in pdf_text(other.pdf)
