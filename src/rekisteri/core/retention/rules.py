"""Retention rules: what they apply to, what they count from, and the seeded defaults.

The defaults follow the practice of the Finnish notices in the seeds: a customer relationship
is kept five years from the last contact, a prospect two years (or not at all once consent is
withdrawn), and bookkeeping keeps invoices (vouchers) and their customer's identifying data
six years from the end of the calendar year in which the financial year ended (Kirjanpitolaki
2:10 §; the books and financial statements, kept ten years, are not in this register).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.models import RetentionRule

CTX = "Retention"


class AppliesTo(StrEnum):
    CUSTOMERS = "customers"  # applies_value: a CustomerStatus, or "" for every status
    PROSPECTS = "prospects"
    CONTACTS = "contacts"
    INTERACTIONS = "interactions"  # applies_value: an InteractionKind
    INVOICES = "invoices"  # the bookkeeping duty: keeps, then frees

    def label(self) -> str:
        return translate(CTX, _APPLIES[self.value])


_APPLIES = {
    "customers": QT_TRANSLATE_NOOP("Retention", "Customers"),
    "prospects": QT_TRANSLATE_NOOP("Retention", "Prospects and marketing-only records"),
    "contacts": QT_TRANSLATE_NOOP("Retention", "Contact persons"),
    "interactions": QT_TRANSLATE_NOOP("Retention", "Interactions"),
    "invoices": QT_TRANSLATE_NOOP("Retention", "Invoices and other vouchers (bookkeeping)"),
}


class CountsFrom(StrEnum):
    LAST_CONTACT = "last_contact"
    RELATIONSHIP_END = "relationship_end"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    FINANCIAL_YEAR_END = "financial_year_end"
    INTERACTION_DATE = "interaction_date"

    def label(self) -> str:
        return translate(CTX, _COUNTS[self.value])


_COUNTS = {
    "last_contact": QT_TRANSLATE_NOOP("Retention", "last contact"),
    "relationship_end": QT_TRANSLATE_NOOP("Retention", "end of the customer relationship"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("Retention", "consent withdrawn or ban set"),
    "financial_year_end": QT_TRANSLATE_NOOP(
        "Retention",
        "end of the last invoice's financial year (for vouchers, the end of that calendar year)",
    ),
    "interaction_date": QT_TRANSLATE_NOOP("Retention", "the interaction's date"),
}


class RuleAction(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"

    def label(self) -> str:
        return translate(CTX, _ACTIONS[self.value])


_ACTIONS = {
    "delete": QT_TRANSLATE_NOOP("Retention", "Delete"),
    "anonymise": QT_TRANSLATE_NOOP("Retention", "Anonymise"),
}


@dataclass(frozen=True)
class RuleView:
    id: int | None
    name: str
    applies_to: str
    counts_from: str
    period_years: int = 0
    period_months: int = 0
    period_days: int = 0
    action: str = RuleAction.DELETE
    enabled: bool = True
    applies_value: str = ""
    key: str = ""
    position: int = 0

    def display_name(self) -> str:
        """Seeded names are English source text, so they are shown translated."""
        return translate(CTX, self.name) if self.key else self.name

    def period_message(self) -> Message:
        return period_message(self.period_years, self.period_months, self.period_days)

    def describe(self) -> Message:
        """ "last contact + 5 years": the rule in the words the notice and the minutes use."""
        return Message(
            CTX,
            QT_TRANSLATE_NOOP("Retention", "{start} + {period}"),
            {"start": CountsFrom(self.counts_from).label(), "period": self.period_message()},
        )


def period_message(years: int, months: int, days: int) -> Message:
    parts: list[Message] = []
    if years:
        parts.append(
            Message(CTX, QT_TRANSLATE_NOOP("Retention", "{n} years"), {"n": years})
            if years != 1
            else Message(CTX, QT_TRANSLATE_NOOP("Retention", "1 year"))
        )
    if months:
        parts.append(
            Message(CTX, QT_TRANSLATE_NOOP("Retention", "{n} months"), {"n": months})
            if months != 1
            else Message(CTX, QT_TRANSLATE_NOOP("Retention", "1 month"))
        )
    if days:
        parts.append(
            Message(CTX, QT_TRANSLATE_NOOP("Retention", "{n} days"), {"n": days})
            if days != 1
            else Message(CTX, QT_TRANSLATE_NOOP("Retention", "1 day"))
        )
    if not parts:
        return Message(CTX, QT_TRANSLATE_NOOP("Retention", "0 days"))
    return Message(CTX, "{p}", {"p": " ".join(p.render() for p in parts)})


def add_period(start: dt.date, years: int = 0, months: int = 0, days: int = 0) -> dt.date:
    """Calendar arithmetic: 29.2. + 1 year is 28.2., 31.1. + 1 month is 28.2. (or 29.2.)."""
    total = start.month - 1 + months + 12 * years
    year, month = start.year + total // 12, total % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day) + dt.timedelta(days=days)


def financial_year_end(day: dt.date, fy_end: tuple[int, int] = (12, 31)) -> dt.date:
    """The last day of the financial year ``day`` falls in (``fy_end`` = month, day)."""
    month, mday = fy_end
    end = dt.date(day.year, month, min(mday, calendar.monthrange(day.year, month)[1]))
    if day <= end:
        return end
    year = day.year + 1
    return dt.date(year, month, min(mday, calendar.monthrange(year, month)[1]))


def bookkeeping_start(day: dt.date, fy_end: tuple[int, int] = (12, 31), years: int = 6) -> dt.date:
    """Where Kirjanpitolaki 2:10 § starts counting for a record dated ``day``.

    Vouchers (2 mom., six years) count from the end of the calendar year in which their
    financial year ended (a year ending 30.6.2025 counts from 31.12.2025); the books and
    the financial statements (1 mom., ten years) from the end of the financial year itself.
    A hold of ten years or more is the books' period, so it counts the books' way.
    """
    end = financial_year_end(day, fy_end)
    return end if years >= BOOKS_YEARS else dt.date(end.year, 12, 31)


# Kirjanpitolaki 1336/1997 2:10 §: vouchers (invoices, receipts) 6 years; the books and the
# financial statements 10 years. A customer register holds vouchers at most.
VOUCHER_YEARS = 6
BOOKS_YEARS = 10

DEFAULT_RULES: tuple[RuleView, ...] = (
    RuleView(
        None,
        QT_TRANSLATE_NOOP("Retention", "Customer relationship"),
        AppliesTo.CUSTOMERS,
        CountsFrom.LAST_CONTACT,
        period_years=5,
        key="customer_relationship",
    ),
    RuleView(
        None,
        QT_TRANSLATE_NOOP("Retention", "Prospect or marketing-only record"),
        AppliesTo.PROSPECTS,
        CountsFrom.LAST_CONTACT,
        period_years=2,
        key="prospect",
    ),
    RuleView(
        None,
        QT_TRANSLATE_NOOP("Retention", "Marketing consent withdrawn"),
        AppliesTo.PROSPECTS,
        CountsFrom.CONSENT_WITHDRAWN,
        key="prospect_withdrawn",
    ),
    RuleView(
        None,
        QT_TRANSLATE_NOOP("Retention", "Bookkeeping"),
        AppliesTo.INVOICES,
        CountsFrom.FINANCIAL_YEAR_END,
        period_years=VOUCHER_YEARS,
        key="bookkeeping",
    ),
)


def _view(r: RetentionRule) -> RuleView:
    return RuleView(
        id=r.id,
        name=r.name,
        applies_to=r.applies_to,
        counts_from=r.counts_from,
        period_years=r.period_years,
        period_months=r.period_months,
        period_days=r.period_days,
        action=r.action,
        enabled=r.enabled,
        applies_value=r.applies_value,
        key=r.key,
        position=r.position,
    )


def load_rules(session: Session) -> list[RuleView]:
    """The rules in force, seeding the defaults the first time a register needs them.

    Seeding is remembered in a setting, so a user who deletes every rule is not given the
    defaults back behind their back.
    """
    from rekisteri.core import settings_registry as reg

    if not reg.is_stored(session, reg.RULES_SEEDED):
        count = session.execute(select(func.count(RetentionRule.id))).scalar_one()
        if not count:
            for i, rule in enumerate(DEFAULT_RULES):
                session.add(_model(RetentionRule(), rule, i))
        reg.write(session, reg.RULES_SEEDED, True)
        session.flush()
    rows = session.scalars(select(RetentionRule).order_by(RetentionRule.position, RetentionRule.id))
    return [_view(r) for r in rows]


def _model(row: RetentionRule, rule: RuleView, position: int) -> RetentionRule:
    row.key = rule.key
    row.position = position
    row.name = rule.name
    row.applies_to = str(rule.applies_to)
    row.applies_value = rule.applies_value
    row.counts_from = str(rule.counts_from)
    row.period_years = rule.period_years
    row.period_months = rule.period_months
    row.period_days = rule.period_days
    row.action = str(rule.action)
    row.enabled = rule.enabled
    return row


def validate_rule(rule: RuleView) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if not rule.name.strip():
        errors["name"] = Message(CTX, QT_TRANSLATE_NOOP("Retention", "Give the rule a name."))
    if rule.applies_to not in {a.value for a in AppliesTo}:
        errors["applies_to"] = Message(
            CTX, QT_TRANSLATE_NOOP("Retention", "Choose what the rule applies to.")
        )
    if rule.counts_from not in {c.value for c in CountsFrom}:
        errors["counts_from"] = Message(
            CTX, QT_TRANSLATE_NOOP("Retention", "Choose the event the period counts from.")
        )
    if rule.action not in {a.value for a in RuleAction}:
        errors["action"] = Message(CTX, QT_TRANSLATE_NOOP("Retention", "Choose an action."))
    if min(rule.period_years, rule.period_months, rule.period_days) < 0 or rule.period_years > 100:
        errors["period"] = Message(
            CTX, QT_TRANSLATE_NOOP("Retention", "The period must be between 0 and 100 years.")
        )
    return errors


def save_rule(session: Session, rule: RuleView) -> RetentionRule:
    if rule.id is None:
        position = session.execute(select(func.count(RetentionRule.id))).scalar_one()
        row = _model(RetentionRule(), rule, int(position))
        session.add(row)
    else:
        found = session.get(RetentionRule, rule.id)
        if found is None:
            from rekisteri.core.errors import NotFoundError

            raise NotFoundError("retention_rule", rule.id)
        row = _model(found, rule, found.position)
    session.flush()
    return row
