"""Erasure that keeps exactly what a legal duty keeps, and nothing else.

Planning and doing are separate: ``plan_*`` reads the register and says what each decision
would remove and keep; ``execute`` carries out a plan. The review's dry run shows the plans,
its apply executes the very same plans, so the preview cannot drift from the outcome.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from rekisteri.core.enums import ConsentAction, InteractionKind
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import (
    AnonymisedRecord,
    BreachCustomer,
    ConsentEvent,
    Contact,
    ContactEmail,
    ContactPhone,
    Customer,
    Interaction,
    LegalHold,
    SuppressionEntry,
)
from rekisteri.core.retention import counts
from rekisteri.core.retention.dates import fmt_date
from rekisteri.core.retention.due import bookkeeping_hold, fy_end_setting
from rekisteri.core.retention.due_facts import gather
from rekisteri.core.retention.holds import Hold, HoldKind
from rekisteri.core.retention.rules import CTX, load_rules
from rekisteri.core.retention.suppression import digest, purge_expired, register_key


class Decision(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"
    KEEP = "keep"


class Effect(StrEnum):
    """What really happens, which a hold can make differ from the decision."""

    DELETED = "deleted"
    ANONYMISED = "anonymised"
    REDUCED = "reduced"  # bookkeeping keeps invoices and identifying data, the rest goes
    HELD = "held"  # a hold keeps the whole record
    KEPT = "kept"  # kept by decision, with a new date
    MISSING = "missing"  # the record no longer exists


@dataclass(frozen=True)
class ErasePlan:
    customer_id: int
    contact_id: int | None
    decision: str
    effect: str
    contacts: int = 0
    interactions: int = 0
    invoices_kept: int = 0
    hold: Hold | None = None
    keep_reason: str = ""
    keep_until: dt.date | None = None
    suppress: int = 0  # how many people go on the suppression list
    interaction_ids: tuple[int, ...] = ()  # set when only old interactions are acted on

    def removed_message(self) -> Message:
        if self.effect in (Effect.HELD, Effect.KEPT, Effect.MISSING):
            return Message(CTX, QT_TRANSLATE_NOOP("Retention", "nothing is removed"))
        if self.interaction_ids:
            n = len(self.interaction_ids)
            return counts.interactions_removed(n, notes_only=self.effect == Effect.ANONYMISED)
        if self.contact_id is not None:
            if self.effect == Effect.ANONYMISED:
                return Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Retention", "the contact's name, addresses and numbers are removed"
                    ),
                )
            return Message(CTX, QT_TRANSLATE_NOOP("Retention", "the contact is removed"))
        if self.effect == Effect.REDUCED:
            return Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Retention", "{contacts}, {interactions} and the notes are removed"
                ),
                {
                    "contacts": counts.contacts(self.contacts),
                    "interactions": counts.other_interactions(self.interactions),
                },
            )
        text = (
            QT_TRANSLATE_NOOP(
                "Retention",
                "the customer, {contacts} and {interactions} are removed; statistics are kept",
            )
            if self.effect == Effect.ANONYMISED
            else QT_TRANSLATE_NOOP(
                "Retention", "the customer, {contacts} and {interactions} are removed"
            )
        )
        return Message(
            CTX,
            text,
            {
                "contacts": counts.contacts(self.contacts),
                "interactions": counts.interactions(self.interactions),
            },
        )

    def kept_message(self) -> Message | None:
        if self.effect == Effect.KEPT and self.keep_until is not None:
            return Message(
                CTX,
                QT_TRANSLATE_NOOP("Retention", "kept until {until}: {reason}"),
                {"until": fmt_date(self.keep_until), "reason": self.keep_reason},
            )
        if self.effect == Effect.REDUCED and self.hold is not None:
            return Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Retention", "{invoices} and the customer's identifying data are {hold}"
                ),
                {"invoices": counts.invoices(self.invoices_kept), "hold": self.hold.message()},
            )
        if self.effect == Effect.HELD and self.hold is not None:
            return self.hold.message()
        return None


@dataclass
class _Held:
    full: Hold | None = None
    partial: Hold | None = None
    invoices: int = 0
    others: int = 0
    contacts: list[int] = field(default_factory=list)


def _holds(session: Session, customer_id: int, today: dt.date) -> _Held:
    facts = gather(session, [customer_id]).get(customer_id)
    if facts is None:
        return _Held()
    holds = [h for h in facts.holds if h.until > today]
    book = bookkeeping_hold(facts, load_rules(session), fy_end_setting(session))
    if book is not None and book.until > today:
        holds.append(book)
    full = [h for h in holds if not h.partial]
    part = [h for h in holds if h.partial]
    invoices = session.execute(
        select(func.count(Interaction.id)).where(
            Interaction.customer_id == customer_id, Interaction.kind == InteractionKind.INVOICE
        )
    ).scalar_one()
    return _Held(
        max(full, key=lambda h: h.until, default=None),
        max(part, key=lambda h: h.until, default=None),
        int(invoices),
        facts.other_interactions,
        [c.id for c in facts.contacts],
    )


def _refusers(session: Session, contact_ids: list[int]) -> list[int]:
    """Contacts who banned marketing or whose last word on it was a withdrawal."""
    if not contact_ids:
        return []
    banned = set(
        session.scalars(
            select(Contact.id).where(Contact.id.in_(contact_ids), Contact.banned_channels != "")
        )
    )
    latest = (
        select(func.max(ConsentEvent.id))
        .where(ConsentEvent.contact_id.in_(contact_ids))
        .group_by(ConsentEvent.contact_id)
    )
    withdrawn = set(
        session.scalars(
            select(ConsentEvent.contact_id).where(
                ConsentEvent.id.in_(latest.scalar_subquery()),
                ConsentEvent.action == ConsentAction.CONSENT_WITHDRAWN,
            )
        )
    )
    return sorted(banned | withdrawn)


def plan_customer(
    session: Session,
    customer_id: int,
    decision: str,
    today: dt.date,
    keep_reason: str = "",
    keep_until: dt.date | None = None,
) -> ErasePlan:
    if session.get(Customer, customer_id) is None:
        return ErasePlan(customer_id, None, decision, Effect.MISSING)
    if decision == Decision.KEEP:
        return ErasePlan(
            customer_id, None, decision, Effect.KEPT, keep_reason=keep_reason, keep_until=keep_until
        )
    held = _holds(session, customer_id, today)
    suppress = len(_refusers(session, held.contacts))
    if held.full is not None:
        return ErasePlan(customer_id, None, decision, Effect.HELD, hold=held.full)
    if held.partial is not None:
        return ErasePlan(
            customer_id,
            None,
            decision,
            Effect.REDUCED,
            contacts=len(held.contacts),
            interactions=held.others,
            invoices_kept=held.invoices,
            hold=held.partial,
            suppress=suppress,
        )
    effect = Effect.ANONYMISED if decision == Decision.ANONYMISE else Effect.DELETED
    return ErasePlan(
        customer_id,
        None,
        decision,
        effect,
        contacts=len(held.contacts),
        interactions=held.others + held.invoices,
        suppress=suppress,
    )


def plan_contact(
    session: Session,
    contact_id: int,
    decision: str,
    today: dt.date,
    keep_reason: str = "",
    keep_until: dt.date | None = None,
) -> ErasePlan:
    contact = session.get(Contact, contact_id)
    if contact is None:
        return ErasePlan(0, contact_id, decision, Effect.MISSING)
    cid = contact.customer_id
    if decision == Decision.KEEP:
        return ErasePlan(
            cid, contact_id, decision, Effect.KEPT, keep_reason=keep_reason, keep_until=keep_until
        )
    held = _holds(session, cid, today)
    own = session.scalars(
        select(LegalHold).where(LegalHold.contact_id == contact_id, LegalHold.until > today)
    ).all()
    if own:
        h = max(own, key=lambda h: h.until)
        hold = Hold(h.id, cid, contact_id, h.kind, h.reason, h.until)
        return ErasePlan(cid, contact_id, decision, Effect.HELD, hold=hold)
    if held.full is not None:
        return ErasePlan(cid, contact_id, decision, Effect.HELD, hold=held.full)
    effect = Effect.ANONYMISED if decision == Decision.ANONYMISE else Effect.DELETED
    return ErasePlan(
        cid,
        contact_id,
        decision,
        effect,
        contacts=1,
        suppress=len(_refusers(session, [contact_id])),
    )


def plan_interactions(
    session: Session, customer_id: int, decision: str, today: dt.date
) -> ErasePlan:
    """Old interactions of one customer, as the interaction rules find them today."""
    from rekisteri.core.retention.interactions import expired_interactions

    group = expired_interactions(session, today, [customer_id]).get(customer_id)
    if group is None:
        return ErasePlan(customer_id, None, decision, Effect.MISSING)
    effect = Effect.ANONYMISED if decision == Decision.ANONYMISE else Effect.DELETED
    return ErasePlan(
        customer_id,
        None,
        decision,
        effect,
        interactions=len(group.ids),
        interaction_ids=tuple(group.ids),
    )


def suppress_refusers(session: Session, contact_ids: list[int], today: dt.date) -> None:
    """Keep a keyed hash of the e-mails and phones of those who refused marketing.

    Called before any of their rows go, by every path that removes a contact, so that a
    later import flags them instead of adding them back to marketing.
    """
    refusers = _refusers(session, contact_ids)
    if not refusers:
        return
    key = register_key(session)
    values = [
        ("email", a)
        for a in session.scalars(
            select(ContactEmail.address).where(ContactEmail.contact_id.in_(refusers))
        )
    ] + [
        ("phone", n)
        for n in session.scalars(
            select(ContactPhone.number).where(ContactPhone.contact_id.in_(refusers))
        )
    ]
    purge_expired(session, today)
    for kind, value in values:
        d = digest(key, kind, value)
        if session.get(SuppressionEntry, d) is None:
            session.add(SuppressionEntry(digest=d, kind=kind, added_on=today))
    session.flush()


def execute(
    session: Session, plan: ErasePlan, today: dt.date, actor: str, now: dt.datetime
) -> None:
    """Carry out one plan inside the caller's transaction (the caller refreshes and audits)."""
    if plan.effect == Effect.KEPT:
        session.add(
            LegalHold(
                customer_id=plan.customer_id,
                contact_id=plan.contact_id,
                kind=HoldKind.REVIEW,
                reason=plan.keep_reason,
                until=plan.keep_until or today,
                created_at=now,
                created_by=actor,
            )
        )
        return
    if plan.effect in (Effect.HELD, Effect.MISSING):
        return
    if plan.interaction_ids:
        ids = list(plan.interaction_ids)
        if plan.effect == Effect.ANONYMISED:
            session.execute(update(Interaction).where(Interaction.id.in_(ids)).values(note=""))
        else:
            session.execute(delete(Interaction).where(Interaction.id.in_(ids)))
        return
    if plan.contact_id is not None:
        suppress_refusers(session, [plan.contact_id], today)
        if plan.effect == Effect.ANONYMISED:
            _anonymise_contact(session, plan.contact_id)
        else:
            session.execute(delete(Contact).where(Contact.id == plan.contact_id))
        return
    _erase_customer(session, plan, today, actor, now)


def _erase_customer(
    session: Session, plan: ErasePlan, today: dt.date, actor: str, now: dt.datetime
) -> None:
    """The whole customer: reduced to what the books keep, anonymised into the statistics,
    or deleted. Contacts who refused marketing go on the suppression list first."""
    cid = plan.customer_id
    contact_ids = list(session.scalars(select(Contact.id).where(Contact.customer_id == cid)))
    suppress_refusers(session, contact_ids, today)
    # Which breaches touched the customer is data about them: it goes with every erasure,
    # including one that keeps the invoices (the breach itself stays documented).
    session.execute(delete(BreachCustomer).where(BreachCustomer.customer_id == cid))
    if plan.effect == Effect.REDUCED:
        session.execute(delete(Contact).where(Contact.customer_id == cid))
        session.execute(
            delete(Interaction).where(
                Interaction.customer_id == cid, Interaction.kind != InteractionKind.INVOICE
            )
        )
        session.execute(
            update(Customer)
            .where(Customer.id == cid)
            .values(notes="", data_source_detail="", updated_at=now, updated_by=actor)
        )
        return
    if plan.effect == Effect.ANONYMISED:
        c = session.get(Customer, cid)
        assert c is not None
        year = (c.customer_since or c.created_at.date()).year
        session.add(
            AnonymisedRecord(
                customer_kind=c.kind,
                industry=c.industry,
                postcode=c.billing_postcode,
                year=year,
                anonymised_on=today,
            )
        )
        session.flush()
    session.execute(delete(Customer).where(Customer.id == cid))
    session.expunge_all()


def _anonymise_contact(session: Session, contact_id: int) -> None:
    session.execute(delete(ContactEmail).where(ContactEmail.contact_id == contact_id))
    session.execute(delete(ContactPhone).where(ContactPhone.contact_id == contact_id))
    session.execute(delete(ConsentEvent).where(ConsentEvent.contact_id == contact_id))
    session.execute(
        update(Contact)
        .where(Contact.id == contact_id)
        .values(
            first_name="",
            last_name="",
            title="",
            street="",
            city="",
            hetu=None,
            hetu_mask="",
            data_source_detail="",
            restriction_reason="",
            banned_channels="",
        )
    )
