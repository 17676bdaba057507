"""Field lengths are bounded and control characters never reach the register: the same
limits in the forms, the facade and the importers, each with a clear message."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from rekisteri.core.dto import ContactInput, CustomerInput, InteractionInput
from rekisteri.core.errors import ValidationError
from rekisteri.core.io.csv_import import guess_mapping, parse_csv, records
from rekisteri.core.io.records import clean
from rekisteri.core.register import Register
from rekisteri.core.validation import LIMITS


def _customer(**kw: object) -> CustomerInput:
    contact = ContactInput(first_name="Aino", last_name="Virtanen")
    fields = {"name": "Testi Oy", "contacts": (contact,), **kw}
    return CustomerInput(**fields)  # type: ignore[arg-type]


def test_a_name_over_the_limit_is_refused_with_the_limit(register: Register) -> None:
    with pytest.raises(ValidationError) as caught:
        register.create_customer(_customer(name="A" * 201))
    assert caught.value.errors["name"].render() == "At most 200 characters (now 201)."
    assert register.counts().customers == 0  # nothing half-saved


@pytest.mark.parametrize("bad", ["Ai\x00no", "Ai\x07no", "Ai\nno", "Ai\u2028no"])
def test_control_characters_in_a_one_line_field_are_refused(register: Register, bad: str) -> None:
    contact = ContactInput(first_name=bad, last_name="Virtanen")
    with pytest.raises(ValidationError) as caught:
        register.create_customer(_customer(contacts=(contact,)))
    message = caught.value.errors["contacts.0.first_name"].render()
    assert "control characters" in message and bad not in message


def test_notes_keep_line_breaks_but_not_nul(register: Register) -> None:
    saved = register.create_customer(_customer(notes="Rivi 1\nRivi 2\ttab"))
    assert register.get_customer(saved.id).notes == "Rivi 1\nRivi 2\ttab"
    with pytest.raises(ValidationError) as caught:
        register.create_customer(_customer(notes="a\x00b"))
    assert "notes" in caught.value.errors
    with pytest.raises(ValidationError):
        register.add_interaction(
            saved.id, InteractionInput(occurred_on=dt.date(2026, 11, 1), note="x\x00y")
        )
    with pytest.raises(ValidationError) as caught:
        register.add_interaction(
            saved.id, InteractionInput(occurred_on=dt.date(2026, 11, 1), note="x" * 20_001)
        )
    assert "20000" in caught.value.errors["note"].render()


def test_the_importer_removes_control_characters_and_bounds_lengths() -> None:
    text = (
        "Etunimi;Sukunimi;Sähköposti\n"
        "Ai\x00no\x0b;Virtanen;aino@example.fi\n"
        f"{'P' * 150};Pitkä;pitka@example.fi\n"
    )
    table = parse_csv(text)
    first, long = (clean(r) for r in records(table, guess_mapping(table.headers)))
    assert first.first_name == "Ai no" and not first.errors
    assert [m.render() for m in long.errors] == [
        f"The first name is longer than {LIMITS['first_name']} characters."
    ]


def test_an_invalid_email_is_reported_once() -> None:
    table = parse_csv("Nimi;Sähköposti\nAino Virtanen;aino at example dot fi\n")
    [record] = [clean(r) for r in records(table, guess_mapping(table.headers))]
    assert [m.render() for m in record.errors] == ["An e-mail address is not valid."]
    table = parse_csv("Nimi;Sähköposti\nAino Virtanen;a@example.fi b@example.fi\n")
    [record] = [clean(r) for r in records(table, guess_mapping(table.headers))]
    assert record.emails == ("a@example.fi", "b@example.fi") and not record.errors


def test_a_csv_value_over_the_parsers_limit_says_so() -> None:
    from rekisteri.core.io.source import ImportFileError

    huge = "x" * 200_000
    with pytest.raises(ImportFileError) as caught:
        parse_csv(f'Nimi;Muistiinpanot\nAino;"{huge}"\n')
    text = caught.value.render()
    assert "longer than 131072 characters" in text and "never closed" not in text
    assert huge[:50] not in text


def test_the_form_stops_typing_at_the_limit(qtbot) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.ui.customer_form import CustomerForm
    from rekisteri.ui.field_errors import FormErrors

    form = CustomerForm(FormErrors(), dt.date(2026, 12, 4))
    qtbot.addWidget(form)
    form.postcode.setFocus()
    qtbot.keyClicks(form.postcode, "0" * 30)
    assert form.postcode.text() == "0" * LIMITS["billing_postcode"]
    form.name.setText("N" * 500)  # a paste
    assert len(form.name.text()) == LIMITS["name"]
    qtbot.keyClick(form.name, Qt.Key.Key_End)


def test_the_controller_processors_and_requests_have_the_same_limits(register) -> None:  # type: ignore[no-untyped-def]
    """What the notice and the letters print is checked like a customer's fields."""
    from dataclasses import replace as _replace

    from rekisteri.core.errors import ValidationError as _VE
    from rekisteri.core.notice.templates import Processor
    from rekisteri.core.requests.dto import RequestInput

    controller = register.get_controller()
    for bad in ("Evil\x00Oy", "Oy\u202egpj", "x" * 201):
        with pytest.raises(_VE) as exc:
            register.save_controller(_replace(controller, business_name=bad))
        assert "business_name" in exc.value.errors
    with pytest.raises(_VE) as exc:
        register.notice.save_processors([Processor("Pilvi\x00Oy", "varmuuskopiot")])
    assert "processors.0.name" in exc.value.errors
    with pytest.raises(_VE) as exc:
        register.requests.log(RequestInput(kind="access", person_name="A" * 100_000))
    assert "person_name" in exc.value.errors
    r = register.requests.log(RequestInput(kind="access", person_name="Aino"))
    with pytest.raises(_VE) as exc:
        register.requests.close(r.id, "done", "Lähetetty\x00")
    assert "answer" in exc.value.errors
    done = register.requests.close(r.id, "done", "Lähetetty.\nTerveisin")  # lines are fine
    assert done.answer.startswith("Lähetetty.")
