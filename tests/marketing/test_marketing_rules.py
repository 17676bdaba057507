"""The marketing rules as a table: each row is a case the law decides, with its provision.

A row gives the mailing's purpose, the contact's ledger (dated events) and facts, and the
answer the law gives. The ledger is folded per purpose exactly as the register does
(``ledger.fold``), so these rows test the fold and the rule table together.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from rekisteri.core.enums import Channel, ConsentAction
from rekisteri.core.ledger import LedgerEvent, fold
from rekisteri.core.marketing import (
    RULES,
    MailingScope,
    MarketingPurpose,
    Reason,
    Relationship,
    decide,
    purpose_facts,
)

D = dt.date
NL, EM, SM, PH, PO = (
    MarketingPurpose.NEWSLETTER,
    MarketingPurpose.EMAIL,
    MarketingPurpose.SMS,
    MarketingPurpose.PHONE,
    MarketingPurpose.POST,
)
GIVE, WITHDRAW, BAN, LIFT = (
    ConsentAction.CONSENT_GIVEN,
    ConsentAction.CONSENT_WITHDRAWN,
    ConsentAction.BAN_SET,
    ConsentAction.BAN_LIFTED,
)
ALL, EMAIL, SMS, PHONE, NEWS = (
    Channel.ALL_MARKETING,
    Channel.EMAIL_MARKETING,
    Channel.SMS_MARKETING,
    Channel.PHONE_MARKETING,
    Channel.NEWSLETTER,
)


@dataclass(frozen=True)
class Case:
    """One contact: a private person with every address, not a customer, by default."""

    events: tuple[tuple[Channel, ConsentAction, dt.date], ...] = ()
    business: bool = False
    legal_person: bool = False
    restricted: bool = False
    has_address: bool = True
    customer: bool = False
    ended_long_ago: bool = False
    from_sale: bool = False
    informed: bool = False
    own_products: bool = True
    about_role: bool = True
    extra: dict[str, object] = field(default_factory=dict)

    def decide(self, purpose: MarketingPurpose):
        ledger = [LedgerEvent(i, c.value, a.value, on) for i, (c, a, on) in enumerate(self.events)]
        scope = MailingScope(purpose, self.own_products, self.about_role)
        facts = purpose_facts(
            fold(ledger, purpose.scope),
            business=self.business,
            legal_person=self.legal_person,
            restricted=self.restricted,
            has_address=self.has_address,
            customer=self.customer,
            ended_long_ago=self.ended_long_ago,
            from_sale=self.from_sale,
            opt_out_informed=self.informed,
            scope=scope,
        )
        return decide(scope, facts)


def ev(channel: Channel, action: ConsentAction, day: int, month: int = 1, year: int = 2025):
    return (channel, action, D(year, month, day))


OY = {"business": True, "legal_person": True}  # a contact person of a legal person
TMI = {"business": True, "legal_person": False}  # of a sole trader, or of an unknown form
SOFT = {"customer": True, "from_sale": True, "informed": True}  # § 200(2) met

# (id, purpose, case, allowed, reason, provision)
ROWS = [
    # Consent is specific, and the latest word per purpose wins.
    ("newsletter consent opens the newsletter", NL, Case((ev(NEWS, GIVE, 1),)),
     True, Reason.CONSENT, "917/2014 200(1); GDPR 6(1)(a)"),
    ("newsletter consent does not open other e-mail", EM, Case((ev(NEWS, GIVE, 1),)),
     False, Reason.NO_CONSENT, "GDPR 4(11): consent is specific"),
    ("e-mail marketing consent covers the newsletter", NL, Case((ev(EMAIL, GIVE, 1),)),
     True, Reason.CONSENT, "GDPR 4(11)"),
    ("all-marketing consent opens SMS", SM, Case((ev(ALL, GIVE, 1),)),
     True, Reason.CONSENT, "917/2014 200(1)"),
    ("broad consent, later e-mail withdrawal: e-mail closed", EM,
     Case((ev(ALL, GIVE, 1), ev(EMAIL, WITHDRAW, 2))), False, Reason.OPTED_OUT, "GDPR 7(3)"),
    ("broad consent, later e-mail withdrawal: newsletter closed", NL,
     Case((ev(ALL, GIVE, 1), ev(EMAIL, WITHDRAW, 2))), False, Reason.OPTED_OUT, "GDPR 7(3)"),
    ("broad consent, later e-mail withdrawal: SMS still open", SM,
     Case((ev(ALL, GIVE, 1), ev(EMAIL, WITHDRAW, 2))), True, Reason.CONSENT, "GDPR 7(3)"),
    ("broad withdrawal recorded before the broad consent it follows", EM,
     Case((ev(EMAIL, WITHDRAW, 5, 2), ev(ALL, GIVE, 1, 1))), False, Reason.OPTED_OUT,
     "GDPR 7(3): dates decide, not the order of entry"),
    ("consent, withdrawal, consent again", NL,
     Case((ev(NEWS, GIVE, 1), ev(NEWS, WITHDRAW, 2), ev(NEWS, GIVE, 3))),
     True, Reason.CONSENT, "GDPR 7(3)"),
    ("consent then withdrawal", NL, Case((ev(NEWS, GIVE, 1), ev(NEWS, WITHDRAW, 2))),
     False, Reason.OPTED_OUT, "GDPR 7(3)"),
    ("newsletter withdrawal says nothing of other e-mail", EM,
     Case((ev(EMAIL, GIVE, 1), ev(NEWS, WITHDRAW, 2))), True, Reason.CONSENT, "GDPR 4(11)"),
    ("all withdrawn, later newsletter consent: newsletter open", NL,
     Case((ev(ALL, WITHDRAW, 1), ev(NEWS, GIVE, 2))), True, Reason.CONSENT, "GDPR 7(3)"),
    ("all withdrawn, later newsletter consent: other e-mail closed", EM,
     Case((ev(ALL, WITHDRAW, 1), ev(NEWS, GIVE, 2))), False, Reason.OPTED_OUT, "GDPR 4(11)"),
    ("same day: consent then withdrawal", NL,
     Case((ev(NEWS, GIVE, 3), ev(NEWS, WITHDRAW, 3))), False, Reason.OPTED_OUT,
     "GDPR 7(3): same day, the order recorded"),
    ("same day: withdrawal then consent", NL,
     Case((ev(NEWS, WITHDRAW, 3), ev(NEWS, GIVE, 3))), True, Reason.CONSENT,
     "GDPR 7(3): same day, the order recorded"),
    # Bans (objections) are absolute and stay until lifted.
    ("consent after a ban does not lift it", EM,
     Case((ev(EMAIL, BAN, 1), ev(EMAIL, GIVE, 2))), False, Reason.BANNED, "GDPR 21(3)"),
    ("ban then lift: no word, no consent", NL, Case((ev(EMAIL, BAN, 1), ev(EMAIL, LIFT, 2))),
     False, Reason.NO_CONSENT, "917/2014 200(1)"),
    ("ban, lift, consent", NL,
     Case((ev(EMAIL, BAN, 1), ev(EMAIL, LIFT, 2), ev(NEWS, GIVE, 3))),
     True, Reason.CONSENT, "917/2014 200(1)"),
    ("consent, ban, lift: the old consent does not return", NL,
     Case((ev(NEWS, GIVE, 1), ev(NEWS, BAN, 2), ev(NEWS, LIFT, 3))),
     False, Reason.NO_CONSENT, "GDPR 21(3), 7(3)"),
    ("ban on all marketing closes the phone", PH, Case((ev(ALL, BAN, 1),)),
     False, Reason.OBJECTION, "GDPR 21(3)"),
    ("ban on all marketing closes post", PO, Case((ev(ALL, BAN, 1),)),
     False, Reason.OBJECTION, "GDPR 21(3)"),
    ("ban on all marketing beats a later consent", NL,
     Case((ev(ALL, BAN, 1), ev(NEWS, GIVE, 2))), False, Reason.OBJECTION, "GDPR 21(3)"),
    ("newsletter ban leaves other e-mail consent", EM,
     Case((ev(EMAIL, GIVE, 1), ev(NEWS, BAN, 2))), True, Reason.CONSENT, "GDPR 21(2)"),
    ("newsletter ban closes the newsletter", NL, Case((ev(EMAIL, GIVE, 1), ev(NEWS, BAN, 2))),
     False, Reason.BANNED, "GDPR 21(3)"),
    ("SMS ban leaves the phone", PH, Case((ev(SMS, BAN, 1),)),
     True, Reason.NOT_REFUSED, "GDPR 21(2)"),
    ("phone ban closes the phone", PH, Case((ev(PHONE, BAN, 1),)),
     False, Reason.BANNED, "GDPR 21(3)"),
    ("restriction beats consent", NL, Case((ev(NEWS, GIVE, 1),), restricted=True),
     False, Reason.RESTRICTED, "GDPR 18(2)"),
    ("no e-mail address", NL, Case((ev(NEWS, GIVE, 1),), has_address=False),
     False, Reason.NO_ADDRESS, "-"),
    # Contact persons of legal persons (§ 201) against sole traders (§ 200).
    ("Oy contact, about their role", EM, Case(**OY), True, Reason.BUSINESS_ROLE,
     "917/2014 201"),
    ("Oy contact, SMS about their role", SM, Case(**OY), True, Reason.BUSINESS_ROLE,
     "917/2014 201"),
    ("Oy contact, not about their role", EM, Case(**OY, about_role=False),
     False, Reason.NOT_ABOUT_ROLE, "917/2014 201"),
    ("Oy contact who opted out", EM, Case((ev(EMAIL, BAN, 1),), **OY),
     False, Reason.BANNED, "917/2014 201"),
    ("Oy contact who withdrew", NL, Case((ev(NEWS, GIVE, 1), ev(NEWS, WITHDRAW, 2)), **OY),
     False, Reason.OPTED_OUT, "917/2014 201"),
    ("Oy contact with consent, not about role", NL,
     Case((ev(NEWS, GIVE, 1),), **OY, about_role=False), True, Reason.CONSENT,
     "917/2014 200(1)"),
    ("Tmi contact: a natural person", EM, Case(**TMI), False, Reason.SOLE_TRADER,
     "917/2014 200(1)"),
    ("Tmi contact with consent", NL, Case((ev(NEWS, GIVE, 1),), **TMI),
     True, Reason.CONSENT, "917/2014 200(1)"),
    ("Tmi customer: soft opt-in applies", EM, Case(**TMI, **SOFT), True, Reason.SOFT_OPT_IN,
     "917/2014 200(2)"),
    ("Tmi contact, post", PO, Case(**TMI), True, Reason.NOT_REFUSED, "GDPR 21(2)"),
    # Soft opt-in (§ 200(2)).
    ("customer, sale, told, own products", EM, Case(**SOFT), True, Reason.SOFT_OPT_IN,
     "917/2014 200(2)"),
    ("soft opt-in covers SMS too", SM, Case(**SOFT), True, Reason.SOFT_OPT_IN,
     "917/2014 200(2)"),
    ("soft opt-in: not own similar products", EM, Case(**SOFT, own_products=False),
     False, Reason.NOT_OWN_PRODUCTS, "917/2014 200(2)"),
    ("soft opt-in: never told how to refuse", EM, Case(customer=True, from_sale=True),
     False, Reason.NOT_INFORMED, "917/2014 200(2)"),
    ("soft opt-in: address not from a sale", EM, Case(customer=True, informed=True),
     False, Reason.NOT_FROM_SALE, "917/2014 200(2)"),
    ("soft opt-in: relationship ended too long ago", EM,
     Case(from_sale=True, informed=True, ended_long_ago=True),
     False, Reason.SOFT_OPT_IN_ENDED, "917/2014 200(2)"),
    ("soft opt-in refused by a withdrawal", NL,
     Case((ev(EMAIL, WITHDRAW, 1),), **SOFT), False, Reason.OPTED_OUT, "917/2014 200(2)"),
    ("soft opt-in refused by a ban", EM, Case((ev(EMAIL, BAN, 1),), **SOFT),
     False, Reason.BANNED, "917/2014 200(2)"),
    ("a prospect is no customer", EM, Case(from_sale=True, informed=True),
     False, Reason.NO_CONSENT, "917/2014 200(1)"),
    ("private person without consent", NL, Case(), False, Reason.NO_CONSENT,
     "917/2014 200(1)"),
    # Phone and post rest on opt-out.
    ("phone to a private person", PH, Case(), True, Reason.NOT_REFUSED, "GDPR 21(2)"),
    ("post to a private person", PO, Case(), True, Reason.NOT_REFUSED, "GDPR 21(2)"),
    ("post without an address", PO, Case(has_address=False), False, Reason.NO_ADDRESS, "-"),
    ("phone after withdrawing all marketing", PH, Case((ev(ALL, WITHDRAW, 1),)),
     False, Reason.OPTED_OUT, "GDPR 21(2)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("purpose", "case", "allowed", "reason", "provision"),
    [r[1:] for r in ROWS],
    ids=[f"{r[0]} [{r[5]}]" for r in ROWS],
)
def test_rule_table(purpose, case: Case, allowed: bool, reason: Reason, provision: str) -> None:
    decision = case.decide(purpose)
    assert (decision.allowed, decision.reason) == (allowed, reason), provision
    assert decision.message.render()


def test_there_are_enough_rows_and_every_rule_is_reached() -> None:
    assert len(ROWS) >= 40
    reached = {r[4] for r in ROWS}
    assert {rule.reason for rule in RULES} <= reached


def test_every_rule_names_its_provision() -> None:
    assert all(rule.provision for rule in RULES)


@pytest.mark.parametrize(
    ("status", "ended_on", "today", "expected"),
    [
        ("active", None, D(2026, 12, 4), (True, False)),
        ("prospect", None, D(2026, 12, 4), (False, False)),
        ("ended", D(2024, 12, 4), D(2026, 12, 4), (True, False)),  # the last day of 24 months
        ("ended", D(2024, 12, 4), D(2026, 12, 5), (False, True)),
        ("ended", D(2024, 2, 29), D(2026, 2, 28), (True, False)),  # leap day + 24 months
        ("ended", None, D(2026, 12, 4), (False, True)),  # no end date: no proof it is recent
    ],
)
def test_soft_opt_in_outlives_the_relationship_by_the_set_months(
    status: str, ended_on, today, expected
) -> None:
    assert Relationship(today, 24).judge(status, ended_on) == expected


def test_soft_opt_in_of_zero_months_ends_with_the_relationship() -> None:
    assert Relationship(D(2026, 12, 4), 0).judge("ended", D(2026, 12, 3)) == (False, True)
