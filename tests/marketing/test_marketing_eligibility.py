"""The rules applied to real records: the ledger, restriction, kinds and customer status."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rekisteri.core.dto import ConsentInput, ContactInput, CustomerInput
from rekisteri.core.marketing import MailingScope, MarketingPurpose, Reason
from rekisteri.core.register import Register

NEWSLETTER, EMAIL, SMS, PHONE, POST = (
    MarketingPurpose.NEWSLETTER,
    MarketingPurpose.EMAIL,
    MarketingPurpose.SMS,
    MarketingPurpose.PHONE,
    MarketingPurpose.POST,
)


def _person(register: Register, status: str = "active", informed: bool = False, **kw) -> int:  # type: ignore[no-untyped-def]
    contact = ContactInput(
        kind="private",
        first_name="Aino",
        last_name="Virtanen",
        emails=kw.get("emails", ("aino@example.fi",)),
        phones=kw.get("phones", ("040 500 5634",)),
        street="Kauppakatu 9",
        postcode="60100",
        city="Seinäjoki",
        opt_out_informed=informed,
        data_source=kw.get("source", "purchase"),
    )
    c = register.create_customer(
        CustomerInput(
            kind="person",
            name="Aino Virtanen",
            status=status,
            ended_on=kw.get("ended_on"),
            contacts=(contact,),
        )
    )
    return c.contacts[0].id


def _business(
    register: Register, name: str = "Revontuli Oy", form: str = "", status: str = "active"
) -> int:
    c = register.create_customer(
        CustomerInput(
            name=name,
            business_form=form,
            status=status,
            contacts=(ContactInput(first_name="Eino", last_name="Laine", emails=("e@r.fi",)),),
        )
    )
    return c.contacts[0].id


def test_private_person_needs_consent_for_email_but_not_for_post(register: Register) -> None:
    cid = _person(register, status="prospect")
    d = register.marketing.decisions(cid)
    assert d[EMAIL].reason is Reason.NO_CONSENT and not d[EMAIL].allowed
    assert d[SMS].reason is Reason.NO_CONSENT
    assert d[PHONE].allowed and d[POST].allowed


def test_soft_opt_in_for_active_customer_told_how_to_opt_out(register: Register) -> None:
    assert register.marketing.decide(_person(register), EMAIL).reason is Reason.NOT_INFORMED
    informed = _person(register, informed=True, emails=("toinen@example.fi",))
    assert register.marketing.decide(informed, EMAIL).reason is Reason.SOFT_OPT_IN


def test_newsletter_consent_opens_the_newsletter_only(register: Register) -> None:
    cid = _person(register, status="prospect")
    register.record_consent(cid, ConsentInput("newsletter", "consent_given", "form"))
    d = register.marketing.decisions(cid)
    assert d[NEWSLETTER].reason is Reason.CONSENT
    assert d[EMAIL].reason is Reason.NO_CONSENT and d[SMS].reason is Reason.NO_CONSENT


def test_email_withdrawal_after_all_marketing_consent_closes_email(register: Register) -> None:
    """The fault seen: the older broad consent still said "allowed (consent)"."""
    cid = _person(register, status="prospect")
    register.record_consent(
        cid, ConsentInput("all_marketing", "consent_given", "form", occurred_on=dt.date(2025, 1, 1))
    )
    register.record_consent(
        cid,
        ConsentInput(
            "email_marketing", "consent_withdrawn", "email", occurred_on=dt.date(2026, 1, 1)
        ),
    )
    d = register.marketing.decisions(cid)
    assert d[EMAIL].reason is Reason.OPTED_OUT and d[NEWSLETTER].reason is Reason.OPTED_OUT
    assert d[SMS].reason is Reason.CONSENT


def test_soft_opt_in_needs_the_address_from_a_purchase(register: Register) -> None:
    told = _person(register, informed=True, source="person")
    assert register.marketing.decide(told, EMAIL).reason is Reason.NOT_FROM_SALE
    bought = _person(register, informed=True, emails=("b@example.fi",))
    assert register.marketing.decide(bought, EMAIL).reason is Reason.SOFT_OPT_IN
    other = MailingScope(EMAIL, own_products=False)
    assert register.marketing.decide(bought, other).reason is Reason.NOT_OWN_PRODUCTS


def test_soft_opt_in_lasts_the_set_months_after_the_relationship_ended(
    register: Register, clock
) -> None:  # type: ignore[no-untyped-def]
    ended = _person(register, status="ended", informed=True, ended_on=dt.date(2025, 6, 30))
    assert register.marketing.soft_opt_in_months() == 24
    assert register.marketing.decide(ended, EMAIL).reason is Reason.SOFT_OPT_IN
    register.marketing.set_soft_opt_in_months(12)
    assert register.marketing.decide(ended, EMAIL).reason is Reason.SOFT_OPT_IN_ENDED
    register.marketing.set_soft_opt_in_months(24)
    clock.set(dt.date(2027, 7, 1))
    assert register.marketing.decide(ended, EMAIL).reason is Reason.SOFT_OPT_IN_ENDED


def test_sole_trader_contact_is_a_natural_person(register: Register) -> None:
    """917/2014 § 201 needs a legal person; Tmi is governed by § 200 like anyone."""
    tmi = _business(register, "Tmi Eino Laine", status="prospect")
    assert register.marketing.decide(tmi, EMAIL).reason is Reason.SOLE_TRADER
    customer = _business(register, "Tmi Eino Laine")  # a customer, address not from a sale
    assert register.marketing.decide(customer, EMAIL).reason is Reason.NOT_FROM_SALE
    unknown = _business(register, "Laine Consulting", status="prospect")
    assert register.marketing.decide(unknown, EMAIL).reason is Reason.SOLE_TRADER
    chosen = _business(register, "Laine Consulting", form="oy")
    assert register.marketing.decide(chosen, EMAIL).reason is Reason.BUSINESS_ROLE
    not_role = MailingScope(EMAIL, about_role=False)
    assert register.marketing.decide(chosen, not_role).reason is Reason.NOT_ABOUT_ROLE
    # Only a form the user chose is stored; the name's guess is made afresh, so a rename counts.
    tmi_customer = register.get_contact(tmi).customer_id
    assert register.get_customer(tmi_customer).business_form == ""
    renamed = register.create_customer(
        CustomerInput(
            name="Virtanen Oy",
            status="prospect",
            contacts=(ContactInput(first_name="Eino", last_name="V", emails=("v@r.fi",)),),
        )
    )
    contact = renamed.contacts[0].id
    assert register.marketing.decide(contact, EMAIL).reason is Reason.BUSINESS_ROLE
    register.update_customer(renamed.id, replace(renamed.to_input(), name="Tmi Eino Virtanen"))
    assert register.marketing.decide(contact, EMAIL).reason is Reason.SOLE_TRADER


def test_withdrawn_consent_is_an_opt_out(register: Register) -> None:
    cid = _business(register)
    register.record_consent(cid, ConsentInput("email_marketing", "consent_given", "form"))
    register.record_consent(cid, ConsentInput("email_marketing", "consent_withdrawn", "email"))
    assert register.marketing.decide(cid, EMAIL).reason is Reason.OPTED_OUT
    assert register.marketing.decide(cid, SMS).reason is Reason.NO_ADDRESS


def test_business_contact_allowed_until_banned(register: Register) -> None:
    cid = _business(register)
    assert register.marketing.decide(cid, EMAIL).reason is Reason.BUSINESS_ROLE
    register.set_ban([cid], "email_marketing", "unsubscribe_link")
    assert register.marketing.decide(cid, EMAIL).reason is Reason.BANNED
    assert register.marketing.decide(cid, POST).reason is Reason.NO_ADDRESS


def test_objection_and_restriction_exclude_everything(register: Register) -> None:
    cid = _person(register, informed=True)
    register.record_consent(cid, ConsentInput("all_marketing", "consent_given", "form"))
    register.set_ban([cid], "all_marketing", "phone")
    assert {d.reason for d in register.marketing.decisions(cid).values()} == {Reason.OBJECTION}
    register.lift_ban(cid, "all_marketing", "asked to resume by letter")
    register.set_restriction(cid, True, "accuracy contested")
    assert {d.reason for d in register.marketing.decisions(cid).values()} == {Reason.RESTRICTED}


def test_ban_lifted_then_consent_allows_again(register: Register) -> None:
    cid = _person(register, status="prospect")
    register.set_ban([cid], "email_marketing", "email", occurred_on=dt.date(2026, 1, 5))
    register.lift_ban(cid, "email_marketing", "new consent on the form")
    assert register.marketing.decide(cid, EMAIL).reason is Reason.NO_CONSENT
    register.record_consent(cid, ConsentInput("email_marketing", "consent_given", "form"))
    assert register.marketing.decide(cid, EMAIL).reason is Reason.CONSENT


def test_missing_address_per_channel(register: Register) -> None:
    cid = _person(register, emails=(), phones=())
    d = register.marketing.decisions(cid)
    assert d[SMS].reason is Reason.NO_ADDRESS and d[PHONE].reason is Reason.NO_ADDRESS
    assert d[POST].allowed


def test_whole_register_matches_single_decisions(demo_register: Register) -> None:
    found = demo_register.marketing.eligibility(EMAIL)
    assert found.allowed and found.excluded
    for r in (*found.allowed[:30], *found.excluded[:30]):
        assert demo_register.marketing.decide(r.contact_id, EMAIL) == r.decision
    assert sum(found.excluded_counts().values()) == len(found.excluded)
    assert len(demo_register.marketing.mailing_list()) == len(found.allowed)


def test_eligibility_for_selected_customers(register: Register) -> None:
    _person(register, status="prospect")
    biz = _business(register)
    customer_id = register.get_contact(biz).customer_id
    found = register.marketing.eligibility(EMAIL, [customer_id])
    assert [r.contact_id for r in found.allowed] == [biz] and found.excluded == ()
