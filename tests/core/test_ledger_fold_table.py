"""``ledger.fold`` over dated event sequences: the latest word wins, per purpose.

Each row is (provision, purpose, events, expected): events are (key, action, date) in the
order they were recorded, so two events of one day keep that order; expected is whether
the purpose may rely on consent ("consent"), the person has said no ("no"), a ban is in
force ("ban") or the ledger says nothing ("none").
"""

from __future__ import annotations

import datetime as dt

import pytest

from rekisteri.core.ledger import LedgerEvent, fold
from rekisteri.core.marketing import MarketingPurpose

D = dt.date
NEWS, EMAIL, SMS, POST = (
    MarketingPurpose.NEWSLETTER,
    MarketingPurpose.EMAIL,
    MarketingPurpose.SMS,
    MarketingPurpose.POST,
)
GIVE, WITHDRAW, BAN, LIFT = "consent_given", "consent_withdrawn", "ban_set", "ban_lifted"
ALL, NL, EM, SM, PO = (
    "all_marketing",
    "newsletter",
    "email_marketing",
    "sms_marketing",
    ("post_marketing"),
)
A7 = "GDPR Art 7(3)"  # withdrawal at any time, as easy as giving
A4 = "GDPR Art 4(11)"  # consent is specific
A21 = "GDPR Art 21(2-3)"  # objection to direct marketing is absolute

# fmt: off
ROWS = [
    (A7, NEWS, [(NL, GIVE, D(2020, 1, 1))], "consent"),
    (A7, NEWS, [(NL, GIVE, D(2020, 1, 1)), (NL, WITHDRAW, D(2021, 1, 1))], "no"),
    (A7, NEWS, [(NL, GIVE, D(2020, 1, 1)), (NL, WITHDRAW, D(2021, 1, 1)),
                (NL, GIVE, D(2022, 1, 1))], "consent"),  # consent -> withdrawal -> consent
    (A7, EMAIL, [(ALL, GIVE, D(2020, 1, 1)), (EM, WITHDRAW, D(2021, 1, 1))], "no"),
    (A7, NEWS, [(ALL, GIVE, D(2020, 1, 1)), (EM, WITHDRAW, D(2021, 1, 1))], "no"),
    (A7, SMS, [(ALL, GIVE, D(2020, 1, 1)), (EM, WITHDRAW, D(2021, 1, 1))], "consent"),
    (A7, EMAIL, [(EM, WITHDRAW, D(2021, 1, 1)), (ALL, GIVE, D(2020, 1, 1))], "no"),  # by date
    (A7, NEWS, [(ALL, WITHDRAW, D(2020, 1, 1)), (NL, GIVE, D(2021, 1, 1))], "consent"),
    (A7, EMAIL, [(ALL, WITHDRAW, D(2020, 1, 1)), (NL, GIVE, D(2021, 1, 1))], "no"),
    (A4, EMAIL, [(NL, GIVE, D(2020, 1, 1))], "none"),  # a newsletter is not every campaign
    (A4, NEWS, [(EM, GIVE, D(2020, 1, 1))], "consent"),  # e-mail marketing includes it
    (A4, NEWS, [(SM, GIVE, D(2020, 1, 1))], "none"),
    (A4, EMAIL, [(EM, GIVE, D(2020, 1, 1)), (NL, WITHDRAW, D(2021, 1, 1))], "consent"),
    (A21, POST, [(ALL, BAN, D(2020, 1, 1))], "ban"),
    (A21, NEWS, [(ALL, BAN, D(2020, 1, 1)), (NL, GIVE, D(2021, 1, 1))], "ban"),
    (A21, EMAIL, [(EM, BAN, D(2020, 1, 1)), (EM, LIFT, D(2021, 1, 1))], "none"),
    (A21, EMAIL, [(EM, GIVE, D(2019, 1, 1)), (EM, BAN, D(2020, 1, 1)),
                  (EM, LIFT, D(2021, 1, 1))], "none"),  # a lift brings no old consent back
    (A21, EMAIL, [(EM, BAN, D(2020, 1, 1)), (EM, LIFT, D(2021, 1, 1)),
                  (EM, GIVE, D(2021, 2, 1))], "consent"),
    (A21, EMAIL, [(ALL, BAN, D(2020, 1, 1)), (EM, LIFT, D(2021, 1, 1))], "ban"),  # own key only
    (A21, SMS, [(EM, BAN, D(2020, 1, 1))], "none"),
    (A7, NEWS, [(NL, GIVE, D(2024, 5, 5)), (NL, WITHDRAW, D(2024, 5, 5))], "no"),  # same day
    (A7, NEWS, [(NL, WITHDRAW, D(2024, 5, 5)), (NL, GIVE, D(2024, 5, 5))], "consent"),
    (A21, NEWS, [(ALL, BAN, D(2024, 5, 5)), (ALL, LIFT, D(2024, 5, 5))], "none"),
]
# fmt: on


def _verdict(purpose: MarketingPurpose, events: list[tuple[str, str, dt.date]]) -> str:
    ledger = [LedgerEvent(i, key, action, day) for i, (key, action, day) in enumerate(events)]
    state = fold(ledger, purpose.scope)
    if state.banned:
        return "ban"
    if state.consent:
        return "consent"
    return "no" if state.opted_out else "none"


@pytest.mark.parametrize(
    ("provision", "purpose", "events", "expected"),
    ROWS,
    ids=[f"{i:02d} {r[0]} {r[1].value}" for i, r in enumerate(ROWS)],
)
def test_fold_table(provision: str, purpose: MarketingPurpose, events, expected: str) -> None:
    assert _verdict(purpose, events) == expected
