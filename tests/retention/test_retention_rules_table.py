"""The retention rules as one table: each row names the provision it rests on.

Rows go through the facade (``Register``) on the frozen day 22.11.2026, so a row fails when
the rule, the financial-year setting, or the way contacts are counted changes. The default
periods are the register's own policy under GDPR Art 5(1)(e) (storage limitation), 5 years
for a customer and 2 for a prospect; the bookkeeping hold is the law's (Kirjanpitolaki
1336/1997 2:10 §: vouchers 6 years from the end of the calendar year in which the financial
year ended).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest
from retention_support import INVOICE, MEETING, D

from rekisteri.core.enums import CustomerKind, CustomerStatus
from rekisteri.core.errors import ValidationError
from rekisteri.core.register import Register
from rekisteri.core.requests import erasure

ACTIVE, PROSPECT = CustomerStatus.ACTIVE, CustomerStatus.PROSPECT
GDPR_5_1_E = "GDPR Art 5(1)(e)"
KPL = "Kirjanpitolaki 1336/1997 2:10 §"


class Row(NamedTuple):
    provision: str
    what: str
    status: str
    since: dt.date | None
    events: tuple[tuple[dt.date, str], ...]
    fy_end: tuple[int, int]
    reduced: bool  # erased down to what the books need: only the bookkeeping hold is left
    due_on: dt.date
    reason_starts: str


# fmt: off
ROWS = [
    Row(GDPR_5_1_E, "customer: last meeting + 5 years", ACTIVE, D(2015, 1, 1),
        ((D(2019, 2, 3), MEETING),), (12, 31), False, D(2024, 2, 3), "last contact 3 Feb 2019"),
    Row(GDPR_5_1_E, "customer: a call is a contact", ACTIVE, D(2015, 1, 1),
        ((D(2019, 2, 3), MEETING), (D(2022, 3, 1), "call")), (12, 31), False, D(2027, 3, 1),
        "last contact 1 Mar 2022"),
    Row(GDPR_5_1_E, "customer: an e-mail is a contact", ACTIVE, D(2015, 1, 1),
        ((D(2023, 9, 30), "email"),), (12, 31), False, D(2028, 9, 30), "last contact 30 Sep 2023"),
    Row(GDPR_5_1_E, "customer: a purchase is a contact", ACTIVE, D(2015, 1, 1),
        ((D(2020, 6, 6), "purchase"),), (12, 31), False, D(2025, 6, 6), "last contact 6 Jun 2020"),
    Row(GDPR_5_1_E, "customer: an internal note is not a contact", ACTIVE, D(2015, 1, 1),
        ((D(2019, 2, 3), MEETING), (D(2026, 1, 10), "note")), (12, 31), False, D(2024, 2, 3),
        "last contact 3 Feb 2019"),
    Row(GDPR_5_1_E, "customer with no contact: counted from customer since", ACTIVE,
        D(2015, 2, 20), (), (12, 31), False, D(2020, 2, 20), "customer since 20 Feb 2015"),
    Row(GDPR_5_1_E, "prospect: last contact + 2 years", PROSPECT, None,
        ((D(2024, 3, 1), MEETING),), (12, 31), False, D(2026, 3, 1), "last contact 1 Mar 2024"),
    Row(GDPR_5_1_E, "prospect: a note does not keep a prospect", PROSPECT, None,
        ((D(2024, 3, 1), MEETING), (D(2025, 12, 1), "note")), (12, 31), False, D(2026, 3, 1),
        "last contact 1 Mar 2024"),
    Row(KPL, "invoice, calendar financial year: 6 years from 31.12. of that year", ACTIVE,
        D(2015, 1, 1), ((D(2021, 5, 15), INVOICE),), (12, 31), True, D(2027, 12, 31),
        "kept until 31 Dec 2027"),
    Row(KPL, "invoice on the last day of the financial year", ACTIVE, D(2015, 1, 1),
        ((D(2021, 12, 31), INVOICE),), (12, 31), True, D(2027, 12, 31), "kept until 31 Dec 2027"),
    Row(KPL, "financial year 1.7.-30.6. ending the next calendar year", ACTIVE, D(2015, 1, 1),
        ((D(2021, 8, 15), INVOICE),), (6, 30), True, D(2028, 12, 31), "kept until 31 Dec 2028"),
    Row(KPL, "financial year 1.7.-30.6. ending the same calendar year", ACTIVE, D(2015, 1, 1),
        ((D(2021, 6, 30), INVOICE),), (6, 30), True, D(2027, 12, 31), "kept until 31 Dec 2027"),
    Row(KPL, "the latest invoice decides", ACTIVE, D(2015, 1, 1),
        ((D(2020, 2, 1), INVOICE), (D(2022, 2, 1), INVOICE)), (12, 31), True, D(2028, 12, 31),
        "kept until 31 Dec 2028"),
]
# fmt: on


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.provision}: {r.what}")
def test_retention_rules_table(register: Register, mk, row: Row) -> None:
    if row.fy_end != (12, 31):
        register.retention.set_financial_year_end(*row.fy_end)
    events = [(day, kind, f"{day.year}-{i}") for i, (day, kind) in enumerate(row.events)]
    cid = mk("Taulukko Oy", status=row.status, since=row.since, events=events)
    if row.reduced:
        register.delete_customer(cid)
    c = register.get_customer(cid)
    assert c.due_on == row.due_on
    assert c.due_reason.startswith(row.reason_starts)


# The erasure letter's "kept until" is the same computation as the review's bookkeeping hold
# (Kirjanpitolaki 2:10 §, with the user's financial year), never a second one.
ERASURE_ROWS = [
    (KPL, (12, 31), D(2021, 8, 15), D(2027, 12, 31)),
    (KPL, (6, 30), D(2021, 8, 15), D(2028, 12, 31)),
    (KPL, (6, 30), D(2021, 5, 15), D(2027, 12, 31)),
    (KPL, (2, 28), D(2024, 3, 1), D(2031, 12, 31)),
]


@pytest.mark.parametrize(("provision", "fy_end", "invoice_on", "kept_until"), ERASURE_ROWS)
def test_erasure_letter_keeps_until_the_bookkeeping_date(
    register: Register, mk, provision: str, fy_end, invoice_on, kept_until
) -> None:
    register.retention.set_financial_year_end(*fy_end)
    cid = mk("Liisa Laine", kind=CustomerKind.PERSON, events=[(invoice_on, INVOICE, "2021-9")])
    contact_id = register.get_customer(cid).contacts[0].id
    outcome = erasure.preview(register, contact_id)
    assert outcome.kept_until == kept_until
    register.delete_customer(cid)
    assert register.get_customer(cid).due_on == kept_until


# The review interval: our users review at least every five years (the register's own
# accountability practice, GDPR Art 5(2) and 24); 1 to 60 months are accepted.
INTERVAL_ROWS = [
    ("GDPR Art 5(2)", 1, True),
    ("GDPR Art 5(2)", 12, True),
    ("GDPR Art 5(2)", 60, True),
    ("GDPR Art 5(2)", 0, False),
    ("GDPR Art 5(2)", 61, False),
    ("GDPR Art 5(2)", -12, False),
]


@pytest.mark.parametrize(("provision", "months", "accepted"), INTERVAL_ROWS)
def test_review_interval_rules(register: Register, provision: str, months: int, accepted: bool):
    before = register.retention.review_interval_months()
    if accepted:
        register.retention.set_review_interval_months(months)
        assert register.retention.review_interval_months() == months
    else:
        with pytest.raises(ValidationError) as exc:
            register.retention.set_review_interval_months(months)
        assert "interval" in exc.value.errors
        assert register.retention.review_interval_months() == before


@pytest.mark.parametrize("stored", ["", "many", "0", "999", "-3"])
def test_a_damaged_interval_setting_reads_as_a_valid_interval(register: Register, stored: str):
    """A hand-edited or damaged setting must not stop the review pane from opening."""
    import json

    from sqlalchemy import text

    with register.db.session() as s:  # as a hand edit would: the facade refuses a non-number
        key = {"k": "retention.review_interval_months"}
        s.execute(text("DELETE FROM setting WHERE key = :k"), key)
        s.execute(
            text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
            {**key, "v": json.dumps(stored)},
        )
    assert 1 <= register.retention.review_interval_months() <= 60
