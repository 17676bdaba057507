"""Erasure on request goes through the retention path and keeps what a legal hold keeps."""

import datetime as dt

import pytest
from request_support import erasure_request, private_customer
from sqlalchemy import select

from rekisteri.core.dto import ContactInput, CustomerInput, InteractionInput
from rekisteri.core.enums import InteractionKind
from rekisteri.core.errors import NotFoundError
from rekisteri.core.models import ConsentEvent, Contact, Interaction
from rekisteri.core.requests.kinds import RequestStatus

D = dt.date


def test_erasure_under_bookkeeping_hold_keeps_the_invoice_and_removes_the_rest(register):
    customer_id, contact_id = private_customer(register, invoice=True)
    r = erasure_request(register, contact_id)

    preview = register.requests.erasure_preview(r.id)
    assert preview.whole_customer and preview.removes_anything
    assert preview.kept is not None and preview.kept_until is not None

    done = register.requests.erase(r.id)

    # What the hold names is kept: the invoice and the customer's identifying data.
    kept = register.get_customer(customer_id)
    assert [(i.kind, i.invoice_ref) for i in kept.interactions] == [("invoice", "2025-031")]
    assert kept.name == "Aino Virtanen" and kept.billing_street == "Rantakatu 5"
    # The rest is gone: the contact with its addresses, consents, the other interactions, notes.
    assert kept.contacts == () and kept.notes == ""
    with pytest.raises(NotFoundError):
        register.get_contact(contact_id)
    with register.db.session() as s:
        assert s.scalars(select(Contact).where(Contact.id == contact_id)).all() == []
        assert (
            s.scalars(select(ConsentEvent).where(ConsentEvent.contact_id == contact_id)).all() == []
        )
        kinds = s.scalars(select(Interaction.kind).where(Interaction.customer_id == customer_id))
        assert list(kinds) == ["invoice"]

    # The request survives the person, answered, and says what was kept and until when.
    assert done.status == RequestStatus.DONE
    assert done.contact_id is None and done.person_name == "Aino Virtanen"
    until = preview.kept_until
    assert f"{until.day}.{until.month}.{until.year}" in done.answer
    assert "säilyttämään vielä laskun ja siinä olevat" in done.answer
    assert "Olemme poistaneet tietosi" in done.answer  # the person's language (Finnish)
    assert kept.due_on == until
    actions = [a.action for a in register.audit_log(20)]
    assert "customer.erased" in actions and "request.done" in actions
    assert all("Virtanen" not in a.summary for a in register.audit_log(50))


def test_erasure_without_hold_removes_the_wholeprivate_customer(register):
    customer_id, contact_id = private_customer(register, invoice=False)
    r = erasure_request(register, contact_id)
    assert register.requests.erasure_preview(r.id).kept is None
    done = register.requests.erase(r.id)
    with pytest.raises(NotFoundError):
        register.get_customer(customer_id)
    assert done.status == RequestStatus.DONE
    assert done.answer == "Olemme poistaneet tietosi pyyntösi mukaisesti."


def test_full_hold_refuses_the_erasure_with_the_hold_as_reason(register):
    customer_id, contact_id = private_customer(register, invoice=False)
    register.retention.add_hold(customer_id, "dispute", "käräjäoikeus", D(2027, 1, 31))
    r = erasure_request(register, contact_id)
    done = register.requests.erase(r.id)
    assert done.status == RequestStatus.REFUSED
    assert "31.1.2027" in done.answer
    assert register.get_contact(contact_id).first_name == "Aino"


def test_contact_person_of_an_organisation_is_erased_alone(register):
    c = register.create_customer(
        CustomerInput(
            name="Laskutettu Oy",
            contacts=(
                ContactInput(first_name="Pekka", last_name="Ojala", emails=("p@example.fi",)),
                ContactInput(first_name="Liisa", last_name="Koski"),
            ),
        )
    )
    register.add_interaction(
        c.id, InteractionInput(D(2025, 6, 10), InteractionKind.INVOICE, "", "2025-031")
    )
    pekka, liisa = (x.id for x in c.contacts)
    r = erasure_request(register, pekka)
    assert not register.requests.erasure_preview(r.id).whole_customer
    done = register.requests.erase(r.id)
    after = register.get_customer(c.id)
    assert [x.id for x in after.contacts] == [liisa]
    assert [i.invoice_ref for i in after.interactions] == ["2025-031"]
    assert done.status == RequestStatus.DONE and done.contact_id is None
    assert register.audit_log(5, "contact.erased")


def test_erasure_outcome_letter_names_what_is_kept(register):
    from io import BytesIO

    from pypdf import PdfReader

    _customer_id, contact_id = private_customer(register, invoice=True)
    r = erasure_request(register, contact_id)
    register.requests.erase(r.id)
    pdf = register.requests.letter(r.id, "outcome")
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).replace("\n", " ")
    assert text.count("Olemme poistaneet tietosi") == 1
    assert "säilyttämään vielä laskun ja siinä olevat" in text and "31.12.2031" in text
    assert "Hyvä Aino Virtanen" in text
