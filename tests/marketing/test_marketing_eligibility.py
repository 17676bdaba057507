"""The rules applied to real records: the ledger, restriction, kinds and customer status."""

from __future__ import annotations

import datetime as dt

from rekisteri.core.dto import ConsentInput, ContactInput, CustomerInput
from rekisteri.core.marketing import MarketingChannel, Reason
from rekisteri.core.register import Register

EMAIL, SMS, PHONE, POST = (
    MarketingChannel.EMAIL,
    MarketingChannel.SMS,
    MarketingChannel.PHONE,
    MarketingChannel.POST,
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
    )
    c = register.create_customer(
        CustomerInput(kind="person", name="Aino Virtanen", status=status, contacts=(contact,))
    )
    return c.contacts[0].id


def _business(register: Register) -> int:
    c = register.create_customer(
        CustomerInput(
            name="Revontuli Oy",
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


def test_newsletter_consent_counts_for_email_not_sms(register: Register) -> None:
    cid = _person(register, status="prospect")
    register.record_consent(cid, ConsentInput("newsletter", "consent_given", "form"))
    d = register.marketing.decisions(cid)
    assert d[EMAIL].reason is Reason.CONSENT and d[SMS].reason is Reason.NO_CONSENT


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
