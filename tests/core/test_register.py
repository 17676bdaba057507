"""The facade, call by call: plain data out, nothing half-saved, everything audited."""

import datetime as dt

import pytest

from rekisteri.core.dto import (
    ConsentInput,
    ContactInput,
    CustomerInput,
    CustomerQuery,
    InteractionInput,
)
from rekisteri.core.enums import BanState, Channel, ConsentAction, ConsentSource, CustomerStatus
from rekisteri.core.errors import NotFoundError, ValidationError
from rekisteri.core.settings import ControllerSettings


def org(name: str = "Prover Oy", **kw) -> CustomerInput:
    contacts = kw.pop(
        "contacts",
        (
            ContactInput(
                first_name="Piia",
                last_name="Tulisalo",
                emails=("piia@example.fi",),
                phones=("040 500 5634",),
            ),
        ),
    )
    return CustomerInput(name=name, business_id="1635892-0", contacts=contacts, **kw)


def test_create_returns_detached_detail_with_normalised_fields(register) -> None:
    c = register.create_customer(org())
    assert c.business_id == "1635892-0"
    assert c.contacts[0].phones == ("+358405005634",)
    assert c.created_by == register.actor
    assert c.customer_since == register.clock.today()
    row = register.list_customers().rows[0]
    assert (row.primary_contact, row.primary_email, row.primary_phone) == (
        "Piia Tulisalo",
        "piia@example.fi",
        "+358405005634",
    )


def test_bad_input_names_every_field_and_saves_nothing(register) -> None:
    bad = org(
        name=" ",
        contacts=(ContactInput(first_name="A", emails=("a b@example.fi",), phones=("12",)),),
    )
    bad = CustomerInput(**{**bad.__dict__, "business_id": "1635892-1"})
    with pytest.raises(ValidationError) as exc:
        register.create_customer(bad)
    assert set(exc.value.errors) == {
        "name",
        "business_id",
        "contacts.0.emails.0",
        "contacts.0.phones.0",
    }
    assert register.counts().customers == 0


def test_ended_status_needs_end_date(register) -> None:
    with pytest.raises(ValidationError) as exc:
        register.create_customer(org(status=CustomerStatus.ENDED))
    assert "ended_on" in exc.value.errors


def test_update_replaces_contacts_and_keeps_ids(register) -> None:
    c = register.create_customer(org())
    first = c.contacts[0]
    data = c.to_input()
    contacts = (
        ContactInput(**{**first.to_input().__dict__, "title": "Coach"}),
        ContactInput(first_name="Kimmo", last_name="Pitkänen", emails=("kp@example.fi",)),
    )
    updated = register.update_customer(
        c.id, CustomerInput(**{**data.__dict__, "contacts": contacts})
    )
    assert updated.contacts[0].id == first.id
    assert updated.contacts[0].title == "Coach"
    assert len(updated.contacts) == 2
    assert register.counts().contacts == 2


def test_remove_contact_updates_list_columns(register) -> None:
    c = register.create_customer(org())
    register.add_contact(c.id, ContactInput(first_name="Kimmo", last_name="Pitkänen"))
    register.remove_contact(c.contacts[0].id)
    assert register.list_customers().rows[0].primary_contact == "Kimmo Pitkänen"


def test_update_missing_customer_raises_not_found(register) -> None:
    with pytest.raises(NotFoundError):
        register.update_customer(999, org())


def test_search_over_name_email_phone_and_business_id(register) -> None:
    register.create_customer(org())
    register.create_customer(
        CustomerInput(
            name="Pro Synthesis Oy",
            business_id="2468114-6",
            contacts=(ContactInput(first_name="Hanne", last_name="Luomajoki"),),
        )
    )

    def names(text: str) -> list[str]:
        return [r.name for r in register.list_customers(CustomerQuery(text=text)).rows]

    assert names("synth") == ["Pro Synthesis Oy"]
    assert names("piia@") == ["Prover Oy"]
    assert names("040 500") == ["Prover Oy"]
    assert names("0405005634") == ["Prover Oy"]
    assert names("2468114") == ["Pro Synthesis Oy"]
    assert names("LUOMAJOKI") == ["Pro Synthesis Oy"]
    assert names("pro oy") == ["Pro Synthesis Oy", "Prover Oy"]
    assert names("100%") == []


def test_paging_sorting_and_totals(register) -> None:
    for name in ["Cee", "Aa", "Bee", "Ää", "Dee"]:
        register.create_customer(CustomerInput(name=name, status=CustomerStatus.PROSPECT))
    page = register.list_customers(sort="name", offset=1, limit=2)
    assert page.total == 5 and [r.name for r in page.rows] == ["Bee", "Cee"]
    desc = register.list_customers(sort="name", descending=True, limit=1)
    assert desc.rows[0].name == "Ää"


def test_filters(register) -> None:
    a = register.create_customer(org("A Oy"))
    register.create_customer(org("B Oy", status=CustomerStatus.PROSPECT))
    register.set_ban([a.contacts[0].id], Channel.ALL_MARKETING, ConsentSource.PHONE)
    register.set_restriction(a.contacts[0].id, True, "Awaiting rectification")
    q = register.list_customers
    assert [r.name for r in q(CustomerQuery(marketing="banned")).rows] == ["A Oy"]
    assert [r.name for r in q(CustomerQuery(marketing="allowed")).rows] == ["B Oy"]
    assert [r.name for r in q(CustomerQuery(status="prospect")).rows] == ["B Oy"]
    assert [r.name for r in q(CustomerQuery(restricted=True)).rows] == ["A Oy"]
    assert q(CustomerQuery(due=True)).total == 0


def test_reused_statements_take_each_calls_values(register) -> None:
    """The list's statements are built once per shape; the values must still be this call's."""
    from rekisteri.core import convert, listing

    register.create_customer(org("A Oy", status=CustomerStatus.PROSPECT))
    register.create_customer(org("B Oy"))
    q = register.list_customers
    assert [r.name for r in q(CustomerQuery(status="prospect")).rows] == ["A Oy"]
    assert [r.name for r in q(CustomerQuery(status="active")).rows] == ["B Oy"]
    assert [r.name for r in q(CustomerQuery(text="a oy")).rows] == ["A Oy"]
    assert [r.name for r in q(CustomerQuery(text="b oy")).rows] == ["B Oy"]
    assert [r.name for r in q(offset=1, limit=1).rows] == ["B Oy"]
    assert q(CustomerQuery(text="oy", status="active")).total == 1
    register.clock.set(dt.date(2040, 1, 1))  # today is a value too
    assert q(CustomerQuery(due=True)).total == 2
    shape = (convert.ROW_COLUMNS, CustomerQuery(text="x"), dt.date(2026, 1, 1), "name", False)
    first = listing.prepared(*shape, 0, 200)
    again = listing.prepared(
        convert.ROW_COLUMNS, CustomerQuery(text="y"), dt.date(2027, 1, 1), "name", False, 5, 9
    )
    assert first[0] is again[0] and first[1] is again[1]
    assert again[2]["fts_query"] == '"y"*' and (again[2]["b_offset"], again[2]["b_limit"]) == (5, 9)


def test_interaction_moves_last_contact_only_forward(register) -> None:
    c = register.create_customer(org())
    register.add_interaction(c.id, InteractionInput(dt.date(2026, 2, 3), note="met 3.2."))
    d = register.add_interaction(c.id, InteractionInput(dt.date(2025, 1, 1), kind="call"))
    assert d.last_contact_on == dt.date(2026, 2, 3)
    assert [i.occurred_on for i in d.interactions] == [dt.date(2026, 2, 3), dt.date(2025, 1, 1)]
    with pytest.raises(ValidationError):
        register.add_interaction(c.id, InteractionInput(dt.date(2027, 1, 1)))
    register.delete_interaction(d.interactions[0].id)
    assert register.get_customer(c.id).last_contact_on == dt.date(2025, 1, 1)


def test_ban_in_bulk_and_lift_needs_reason(register) -> None:
    a = register.create_customer(org("A Oy"))
    b = register.create_customer(org("B Oy"))
    assert register.ban_customers([a.id, b.id], Channel.ALL_MARKETING, ConsentSource.LETTER) == 2
    assert {r.ban_state for r in register.list_customers().rows} == {BanState.ALL}
    contact = a.contacts[0].id
    with pytest.raises(ValidationError):
        register.lift_ban(contact, Channel.ALL_MARKETING, " ")
    view = register.lift_ban(contact, Channel.ALL_MARKETING, "Asked for the newsletter again")
    assert view.banned_channels == ()
    assert [e.action for e in view.ledger] == ["ban_lifted", "ban_set"]
    assert register.counts().banned_contacts == 1


def test_consent_cannot_override_a_ban(register) -> None:
    c = register.create_customer(org())
    contact = c.contacts[0].id
    register.set_ban([contact], Channel.EMAIL_MARKETING, ConsentSource.UNSUBSCRIBE_LINK)
    with pytest.raises(ValidationError):
        register.record_consent(
            contact, ConsentInput(Channel.EMAIL_MARKETING, ConsentAction.CONSENT_GIVEN)
        )
    view = register.record_consent(
        contact, ConsentInput(Channel.NEWSLETTER, ConsentAction.CONSENT_GIVEN, "form")
    )
    assert len(view.ledger) == 2 and view.ledger[0].recorded_by == register.actor
    assert register.list_customers().rows[0].ban_state == BanState.PARTIAL


def test_hetu_is_masked_and_reveal_is_audited(register) -> None:
    c = register.create_customer(
        CustomerInput(
            kind="person",
            name="Noora Ylimys",
            contacts=(ContactInput(kind="private", last_name="Ylimys", hetu="131052-308T"),),
        )
    )
    contact = c.contacts[0]
    assert contact.hetu_masked == "131052-****"
    assert "308T" not in repr(contact)
    # Saving the form without touching the masked field keeps the code.
    register.update_customer(c.id, c.to_input())
    assert register.reveal_hetu(contact.id) == "131052-308T"
    assert register.audit_log(action_prefix="contact.hetu")[0].entity_id == contact.id


def test_every_change_is_audited_and_deletion_names_no_person(register) -> None:
    c = register.create_customer(org("Salainen Asiakas Oy"))
    register.update_customer(c.id, c.to_input())
    register.delete_customer(c.id)
    actions = [a.action for a in register.audit_log()]
    assert actions[:3] == ["customer.erased", "customer.updated", "customer.created"]
    deletion = register.audit_log()[0]
    assert "Salainen" not in deletion.summary and "Tulisalo" not in deletion.summary
    assert register.counts().contacts == 0


def test_controller_settings_round_trip_and_validation(register) -> None:
    assert not register.get_controller().is_configured
    with pytest.raises(ValidationError) as exc:
        register.save_controller(ControllerSettings(business_name="X", business_id="123"))
    assert set(exc.value.errors) == {"business_id"}
    saved = register.save_controller(
        ControllerSettings(business_name="Prover Oy", phone="040 500 5634")
    )
    assert saved.phone == "+358405005634"
    assert register.get_controller() == saved


def test_private_person_needs_own_contact(register) -> None:
    with pytest.raises(ValidationError) as exc:
        register.create_customer(CustomerInput(kind="person", name="Aino", contacts=()))
    assert "contacts" in exc.value.errors


def test_demo_data_is_deterministic_and_valid(register) -> None:
    from rekisteri.core import demo
    from rekisteri.core.validation import normalize_business_id

    demo.generate(register.db, 50, seed=7)
    rows = register.list_customers(limit=100).rows
    assert len(rows) == 50
    for r in rows:
        if r.business_id:
            assert normalize_business_id(r.business_id) == r.business_id
    first = register.get_customer(rows[0].id)
    assert first.contacts and first.contacts[0].phones[0].startswith("+358")


def test_removing_a_contact_who_banned_marketing_keeps_them_suppressed(register) -> None:
    c = register.create_customer(org())
    contact = c.contacts[0]
    register.set_ban([contact.id], Channel.ALL_MARKETING, ConsentSource.PHONE)
    assert not register.retention.is_suppressed(email="piia@example.fi")
    register.remove_contact(contact.id)
    assert register.retention.is_suppressed(email="piia@example.fi")
    assert register.retention.is_suppressed(phone="+358405005634")


def test_dropping_a_banned_contact_from_the_form_keeps_them_suppressed(register) -> None:
    c = register.create_customer(org())
    register.set_ban([c.contacts[0].id], Channel.EMAIL_MARKETING, ConsentSource.EMAIL)
    other = ContactInput(first_name="Kimmo", last_name="Pitkänen", emails=("kp@example.fi",))
    register.update_customer(c.id, CustomerInput(**{**c.to_input().__dict__, "contacts": (other,)}))
    assert register.retention.is_suppressed(email="piia@example.fi")
    assert not register.retention.is_suppressed(email="kp@example.fi")


def test_a_customer_added_after_the_demo_data_gets_a_new_id(register) -> None:
    """Demo rows carry their ids; on a server the id sequence must continue after them."""
    from rekisteri.core import demo

    demo.generate(register.db, 5, seed=1)
    c = register.create_customer(org())
    assert c.id > 5 and register.list_customers().total == 6
