"""The eligibility rule table, row by row: each row has an example it must decide."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rekisteri.core.marketing import RULES, Facts, MarketingChannel, Reason, decide

E, S, P, L = (
    MarketingChannel.EMAIL,
    MarketingChannel.SMS,
    MarketingChannel.PHONE,
    MarketingChannel.POST,
)

# A private person with an address, no ledger events, not a customer.
BASE = Facts(
    kind="private",
    restricted=False,
    objection=False,
    banned=False,
    opted_out=False,
    has_address=True,
    consent=False,
    customer=False,
    opt_out_informed=False,
)

# One example per row of RULES, in the table's order: (channel, facts, allowed, reason).
ROW_EXAMPLES = [
    (P, replace(BASE, restricted=True, consent=True), False, Reason.RESTRICTED),
    (L, replace(BASE, kind="business", objection=True), False, Reason.OBJECTION),
    (E, replace(BASE, banned=True, consent=True), False, Reason.BANNED),
    (S, replace(BASE, kind="business", opted_out=True), False, Reason.OPTED_OUT),
    (E, replace(BASE, has_address=False, consent=True), False, Reason.NO_ADDRESS),
    (S, replace(BASE, consent=True), True, Reason.CONSENT),
    (E, replace(BASE, kind="business"), True, Reason.BUSINESS_ROLE),
    (E, replace(BASE, customer=True, opt_out_informed=True), True, Reason.SOFT_OPT_IN),
    (S, replace(BASE, customer=True), False, Reason.NOT_INFORMED),
    (E, BASE, False, Reason.NO_CONSENT),
    (P, BASE, True, Reason.NOT_REFUSED),
]


def test_every_row_has_an_example() -> None:
    assert [r.reason for r in RULES] == [ex[3] for ex in ROW_EXAMPLES]


@pytest.mark.parametrize(
    ("index", "channel", "facts", "allowed", "reason"),
    [(i, *ex) for i, ex in enumerate(ROW_EXAMPLES)],
    ids=[r.text for r in RULES],
)
def test_row(index: int, channel, facts: Facts, allowed: bool, reason: Reason) -> None:
    rule = RULES[index]
    assert channel in rule.channels and facts.kind in rule.kinds and rule.when(facts)
    decision = decide(channel, facts)
    assert (decision.allowed, decision.reason) == (allowed, reason)
    assert decision.message.render()


@pytest.mark.parametrize("channel", list(MarketingChannel))
def test_exclusions_beat_consent_on_every_channel(channel: MarketingChannel) -> None:
    for flag, reason in [
        ("restricted", Reason.RESTRICTED),
        ("objection", Reason.OBJECTION),
        ("banned", Reason.BANNED),
    ]:
        facts = replace(BASE, consent=True, customer=True, opt_out_informed=True, **{flag: True})
        assert decide(channel, facts).reason is reason


def test_phone_and_post_need_no_consent_but_an_address() -> None:
    assert decide(P, replace(BASE, kind="business")).allowed
    assert decide(L, replace(BASE, has_address=False)).reason is Reason.NO_ADDRESS


def test_unknown_kind_is_treated_as_private() -> None:
    assert decide(E, replace(BASE, kind="mystery")).reason is Reason.NO_CONSENT


def test_soft_opt_in_never_applies_to_prospects() -> None:
    facts = replace(BASE, customer=False, opt_out_informed=True)
    assert decide(E, facts).reason is Reason.NO_CONSENT
