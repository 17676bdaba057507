"""Interaction rules: old entries of the contact log go on their own, the customer stays.

Seed 002 keeps coaching summaries two years after the assignment while the customer record
itself lives longer; an interaction rule expresses that. Invoices the bookkeeping duty still
keeps are never touched, nor anything of a customer under a full legal hold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from rekisteri.core.enums import InteractionKind
from rekisteri.core.formats import plural_form
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import Customer, Interaction, LegalHold
from rekisteri.core.retention.dates import fmt_date
from rekisteri.core.retention.due import fy_end_setting
from rekisteri.core.retention.holds import HoldKind
from rekisteri.core.retention.rules import (
    CTX,
    AppliesTo,
    RuleView,
    add_period,
    bookkeeping_start,
    load_rules,
)


@dataclass
class ExpiredGroup:
    customer_id: int
    rule: RuleView
    due_on: dt.date
    oldest: dt.date
    ids: list[int] = field(default_factory=list)

    def reason(self) -> Message:
        return Message(
            CTX,
            plural_form(
                len(self.ids),
                QT_TRANSLATE_NOOP("Retention", "{n} interaction past {period} (from {oldest})"),
                QT_TRANSLATE_NOOP(
                    "Retention", "{n} interactions past {period} (the oldest from {oldest})"
                ),
            ),
            {
                "n": len(self.ids),
                "period": self.rule.period_message(),
                "oldest": fmt_date(self.oldest),
            },
        )


def _bookkeeping_years(rules: list[RuleView]) -> list[RuleView]:
    return [r for r in rules if r.enabled and r.applies_to == AppliesTo.INVOICES]


def expired_interactions(
    session: Session, today: dt.date, customer_ids: list[int] | None = None
) -> dict[int, ExpiredGroup]:
    """Per customer, the interactions some interaction rule says may go today."""
    rules = load_rules(session)
    fy = fy_end_setting(session)
    books = _bookkeeping_years(rules)
    held = set(
        session.scalars(
            select(LegalHold.customer_id).where(
                LegalHold.until > today,
                LegalHold.contact_id.is_(None),
                LegalHold.kind != HoldKind.BOOKKEEPING,
            )
        )
    )
    due_customers = set(
        session.scalars(
            select(Customer.id).where(Customer.due_on.is_not(None), Customer.due_on <= today)
        )
    )
    groups: dict[int, ExpiredGroup] = {}
    for rule in rules:
        if not rule.enabled or rule.applies_to != AppliesTo.INTERACTIONS:
            continue
        cutoff = add_period(today, -rule.period_years, -rule.period_months, -rule.period_days)
        stmt = select(
            Interaction.id, Interaction.customer_id, Interaction.occurred_on, Interaction.kind
        ).where(Interaction.occurred_on <= cutoff)
        if rule.applies_value:
            stmt = stmt.where(Interaction.kind == rule.applies_value)
        if customer_ids is not None:
            stmt = stmt.where(Interaction.customer_id.in_(customer_ids))
        for iid, cid, day, kind in session.execute(stmt.order_by(Interaction.occurred_on)):
            if cid in held or cid in due_customers:
                continue
            if kind == InteractionKind.INVOICE and any(
                add_period(
                    bookkeeping_start(day, fy, b.period_years),
                    b.period_years,
                    b.period_months,
                    b.period_days,
                )
                > today
                for b in books
            ):
                continue
            due = add_period(day, rule.period_years, rule.period_months, rule.period_days)
            group = groups.get(cid)
            if group is None:
                group = groups[cid] = ExpiredGroup(cid, rule, due, day)
            if iid not in group.ids:
                group.ids.append(iid)
            if due < group.due_on:
                group.due_on, group.rule = due, rule
            group.oldest = min(group.oldest, day)
    return groups
