"""Due dates: the day each customer and contact may no longer be kept, and why.

The facts a due date depends on are read with a handful of grouped Core queries, the dates
computed in plain Python and written back with one executemany, so that the whole register
(100,000 customers) is recomputed in seconds. The same code serves one customer after an
edit (through ``rekisteri.core.denorm.refresh_customer``), so both paths agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from rekisteri.core import settings_registry as reg
from rekisteri.core.enums import CustomerStatus
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.models import Contact, Customer
from rekisteri.core.retention.basis import encode as encode_basis
from rekisteri.core.retention.dates import fmt_date
from rekisteri.core.retention.due_facts import START_ENTERED as START_ENTERED
from rekisteri.core.retention.due_facts import START_SINCE as START_SINCE
from rekisteri.core.retention.due_facts import ContactFacts as ContactFacts
from rekisteri.core.retention.due_facts import CustomerFacts as CustomerFacts
from rekisteri.core.retention.due_facts import gather as gather
from rekisteri.core.retention.holds import HOLD_TEMPLATE, Hold, HoldKind, hold_what
from rekisteri.core.retention.rules import (
    CTX,
    AppliesTo,
    CountsFrom,
    RuleView,
    add_period,
    bookkeeping_start,
    load_rules,
    period_message,
)


def fy_end_setting(session: Session) -> tuple[int, int]:
    """Financial year end as (month, day); the calendar year unless the user set another."""
    raw = reg.read(session, reg.FINANCIAL_YEAR_END)
    try:
        month, day = (int(x) for x in raw.split("-"))
        dt.date(2001, month, day)
    except ValueError:
        return (12, 31)
    return (month, day)


# ("rule", rule, start, due, start_kind) | ("hold", hold) | ("joined", a, b)
ReasonKey = tuple[Any, ...]

# Words for the start days of ``due_facts`` (START_SINCE, START_ENTERED).
START_LABELS = {
    START_SINCE: QT_TRANSLATE_NOOP("Retention", "customer since"),
    START_ENTERED: QT_TRANSLATE_NOOP("Retention", "added to the register"),
}


def start_label(rule: RuleView, start_kind: str) -> str:
    """The words for the day a rule's period started from."""
    if start_kind in START_LABELS:
        return _translated(START_LABELS[start_kind])
    return CountsFrom(rule.counts_from).label()


@dataclass(frozen=True)
class Due:
    """A due date and the key its plain-words reason is built from.

    The reason is kept as a hashable key rather than a rendered text: 100,000 customers share
    a few thousand distinct reasons, so rendering is cached per key during a recompute.
    """

    due_on: dt.date | None
    key: ReasonKey | None
    rule: RuleView | None = None
    hold: Hold | None = None

    @property
    def reason(self) -> Message | None:
        return reason_message(self.key) if self.key else None

    def reason_text(self) -> str:
        return reason_text(self.key) if self.key else ""

    def basis(self) -> str:
        return encode_basis(self.rule, self.key) if self.due_on is not None else ""

    def stored(self) -> tuple[dt.date | None, str, str]:
        """What is written to the record: the date, its reason in words and as data."""
        return self.due_on, self.reason_text(), self.basis()


def reason_message(key: ReasonKey) -> Message:
    if key[0] == "rule":
        _tag, rule, start, due, start_kind = key
        return _rule_reason(start_label(rule, start_kind), start, rule, due)
    if key[0] == "hold":
        hold: Hold = key[1]
        return hold.message()
    return Message(CTX, "{a}; {b}", {"a": reason_message(key[1]), "b": reason_message(key[2])})


@lru_cache(maxsize=256)
def _translated(text: str) -> str:
    return translate(CTX, text)


@lru_cache(maxsize=256)
def _rule_parts(counts_from: str, years: int, months: int, days: int) -> tuple[str, str]:
    # Keyed by the four values the words depend on: hashing the whole RuleView on every row
    # cost the review a tenth of its time.
    return CountsFrom(counts_from).label(), period_message(years, months, days).render()


def rule_reason_parts(rule: RuleView) -> tuple[str, str, str]:
    """The translated template of a rule's reason, and its words for the start and period;
    the two dates go in as ``on`` and ``due``."""
    label, period = _rule_parts(
        rule.counts_from, rule.period_years, rule.period_months, rule.period_days
    )
    return _translated(_RULE_TEMPLATE), label, period


def reason_text(key: ReasonKey) -> str:
    """The same text as ``reason_message(key).render()``, built without the Message tree.

    A bulk recompute renders one reason per customer, nearly all of them different, so the
    translated templates are looked up once and only the dates are formatted per row.
    """
    if key[0] == "rule":
        _tag, rule, start, due, start_kind = key
        template, label, period = rule_reason_parts(rule)
        if start_kind:
            label = start_label(rule, start_kind)
        return template.format(start=label, on=fmt_date(start), period=period, due=fmt_date(due))
    if key[0] == "hold":
        hold: Hold = key[1]
        what = hold_what(hold.kind, hold.reason, hold.derived)
        return _translated(HOLD_TEMPLATE).format(until=fmt_date(hold.until), what=what)
    return _translated("{a}; {b}").format(a=reason_text(key[1]), b=reason_text(key[2]))


def reason_renderer(session: Session) -> Callable[[str, str], str]:
    """(basis, stored text) -> the reason in today's language; as stored when the basis no
    longer reads (the next recompute mends it)."""
    from rekisteri.core.retention.basis import decode

    clear_caches()
    rules = {r.id: r for r in load_rules(session) if r.id is not None}

    def render(basis: str, stored: str) -> str:
        found = decode(basis, rules)
        return reason_text(found[1]) if found is not None else stored

    return render


def clear_caches() -> None:
    """The user's language may have changed since the last run."""
    _translated.cache_clear()
    _rule_parts.cache_clear()


_RULE_TEMPLATE = QT_TRANSLATE_NOOP("Retention", "{start} {on} + {period} = {due}")


def bookkeeping_hold(f: CustomerFacts, rules: list[RuleView], fy: tuple[int, int]) -> Hold | None:
    """The hold the bookkeeping rule derives from the customer's last invoice."""
    if f.last_invoice_on is None:
        return None
    best: Hold | None = None
    for r in rules:
        if not r.enabled or r.applies_to != AppliesTo.INVOICES:
            continue
        start = (
            bookkeeping_start(f.last_invoice_on, fy, r.period_years)
            if r.counts_from == CountsFrom.FINANCIAL_YEAR_END
            else f.last_invoice_on
        )
        until = add_period(start, r.period_years, r.period_months, r.period_days)
        if best is None or until > best.until:
            best = Hold(
                None,
                f.id,
                None,
                HoldKind.BOOKKEEPING,
                f.last_invoice_ref,
                until,
            )
    return best


def _rule_reason(start_label: str, start: dt.date, rule: RuleView, due: dt.date) -> Message:
    return Message(
        CTX,
        _RULE_TEMPLATE,
        {
            "start": start_label,
            "on": fmt_date(start),
            "period": rule.period_message(),
            "due": fmt_date(due),
        },
    )


def _start(
    rule: RuleView, f: CustomerFacts, contact: ContactFacts | None, fy: tuple[int, int]
) -> tuple[dt.date | None, str]:
    """The day the rule's period starts from, and which day it is (``start_kind``)."""
    cf = rule.counts_from
    if cf in ("last_contact", "interaction_date"):
        seen = contact.last_interaction_on if contact is not None else None
        if seen is not None and seen >= f.start:
            return seen, ""
        return f.start, f.start_kind
    if cf == "relationship_end":
        return (f.ended_on if f.status == CustomerStatus.ENDED else None), ""
    if cf == "consent_withdrawn":
        if contact is not None:
            return contact.marketing_ended_on, ""
        return f.marketing_ended_on, ""
    if cf == "financial_year_end":
        if f.last_invoice_on is None:
            return None, ""
        return bookkeeping_start(f.last_invoice_on, fy, rule.period_years), ""
    return None, ""


def _applies(rule: RuleView, f: CustomerFacts, to_contact: bool) -> bool:
    if not rule.enabled:
        return False
    target = rule.applies_to
    if to_contact:
        return target == "contacts" and (not rule.applies_value or rule.applies_value == f.status)
    if target == "prospects":
        return f.status == "prospect"
    if target == "customers":
        if rule.applies_value:
            return rule.applies_value == f.status
        return f.status != "prospect"
    return False


def _earliest(
    rules: list[RuleView], f: CustomerFacts, contact: ContactFacts | None, fy: tuple[int, int]
) -> tuple[dt.date, ReasonKey, RuleView] | None:
    best: tuple[dt.date, dt.date, RuleView, str] | None = None
    for rule in rules:
        if not _applies(rule, f, contact is not None):
            continue
        start, start_kind = _start(rule, f, contact, fy)
        if start is None:
            continue
        due = add_period(start, rule.period_years, rule.period_months, rule.period_days)
        if best is None or due < best[0]:
            best = (due, start, rule, start_kind)
    if best is None:
        return None
    due, start, rule, start_kind = best
    return due, ("rule", rule, start, due, start_kind), rule


def customer_due(f: CustomerFacts, rules: list[RuleView], fy: tuple[int, int]) -> Due:
    """Earliest rule wins; a full hold pushes the date out, a bookkeeping hold does so only
    once nothing but what the books need is left on the record."""
    found = _earliest(rules, f, None, fy)
    holds = list(f.holds)
    book = bookkeeping_hold(f, rules, fy)
    if book is not None:
        holds.append(book)
    if found is None:
        return Due(None, None)
    due, reason, rule = found
    full = max((h for h in holds if not h.partial), key=lambda h: h.until, default=None)
    part = max((h for h in holds if h.partial), key=lambda h: h.until, default=None)
    if full is not None and full.until > due:
        return Due(full.until, ("hold", full), rule, full)
    if part is not None and part.until > due:
        if not f.removable:
            return Due(part.until, ("hold", part), rule, part)
        return Due(due, ("joined", reason, ("hold", part)), rule, part)
    return Due(due, reason, rule)


def contact_due(
    f: CustomerFacts,
    c: ContactFacts,
    customer: Due,
    rules: list[RuleView],
    fy: tuple[int, int] = (12, 31),
) -> Due:
    """A contact goes with its customer unless a contact rule frees it earlier; holds on the
    contact, and full holds on the customer, keep it."""
    own = _earliest(rules, f, c, fy)
    due = customer
    if own is not None and (customer.due_on is None or own[0] < customer.due_on):
        due = Due(own[0], own[1], own[2])
    if due.due_on is None:
        return due
    keeping = [h for h in c.holds + f.holds if not h.partial and h.until > due.due_on]
    if keeping:
        h = max(keeping, key=lambda h: h.until)
        return Due(h.until, ("hold", h), due.rule, h)
    return due


def compute(
    facts: dict[int, CustomerFacts], rules: list[RuleView], fy: tuple[int, int]
) -> Iterable[tuple[CustomerFacts, Due, list[tuple[ContactFacts, Due]]]]:
    for f in facts.values():
        d = customer_due(f, rules, fy)
        yield f, d, [(c, contact_due(f, c, d, rules, fy)) for c in f.contacts]


def recompute(session: Session, customer_ids: list[int] | None = None) -> int:
    """Recompute and store due dates (all customers when ``customer_ids`` is None).

    Returns how many customer rows changed. Rows whose date and reason are unchanged are not
    written, so a recompute after a small rule edit writes little.
    """
    rules = load_rules(session)
    fy = fy_end_setting(session)
    clear_caches()
    facts = gather(session, customer_ids)
    if not facts:
        return 0
    cust_rows: list[dict[str, object]] = []
    contact_rows: list[dict[str, object]] = []
    for f, d, contact_dues in compute(facts, rules, fy):
        new = d.stored()
        if (f.due_on, f.due_reason, f.due_basis) != new:
            cust_rows.append(_row(f.id, new))
        for c, cd in contact_dues:
            cnew = new if cd is d else cd.stored()
            if (c.due_on, c.due_reason, c.due_basis) != cnew:
                contact_rows.append(_row(c.id, cnew))
    for table, rows in ((Customer.__table__, cust_rows), (Contact.__table__, contact_rows)):
        if rows:
            stmt = (
                table.update()
                .where(table.c.id == bindparam("b_id"))
                .values(
                    due_on=bindparam("b_due"),
                    due_reason=bindparam("b_reason"),
                    due_basis=bindparam("b_basis"),
                )
            )
            session.connection().execute(stmt, rows)
    return len(cust_rows)


def _row(ident: int, stored: tuple[dt.date | None, str, str]) -> dict[str, object]:
    return {"b_id": ident, "b_due": stored[0], "b_reason": stored[1], "b_basis": stored[2]}


def refresh_due(session: Session, customer: Customer) -> None:
    """The hook ``denorm.refresh_customer`` calls: one customer, set on the loaded objects."""
    session.flush()
    rules = load_rules(session)
    facts = gather(session, [customer.id])
    f = facts.get(customer.id)
    if f is None:
        return
    fy = fy_end_setting(session)
    d = customer_due(f, rules, fy)
    customer.due_on, customer.due_reason, customer.due_basis = d.stored()
    by_id = {c.id: contact_due(f, c, d, rules, fy) for c in f.contacts}
    for contact in customer.contacts:
        cd = by_id.get(contact.id)
        if cd is not None:
            contact.due_on, contact.due_reason, contact.due_basis = cd.stored()
