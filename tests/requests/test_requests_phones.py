"""Letters and the access pack print phones and addresses readably; the JSON keeps E.164."""

from __future__ import annotations

import datetime as dt
import json
from io import BytesIO

import pytest
from pypdf import PdfReader
from request_support import one_person

from rekisteri.core.requests.dto import RequestInput
from rekisteri.core.settings import ControllerSettings


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).replace("\n", " ")


def _person(register, language: str, country: str = "FI") -> int:
    register.save_controller(
        ControllerSettings(
            business_name="Valokuvaamo Testi Tmi",
            email="info@testi.example.fi",
            phone="+358405005634",
        )
    )
    customer = one_person(
        register,
        "Sofia",
        "Lindqvist",
        emails=("sofia@example.fi",),
        phones=("050 111 2233", "+46 70 123 45 67"),
        street="Hämeenkatu 76",
        postcode="40100",
        city="Jyväskylä",
        country=country,
        language=language,
    )
    return customer.contacts[0].id


@pytest.mark.parametrize(
    ("lang", "office", "person"),
    [
        ("fi", "040 5005634", "050 1112233, +46 70 123 45 67"),
        ("sv", "040 5005634", "050 1112233, +46 70 123 45 67"),
        ("en", "+358 40 5005634", "+358 50 1112233, +46 70 123 45 67"),
    ],
)
def test_access_pack_pdf_prints_readable_phones(register, lang, office, person) -> None:
    contact_id = _person(register, lang)
    pack = register.requests.access_pack(contact_id)
    text = _text(pack.pdf)
    assert office in text and person in text
    assert "+358405005634" not in text and "+358501112233" not in text
    data = json.loads(pack.json)  # machine-readable: stays E.164
    assert data["person"]["phones"] == ["+358501112233", "+46701234567"]
    assert data["controller"]["phone"] == "+358405005634"


@pytest.mark.parametrize(("lang", "office"), [("sv", "040 5005634"), ("en", "+358 40 5005634")])
def test_letter_prints_the_controller_phone_readably(register, lang, office) -> None:
    contact_id = _person(register, lang)
    r = register.requests.log(
        RequestInput(kind="access", contact_id=contact_id, received_on=dt.date(2026, 11, 10))
    )
    text = _text(register.requests.letter(r.id, "confirmation"))
    assert office in text
    assert "+358405005634" not in text


def test_access_pack_writes_addresses_on_one_readable_line(register) -> None:
    text = _text(register.requests.access_pack(_person(register, "fi")).pdf)
    assert "Hämeenkatu 76, 40100 Jyväskylä" in text
    assert "Jyväskylä FI" not in text
    abroad = _text(register.requests.access_pack(_person(register, "sv", country="SE")).pdf)
    assert "Hämeenkatu 76, 40100 Jyväskylä, SE" in abroad
