"""The review: what is due, the decisions on it, and their planned outcome.

Everything here works inside a Session the service opens; the outcome is plain data so the
same object feeds the dry run, the apply, the minutes and the CLI's JSON.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import Contact, Customer
from rekisteri.core.retention.due import (
    contact_due,
    customer_due,
    fy_end_setting,
    gather,
    reason_text,
)
from rekisteri.core.retention.erase import (
    Decision,
    Effect,
    ErasePlan,
    plan_contact,
    plan_customer,
    plan_interactions,
)
from rekisteri.core.retention.rules import CTX, RuleView, load_rules

CUSTOMER, CONTACT, INTERACTIONS = "customer", "contact", "interactions"


@dataclass(frozen=True)
class ReviewItem:
    kind: str  # "customer", "contact" or "interactions" (id is then the customer's)
    id: int
    customer_id: int
    name: str
    due_on: dt.date
    reason: str
    hold: str
    suggested: str
    rule: str

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class ReviewDecision:
    kind: str
    id: int
    action: str
    reason: str = ""
    until: dt.date | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class OutcomeLine:
    key: str
    name: str
    decision: str
    effect: str
    removed: str
    kept: str
    rule: str
    # The same in structured form, so that documents can word it in their own language.
    kept_until: dt.date | None = None
    kept_kind: str = ""  # a HoldKind; "invoices" for a hold derived from the invoices
    kept_note: str = ""  # the hold's reason, or the invoice reference of a derived hold
    invoices_kept: int = 0


@dataclass(frozen=True)
class ReviewOutcome:
    lines: tuple[OutcomeLine, ...]
    counts: dict[str, int] = field(default_factory=dict)  # per Effect
    rules: dict[str, int] = field(default_factory=dict)  # rule name -> records acted on
    review_id: int | None = None
    backup_expires_on: dt.date | None = None
    next_review_on: dt.date | None = None

    def comparable(self) -> tuple[tuple[OutcomeLine, ...], dict[str, int], dict[str, int]]:
        """What a dry run must equal in the apply (ids and dates of the run aside)."""
        return self.lines, self.counts, self.rules


@dataclass(frozen=True)
class ReviewStatus:
    last_review_on: dt.date | None
    next_review_on: dt.date
    review_due: bool
    past_due: int
    backup_expires_on: dt.date | None

    @property
    def needs_attention(self) -> bool:
        return self.review_due or self.past_due > 0


def due_filters(today: dt.date):  # type: ignore[no-untyped-def]
    """Customers past due, and contacts due on their own (their customer not yet due)."""
    owner = aliased(Customer)
    customers = select(Customer.id).where(Customer.due_on.is_not(None), Customer.due_on <= today)
    contacts = (
        select(Contact.id, Contact.customer_id)
        .join(owner, owner.id == Contact.customer_id)
        .where(
            Contact.due_on.is_not(None),
            Contact.due_on <= today,
            or_(owner.due_on.is_(None), owner.due_on > today),
        )
    )
    return customers, contacts


def _contact_name(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def review_items(session: Session, today: dt.date) -> list[ReviewItem]:
    customers_q, contacts_q = due_filters(today)
    cust_ids = list(session.scalars(customers_q))
    contact_rows = session.execute(contacts_q).all()
    ids = sorted(set(cust_ids) | {cid for _x, cid in contact_rows})
    items: list[ReviewItem] = _interaction_items(session, today)
    if not ids:
        return items
    rules = load_rules(session)
    fy = fy_end_setting(session)
    # One pass over every due record (``gather`` joins a temporary id table), not chunks.
    names = dict(
        session.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_(
                    customers_q.union(contacts_q.with_only_columns(Contact.customer_id))
                )
            )
        ).all()
    )
    facts = gather(session, ids)
    wanted_contacts = {x for x, _cid in contact_rows}
    contact_names = {
        x: _contact_name(f, lname)
        for x, f, lname in session.execute(
            contacts_q.with_only_columns(Contact.id, Contact.first_name, Contact.last_name)
        )
    }
    cust_set = set(cust_ids)
    for cid in ids:
        f = facts[cid]
        d = customer_due(f, rules, fy)
        if cid in cust_set and d.due_on is not None:
            items.append(_item(CUSTOMER, cid, cid, names[cid], d.due_on, d, f.due_reason))
        for c in f.contacts:
            if c.id in wanted_contacts:
                cd = contact_due(f, c, d, rules)
                if cd.due_on is None:
                    continue
                label = f"{contact_names.get(c.id, '')} ({names[cid]})"
                items.append(_item(CONTACT, c.id, cid, label, cd.due_on, cd, cd.reason_text()))
    items.sort(key=lambda i: (i.due_on, i.name.casefold()))
    return items


def _interaction_items(session: Session, today: dt.date) -> list[ReviewItem]:
    from rekisteri.core.retention.interactions import expired_interactions

    groups = expired_interactions(session, today)
    if not groups:
        return []
    rows = session.execute(
        select(Customer.id, Customer.name).where(Customer.id.in_(list(groups)))
    ).all()
    names = {cid: name for cid, name in rows}
    return [
        ReviewItem(
            kind=INTERACTIONS,
            id=g.customer_id,
            customer_id=g.customer_id,
            name=names.get(g.customer_id, ""),
            due_on=g.due_on,
            reason=g.reason().render(),
            hold="",
            suggested=g.rule.action,
            rule=g.rule.display_name(),
        )
        for g in groups.values()
    ]


def _item(kind, ident, cid, name, due_on, d, reason) -> ReviewItem:  # type: ignore[no-untyped-def]
    rule: RuleView | None = d.rule
    hold = d.hold.message().render() if d.hold is not None else ""
    if d.key is not None and d.key[0] == "joined":
        reason = reason_text(d.key[1])  # the hold has its own column
    return ReviewItem(
        kind=kind,
        id=ident,
        customer_id=cid,
        name=name,
        due_on=due_on,
        reason=reason or d.reason_text(),
        hold=hold,
        suggested=rule.action if rule is not None else Decision.DELETE,
        rule=rule.display_name() if rule is not None else "",
    )


def validate_decisions(decisions: list[ReviewDecision], today: dt.date) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    for d in decisions:
        if d.kind not in (CUSTOMER, CONTACT, INTERACTIONS):
            errors[d.key] = Message(CTX, QT_TRANSLATE_NOOP("Retention", "Unknown record kind."))
        elif d.action not in {x.value for x in Decision}:
            errors[d.key] = Message(CTX, QT_TRANSLATE_NOOP("Retention", "Choose a decision."))
        elif d.action == Decision.KEEP and d.kind == INTERACTIONS:
            errors[d.key] = Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Retention",
                    "Old interactions are deleted or anonymised; leave them undecided to keep "
                    "them for now.",
                ),
            )
        elif d.action == Decision.KEEP and (not d.reason.strip() or d.until is None):
            errors[d.key] = Message(
                CTX, QT_TRANSLATE_NOOP("Retention", "Keeping needs a reason and a new date.")
            )
        elif d.action == Decision.KEEP and d.until is not None and d.until <= today:
            errors[d.key] = Message(
                CTX, QT_TRANSLATE_NOOP("Retention", "The new date must be in the future.")
            )
    return errors


def plan_all(
    session: Session, decisions: list[ReviewDecision], today: dt.date
) -> list[tuple[ReviewDecision, ErasePlan, str, str]]:
    """Plans in decision order, with each record's name and the rule that made it due."""
    items = {i.key: i for i in review_items(session, today)}
    out = []
    for d in decisions:
        if d.kind in (CUSTOMER, INTERACTIONS):
            if d.kind == CUSTOMER:
                plan = plan_customer(session, d.id, d.action, today, d.reason.strip(), d.until)
            else:
                plan = plan_interactions(session, d.id, d.action, today)
            row = session.execute(select(Customer.name).where(Customer.id == d.id)).scalar()
        else:
            plan = plan_contact(session, d.id, d.action, today, d.reason.strip(), d.until)
            r = session.execute(
                select(Contact.first_name, Contact.last_name).where(Contact.id == d.id)
            ).first()
            row = _contact_name(r[0], r[1]) if r else None
        item = items.get(d.key)
        out.append((d, plan, row or "", item.rule if item else ""))
    return out


def _structured(plan: ErasePlan) -> dict[str, object]:
    if plan.effect == Effect.KEPT:
        return {"kept_until": plan.keep_until, "kept_kind": "review", "kept_note": plan.keep_reason}
    if plan.effect in (Effect.HELD, Effect.REDUCED) and plan.hold is not None:
        return {
            "kept_until": plan.hold.until,
            "kept_kind": "invoices" if plan.hold.derived else plan.hold.kind,
            "kept_note": plan.hold.reason,
            "invoices_kept": plan.invoices_kept,
        }
    return {}


def outcome(planned: list[tuple[ReviewDecision, ErasePlan, str, str]]) -> ReviewOutcome:
    lines = []
    counts: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    for d, plan, name, rule in planned:
        kept = plan.kept_message()
        lines.append(
            OutcomeLine(
                key=d.key,
                name=name,
                decision=d.action,
                effect=plan.effect,
                removed=plan.removed_message().render(),
                kept=kept.render() if kept else "",
                rule=rule,
                **_structured(plan),
            )
        )
        counts[plan.effect] += 1
        if plan.effect not in (Effect.KEPT, Effect.HELD, Effect.MISSING) and rule:
            rules[rule] += 1
    return ReviewOutcome(tuple(lines), dict(counts), dict(rules))
