"""Due dates and their plain-words reasons, for each default rule and each kind of hold."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from retention_support import INVOICE, MEETING, D, contact_banned_under_contact_rule

from rekisteri.core.dto import ConsentInput, InteractionInput
from rekisteri.core.enums import Channel, ConsentAction, ConsentSource, CustomerStatus
from rekisteri.core.notice.document import SectionKey
from rekisteri.core.register import Register
from rekisteri.core.retention import AppliesTo, CountsFrom, RuleView
from rekisteri.core.retention.rules import (
    VOUCHER_YEARS,
    add_period,
    bookkeeping_start,
    financial_year_end,
)

# Kirjanpitolaki 2:10 §: counted from the end of the calendar year in which the financial
# year ended. (voucher date, financial year end, the day counting starts, 6-year hold)
BOOKKEEPING = [
    (D(2021, 5, 15), (12, 31), D(2021, 12, 31), D(2027, 12, 31)),
    (D(2021, 12, 31), (12, 31), D(2021, 12, 31), D(2027, 12, 31)),
    (D(2022, 1, 1), (12, 31), D(2022, 12, 31), D(2028, 12, 31)),
    (D(2021, 5, 15), (6, 30), D(2021, 12, 31), D(2027, 12, 31)),
    (D(2021, 8, 15), (6, 30), D(2022, 12, 31), D(2028, 12, 31)),
    (D(2021, 7, 1), (6, 30), D(2022, 12, 31), D(2028, 12, 31)),
    (D(2021, 6, 30), (6, 30), D(2021, 12, 31), D(2027, 12, 31)),
    (D(2024, 3, 1), (2, 28), D(2025, 12, 31), D(2031, 12, 31)),  # 28.2. vs the leap day
]


@pytest.mark.parametrize(("voucher", "fy", "start", "until"), BOOKKEEPING)
def test_bookkeeping_counts_from_the_calendar_year_end(voucher, fy, start, until) -> None:
    assert bookkeeping_start(voucher, fy) == start
    assert add_period(start, years=VOUCHER_YEARS) == until


def test_calendar_arithmetic() -> None:
    assert add_period(D(2020, 2, 29), years=1) == D(2021, 2, 28)
    assert add_period(D(2024, 1, 31), months=1) == D(2024, 2, 29)
    assert add_period(D(2019, 2, 3), years=5) == D(2024, 2, 3)
    assert financial_year_end(D(2021, 5, 15)) == D(2021, 12, 31)
    assert financial_year_end(D(2021, 8, 1), (6, 30)) == D(2022, 6, 30)


def test_default_rules_are_seeded_once(register: Register) -> None:
    rules = register.retention.list_rules()
    assert [r.key for r in rules] == [
        "customer_relationship",
        "prospect",
        "prospect_withdrawn",
        "bookkeeping",
    ]
    relationship = rules[0]
    assert (relationship.applies_to, relationship.counts_from, relationship.period_years) == (
        "customers",
        "last_contact",
        5,
    )
    assert relationship.action == "delete" and relationship.enabled
    for r in rules:
        register.retention.delete_rule(r.id)
    assert register.retention.list_rules() == []  # not re-seeded behind the user's back
    assert register.retention.backup_retention_days() == 30


def test_customer_relationship_last_contact_plus_five_years(register: Register, mk) -> None:
    cid = mk("Asiakas Oy", events=[(D(2019, 2, 3), MEETING, "")])
    c = register.get_customer(cid)
    assert c.due_on == D(2024, 2, 3)
    assert c.due_reason == "last contact 3 Feb 2019 + 5 years = 3 Feb 2024"
    assert c.contacts[0].due_on == D(2024, 2, 3)


def test_due_date_follows_a_new_contact(register: Register, mk) -> None:
    cid = mk("Asiakas Oy", events=[(D(2019, 2, 3), MEETING, "")])
    register.add_interaction(cid, InteractionInput(D(2026, 3, 1), MEETING))
    assert register.get_customer(cid).due_on == D(2031, 3, 1)


def test_prospect_two_years_from_last_contact(register: Register, mk) -> None:
    cid = mk("Prospekti Oy", status=CustomerStatus.PROSPECT, events=[(D(2024, 3, 1), MEETING, "")])
    c = register.get_customer(cid)
    assert c.due_on == D(2026, 3, 1)
    assert c.due_reason == "last contact 1 Mar 2024 + 2 years = 1 Mar 2026"


def test_prospect_due_at_once_when_consent_withdrawn(register: Register, mk) -> None:
    cid = mk("Prospekti Oy", status=CustomerStatus.PROSPECT, events=[(D(2026, 1, 5), MEETING, "")])
    contact = register.get_customer(cid).contacts[0]
    register.record_consent(
        contact.id,
        ConsentInput(
            Channel.NEWSLETTER, ConsentAction.CONSENT_GIVEN, ConsentSource.FORM, D(2026, 1, 5)
        ),
    )
    assert register.get_customer(cid).due_on == D(2028, 1, 5)
    register.record_consent(
        contact.id,
        ConsentInput(
            Channel.NEWSLETTER,
            ConsentAction.CONSENT_WITHDRAWN,
            ConsentSource.EMAIL,
            D(2026, 10, 10),
        ),
    )
    c = register.get_customer(cid)
    assert c.due_on == D(2026, 10, 10)
    assert c.due_reason == "consent withdrawn or ban set 10 Oct 2026 + 0 days = 10 Oct 2026"


def test_bookkeeping_hold_shows_in_reason_while_other_data_remains(register: Register, mk) -> None:
    cid = mk("Kirjanpito Oy", events=[(D(2021, 5, 15), INVOICE, "2021-014")])
    c = register.get_customer(cid)
    assert c.due_on == D(2026, 5, 15)  # the contacts and notes may go now ...
    assert c.due_reason == (
        "last contact 15 May 2021 + 5 years = 15 May 2026; "
        "kept until 31 Dec 2027: bookkeeping, invoice 2021-014"
    )


def test_bookkeeping_hold_alone_sets_the_date(register: Register, mk) -> None:
    cid = mk("Kirjanpito Oy", events=[(D(2021, 5, 15), INVOICE, "2021-014")])
    register.delete_customer(cid)  # reduces to what the books need
    c = register.get_customer(cid)
    assert c.contacts == ()
    assert c.due_on == D(2027, 12, 31)
    assert c.due_reason == "kept until 31 Dec 2027: bookkeeping, invoice 2021-014"


def test_bookkeeping_period_and_financial_year_are_settings(register: Register, mk) -> None:
    cid = mk("Kirjanpito Oy", events=[(D(2021, 8, 15), INVOICE, "2021-114")])
    register.delete_customer(cid)
    assert register.retention.bookkeeping_years() == 6  # vouchers, the default
    assert register.get_customer(cid).due_on == D(2027, 12, 31)
    register.retention.set_bookkeeping_years(10)
    assert register.get_customer(cid).due_on == D(2031, 12, 31)
    register.retention.set_bookkeeping_years(6)
    # The financial year 1.7.2021-30.6.2022 ended in 2022: six years from 31.12.2022.
    register.retention.set_financial_year_end(6, 30)
    assert register.get_customer(cid).due_on == D(2028, 12, 31)


def test_dispute_hold_pushes_the_date(register: Register, mk) -> None:
    cid = mk("Riita Oy", events=[(D(2019, 2, 3), MEETING, "")])
    register.retention.add_hold(cid, "dispute", "reklamaatio 4/2026", D(2027, 6, 30))
    c = register.get_customer(cid)
    assert c.due_on == D(2027, 6, 30)
    assert c.due_reason == "kept until 30 Jun 2027: dispute, reklamaatio 4/2026"
    assert all(i.customer_id != cid for i in register.retention.review_list())


def test_expired_hold_no_longer_keeps(register: Register, mk) -> None:
    cid = mk("Riita Oy", events=[(D(2019, 2, 3), MEETING, "")])
    register.retention.add_hold(cid, "dispute", "old", D(2023, 1, 1))
    assert register.get_customer(cid).due_on == D(2024, 2, 3)


def test_rule_edit_recomputes_every_customer(register: Register, mk) -> None:
    cid = mk("Prospekti Oy", status=CustomerStatus.PROSPECT, events=[(D(2024, 3, 1), MEETING, "")])
    prospect = next(r for r in register.retention.list_rules() if r.key == "prospect")
    register.retention.save_rule(replace(prospect, period_years=3))
    assert register.get_customer(cid).due_on == D(2027, 3, 1)


def test_relationship_end_rule(register: Register, mk) -> None:
    cid = mk(
        "Päättynyt Oy",
        status=CustomerStatus.ENDED,
        ended_on=D(2022, 6, 1),
        events=[(D(2024, 1, 10), MEETING, "")],
    )
    register.retention.save_rule(
        RuleView(None, "Ended relationships", AppliesTo.CUSTOMERS, CountsFrom.RELATIONSHIP_END,
                 period_years=1, applies_value="ended")
    )  # fmt: skip
    c = register.get_customer(cid)
    assert c.due_on == D(2023, 6, 1)
    assert c.due_reason == "end of the customer relationship 1 Jun 2022 + 1 year = 1 Jun 2023"


def test_contact_rule_frees_a_contact_before_its_customer(register: Register, mk) -> None:
    cid, contact_id = contact_banned_under_contact_rule(register)
    c = register.get_customer(cid)
    assert c.due_on == D(2031, 6, 1)
    assert c.contacts[0].due_on == D(2026, 10, 1)
    items = register.retention.review_list()
    assert [(i.kind, i.id) for i in items] == [("contact", contact_id)]


def test_recompute_all_matches_per_customer_hook(demo_register: Register) -> None:
    reg = demo_register
    before = {r.id: (r.due_on) for r in reg.list_customers(limit=1000).rows}
    with reg.db.session() as s:
        from sqlalchemy import update

        from rekisteri.core.models import Customer

        s.execute(update(Customer).values(due_on=None, due_reason=""))
    assert reg.retention.recompute_all() == len(before)
    after = {r.id: (r.due_on) for r in reg.list_customers(limit=1000).rows}
    assert after == before
    assert any(d is not None and d < dt.date(2026, 11, 22) for d in after.values())


def test_reason_names_the_day_it_really_used(register: Register, mk) -> None:
    """No contact on record: the period runs from the customer-since day, and says so."""
    cid = mk("Hiljainen Oy", since=D(2015, 2, 20))
    c = register.get_customer(cid)
    assert c.due_on == D(2020, 2, 20)
    assert c.due_reason == "customer since 20 Feb 2015 + 5 years = 20 Feb 2020"
    item = next(i for i in register.retention.review_list() if i.customer_id == cid)
    assert item.reason.startswith("customer since 20 Feb 2015")


# What renews "last contact": dealings with the person, not the owner's own notes.
CONTACT_KINDS_TABLE = [
    (MEETING, True),
    ("call", True),
    ("email", True),
    ("purchase", True),
    (INVOICE, True),
    ("note", False),
]


@pytest.mark.parametrize(("kind", "renews"), CONTACT_KINDS_TABLE)
def test_only_dealings_with_the_person_renew_the_last_contact(
    register: Register, mk, kind: str, renews: bool
) -> None:
    cid = mk("Asiakas Oy", events=[(D(2019, 2, 3), MEETING, "")])
    register.add_interaction(cid, InteractionInput(D(2026, 3, 1), kind, "x", "2026-1"))
    c = register.get_customer(cid)
    assert (c.last_contact_on == D(2026, 3, 1)) is renews
    assert c.due_on == (D(2031, 3, 1) if renews else D(2024, 2, 3))


def test_editing_the_record_does_not_renew_the_last_contact(register: Register, mk) -> None:
    cid = mk("Asiakas Oy", events=[(D(2019, 2, 3), MEETING, "")])
    detail = register.get_customer(cid)
    register.update_customer(cid, replace(detail.to_input(), notes="Soitti, ei tavoitettu"))
    assert register.get_customer(cid).last_contact_on == D(2019, 2, 3)


def test_the_suppression_list_is_kept_only_as_long_as_the_notice_says(register, clock) -> None:
    from rekisteri.core.models import SuppressionEntry

    with register.db.session() as s:
        s.add(SuppressionEntry(digest="a" * 64, kind="email", added_on=D(2020, 1, 1)))
        s.add(SuppressionEntry(digest="b" * 64, kind="email", added_on=D(2025, 1, 1)))
    assert register.retention.suppression_years() == 5
    assert register.retention.suppression_count() == 1  # the 2020 digest is past five years
    register.retention.set_suppression_years(1)
    assert register.retention.suppression_count() == 0
    doc = register.notice.new_from_template("fi")
    assert "enintään 1 vuosi" in doc.find(SectionKey.RETENTION).body


def test_the_books_count_from_the_financial_years_end_not_the_calendar_years() -> None:
    """Kirjanpitolaki 2:10 § 1 mom.: the books, ten years from the end of the financial year;
    2 mom.: vouchers, six years from the end of the calendar year it ended in."""
    fy = (6, 30)
    assert bookkeeping_start(D(2021, 8, 15), fy, years=10) == D(2022, 6, 30)
    assert bookkeeping_start(D(2021, 8, 15), fy, years=6) == D(2022, 12, 31)


def test_recomputing_last_contacts_keeps_a_typed_date_and_drops_a_notes(register, mk) -> None:
    """The 0009 recompute: dealings decide; a note's date goes; a typed date stays."""
    from sqlalchemy import update

    from rekisteri.core.denorm import recompute_last_contacts
    from rekisteri.core.models import Customer

    typed = mk("Kirjattu Oy", since=D(2018, 1, 1))
    noted = mk("Muistiinpano Oy", since=D(2018, 1, 1))
    register.add_interaction(noted, InteractionInput(D(2024, 5, 5), "note", "sisäinen"))
    with register.db.session() as s:
        s.execute(
            update(Customer).where(Customer.id == typed).values(last_contact_on=D(2020, 2, 2))
        )
        s.execute(
            update(Customer).where(Customer.id == noted).values(last_contact_on=D(2024, 5, 5))
        )
    with register.db.session() as s:
        assert recompute_last_contacts(s) == 1
    assert register.get_customer(typed).last_contact_on == D(2020, 2, 2)
    assert register.get_customer(noted).last_contact_on is None
