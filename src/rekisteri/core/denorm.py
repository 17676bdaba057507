"""The customer row's cached list columns, recomputed from the records they summarise.

The customer list must page and search 100,000 customers with one single-table query, so
the main contact, e-mail, phone, marketing state, restriction and search text are copied onto
the customer row. This module is the only writer of those columns; the demo generator and
importers use the same pure functions so that every path stores the same values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session, selectinload

from rekisteri.core.enums import CONTACT_KINDS, BanState, Channel
from rekisteri.core.models import Contact, Customer, Interaction
from rekisteri.core.validation import digits

_FULL_BAN = {
    Channel.EMAIL_MARKETING.value,
    Channel.SMS_MARKETING.value,
    Channel.PHONE_MARKETING.value,
    Channel.POST_MARKETING.value,
}


@dataclass(frozen=True)
class ContactSummary:
    first_name: str
    last_name: str
    emails: Sequence[str]
    phones: Sequence[str]  # E.164
    banned_channels: Sequence[str]
    restricted: bool


def name_key(name: str) -> str:
    """Case-folded sort key, so that "äijälä" sorts with "Äijälä"."""
    return name.casefold().strip()


def national_digits(e164: str) -> str:
    """``+358405005634`` → ``0405005634``: what a Finn types when searching."""
    d = digits(e164)
    return "0" + d[3:] if e164.startswith("+358") else d


def search_text(name: str, business_id: str | None, contacts: Sequence[ContactSummary]) -> str:
    parts = [name.casefold()]
    if business_id:
        parts += [business_id, digits(business_id)]
    for c in contacts:
        parts.append(f"{c.first_name} {c.last_name}".casefold())
        parts += [e.casefold() for e in c.emails]
        for p in c.phones:
            parts += [digits(p), national_digits(p)]
    return " | ".join(p for p in parts if p)


def ban_state(contacts: Sequence[ContactSummary]) -> str:
    banned = [set(c.banned_channels) for c in contacts]
    if not any(banned):
        return BanState.NONE
    full = all(Channel.ALL_MARKETING in b or b >= _FULL_BAN for b in banned)
    return BanState.ALL if full else BanState.PARTIAL


def list_fields(
    name: str, business_id: str | None, contacts: Sequence[ContactSummary]
) -> dict[str, object]:
    primary = contacts[0] if contacts else None
    return {
        "name_key": name_key(name),
        "primary_contact": f"{primary.first_name} {primary.last_name}".strip() if primary else "",
        "primary_email": primary.emails[0] if primary and primary.emails else "",
        "primary_phone": primary.phones[0] if primary and primary.phones else "",
        "ban_state": ban_state(contacts),
        "restricted": any(c.restricted for c in contacts),
        "search_text": search_text(name, business_id, contacts),
    }


def summarise(contact: Contact) -> ContactSummary:
    return ContactSummary(
        first_name=contact.first_name,
        last_name=contact.last_name,
        emails=[e.address for e in contact.emails],
        phones=[p.number for p in contact.phones],
        banned_channels=[c for c in contact.banned_channels.split(",") if c],
        restricted=contact.restricted,
    )


def refresh_customer(session: Session, customer_id: int) -> Customer | None:
    """Recompute the cached columns of one customer after anything they depend on changed.

    Retention due dates hang off the same moment: anything that changes what a row shows may
    also change how long it may be kept.
    """
    customer = session.scalars(
        select(Customer)
        .where(Customer.id == customer_id)
        .options(
            selectinload(Customer.contacts).selectinload(Contact.emails),
            selectinload(Customer.contacts).selectinload(Contact.phones),
        )
    ).one_or_none()
    if customer is None:
        return None
    summaries = [summarise(c) for c in customer.contacts]
    for key, value in list_fields(customer.name, customer.business_id, summaries).items():
        setattr(customer, key, value)
    from rekisteri.core.retention.due import refresh_due

    refresh_due(session, customer)
    return customer


def last_contact_on(session: Session, customer_id: int) -> dt.date | None:
    """The latest dealing with the customer; internal notes do not count (see enums)."""
    return session.execute(
        select(func.max(Interaction.occurred_on)).where(
            Interaction.customer_id == customer_id, Interaction.kind.in_(CONTACT_KINDS)
        )
    ).scalar_one()


def recompute_last_contacts(session: Session) -> int:
    """Every customer's "last contact" from its dealings only; returns how many changed.

    A customer with dealings gets the latest of them. One with notes only loses a date that
    came from a note (it equals the latest note), and keeps any other: a date typed in or
    imported before the log began is the only evidence there is.
    """
    latest = (
        select(func.max(Interaction.occurred_on))
        .where(Interaction.customer_id == Customer.id, Interaction.kind.in_(CONTACT_KINDS))
        .scalar_subquery()
    )
    latest_note = (
        select(func.max(Interaction.occurred_on))
        .where(Interaction.customer_id == Customer.id, Interaction.kind.not_in(CONTACT_KINDS))
        .scalar_subquery()
    )
    dealt = (
        select(Interaction.id)
        .where(Interaction.customer_id == Customer.id, Interaction.kind.in_(CONTACT_KINDS))
        .exists()
    )
    renewed = (
        update(Customer)
        .where(dealt, Customer.last_contact_on.is_not_distinct_from(latest).is_(False))
        .values(last_contact_on=latest)
        .execution_options(synchronize_session=False)
    )
    from_note = (
        update(Customer)
        .where(~dealt, Customer.last_contact_on.is_not(None))
        .where(Customer.last_contact_on == latest_note)
        .values(last_contact_on=None)
        .execution_options(synchronize_session=False)
    )
    # An UPDATE gives a CursorResult, which has the row count; Session.execute says Result.
    changed = cast(CursorResult[Any], session.execute(renewed)).rowcount or 0
    return changed + (cast(CursorResult[Any], session.execute(from_note)).rowcount or 0)
