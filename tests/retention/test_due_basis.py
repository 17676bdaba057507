"""The stored basis of each due date: the review reads it instead of recomputing, and must
give exactly what a full computation gives, in today's language, even when the basis is
missing or stale."""

from __future__ import annotations

import datetime as dt

from retention_support import INVOICE, MEETING, D, contact_banned_under_contact_rule
from sqlalchemy import select, text, update

from rekisteri.core.i18n import set_language, set_translator, translate_for
from rekisteri.core.models import Contact, Customer
from rekisteri.core.register import Register
from rekisteri.core.retention import RuleView
from rekisteri.core.retention.basis import decode, encode, key_due
from rekisteri.core.retention.due import contact_due, customer_due, fy_end_setting, gather
from rekisteri.core.retention.holds import Hold
from rekisteri.core.retention.review import CONTACT, CUSTOMER, due_filters
from rekisteri.core.retention.rules import load_rules

TODAY = D(2026, 11, 22)
RULE = RuleView(7, "Customer relationship", "customers", "last_contact", period_years=5)


def test_every_kind_of_reason_survives_the_round_trip() -> None:
    derived = Hold(None, 3, None, "bookkeeping", "2021-014", D(2031, 12, 31))
    typed = Hold(12, 3, 8, "dispute", "reklamaatio | 4/2026; katso\nliite", D(2027, 6, 30))
    rule_key = ("rule", RULE, D(2019, 2, 3), D(2024, 2, 3), "")
    since_key = ("rule", RULE, D(2015, 2, 20), D(2020, 2, 20), "s")
    for key, hold in (
        (rule_key, None),
        (since_key, None),
        (("joined", since_key, ("hold", typed)), typed),
        (("hold", derived), derived),
        (("hold", typed), typed),
        (("joined", rule_key, ("hold", derived)), derived),
    ):
        assert decode(encode(RULE, key), {7: RULE}) == (RULE, key, hold)
    assert key_due(("joined", rule_key, ("hold", derived))) == D(2024, 2, 3)


def test_a_basis_that_no_longer_reads_asks_for_a_recompute() -> None:
    stored = encode(RULE, ("rule", RULE, D(2019, 2, 3), D(2024, 2, 3), ""))
    assert decode(stored, {}) is None  # the rule was deleted since
    for broken in ("", "x|7|", "r|7|2019-02-03", "r|seven|2019-02-03|2024-02-03", "h||1|2"):
        assert decode(broken, {7: RULE}) is None
    assert encode(RULE, None) == ""


def _computed(register: Register) -> dict[str, tuple[dt.date, str, str, str, str]]:
    """The review as a full computation from the facts gives it (the way it used to be)."""
    out = {}
    with register.db.session() as s:
        rules = load_rules(s)
        fy = fy_end_setting(s)
        customers_q, contacts_q = due_filters(TODAY)
        due_customers = set(s.scalars(customers_q))
        due_contacts = {row[0] for row in s.execute(contacts_q)}
        facts = gather(s, None)
        for cid, f in facts.items():
            d = customer_due(f, rules, fy)
            found = [(CUSTOMER, cid, d)] if cid in due_customers else []
            found += [(CONTACT, c.id, contact_due(f, c, d, rules)) for c in f.contacts]
            for kind, ident, due in found:
                if kind == CONTACT and ident not in due_contacts:
                    continue
                reason_key = due.key[1] if due.key[0] == "joined" else due.key
                out[f"{kind}:{ident}"] = (
                    due.due_on,
                    due.__class__(due.due_on, reason_key).reason_text(),
                    due.hold.message().render() if due.hold and due.hold.until > TODAY else "",
                    due.rule.action if due.rule else "delete",
                    due.rule.display_name() if due.rule else "",
                )
    return out


def _listed(register: Register) -> dict[str, tuple[dt.date, str, str, str, str]]:
    return {
        i.key: (i.due_on, i.reason, i.hold, i.suggested, i.rule)
        for i in register.retention.review_list()
        if i.kind != "interactions"
    }


def test_review_from_stored_basis_equals_a_full_computation(demo_register: Register) -> None:
    listed = _listed(demo_register)
    assert len(listed) > 10
    assert any(hold for _d, _r, hold, _s, _n in listed.values())  # holds are covered too
    assert listed == _computed(demo_register)


def test_missing_basis_is_recomputed_and_stored(demo_register: Register) -> None:
    reg = demo_register
    expected = _listed(reg)
    with reg.db.session() as s:
        s.execute(update(Customer).values(due_basis=""))
        s.execute(update(Contact).values(due_basis=""))
    assert _listed(reg) == expected
    with reg.db.session() as s:
        due = s.scalars(select(Customer.due_basis).where(Customer.due_on <= TODAY)).all()
    assert due and all(due)  # healed: the next review reads them again


def test_basis_out_of_step_with_its_date_is_not_trusted(register: Register, mk) -> None:
    cid = mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    with register.db.session() as s:  # a rule deleted behind the service's back
        s.execute(text("UPDATE customer SET due_basis = 'r|999|2000-01-01|2001-01-01'"))
    (item,) = register.retention.review_list()
    assert (item.customer_id, item.due_on) == (cid, D(2024, 2, 3))
    assert item.reason == "last contact 3 Feb 2019 + 5 years = 3 Feb 2024"


def test_contact_due_on_its_own_keeps_its_basis(register: Register, mk) -> None:
    _cid, _contact = contact_banned_under_contact_rule(register)
    (item,) = register.retention.review_list()
    assert (item.kind, item.name) == ("contact", "Maija Meikäläinen (Iso Oy)")
    assert item.reason == "consent withdrawn or ban set 1 Sep 2026 + 1 month = 1 Oct 2026"
    assert item.rule == "Contacts who refused marketing"


def test_reasons_come_in_todays_language(register: Register, mk) -> None:
    cid = mk("Laskutettu Oy", events=[(D(2021, 5, 15), INVOICE, "2021-014")])
    assert register.get_customer(cid).due_reason.startswith("last contact")  # stored in English
    set_translator(lambda context, source: translate_for("fi", context, source))
    set_language("fi")  # as the UI sets both: Finnish words with Finnish dates
    (item,) = register.retention.review_list()
    assert item.reason == "viimeisin yhteydenotto 15.5.2021 + 5 vuotta = 15.5.2026"
    assert item.hold == "säilytetään 31.12.2027 asti: kirjanpito, lasku 2021-014"
    assert item.rule == "Asiakassuhde"


def test_customer_detail_gives_the_reason_in_todays_language(register: Register, mk) -> None:
    cid = mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    assert register.get_customer(cid).due_reason == "last contact 3 Feb 2019 + 5 years = 3 Feb 2024"
    set_translator(lambda context, source: translate_for("fi", context, source))
    set_language("fi")  # as the UI sets both: Finnish words with Finnish dates
    detail = register.get_customer(cid)
    assert detail.due_reason == "viimeisin yhteydenotto 3.2.2019 + 5 vuotta = 3.2.2024"
    assert register.get_contact(detail.contacts[0].id).due_reason == detail.due_reason
    with register.db.session() as s:  # a basis that no longer reads: the stored words stand
        s.execute(text("UPDATE customer SET due_basis = 'r|999|2019-02-03|2024-02-03'"))
    assert register.get_customer(cid).due_reason == "last contact 3 Feb 2019 + 5 years = 3 Feb 2024"
