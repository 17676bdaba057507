"""Writing customers, their contacts and their interactions: the facade's customer part.

``Register`` validates nothing itself and holds no ORM object: its customer, contact and
interaction methods open the session and call these, which copy a cleaned input onto the
ORM rows in that session. The ledger of consents and bans is ``consent_events``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from sqlalchemy.orm import Session

from rekisteri.core.concurrency import bump
from rekisteri.core.concurrency import check as check_version
from rekisteri.core.denorm import refresh_customer
from rekisteri.core.dto import ContactInput, CustomerInput, InteractionInput
from rekisteri.core.enums import BusinessForm, CustomerKind, InteractionKind
from rekisteri.core.errors import NotFoundError, ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import Contact, ContactEmail, ContactPhone, Customer, Interaction

_CTX = "Validation"


class Recorder(Protocol):
    """Who writes, and the audit trail in their voice: the facade (``Register``)."""

    actor: str

    def record_audit(
        self, s: Session, action: str, kind: str = "", ident: int | None = None, summary: str = ""
    ) -> None: ...


def apply_customer(c: Customer, d: CustomerInput, now: dt.datetime, actor: str) -> None:
    bump(c)
    c.kind = d.kind
    c.name = d.name
    c.business_id = d.business_id or None
    # Only the user's own choice is stored; a guess from the name is made afresh whenever
    # the rules need it, so renaming "Virtanen Oy" to "Tmi Virtanen" changes the rule.
    known = {f.value for f in BusinessForm}
    chosen = d.business_form if d.business_form in known else ""
    c.business_form = chosen if d.kind == CustomerKind.ORGANISATION else ""
    c.industry = d.industry
    c.billing_street = d.billing_street.strip()
    c.billing_postcode = d.billing_postcode.strip()
    c.billing_city = d.billing_city.strip()
    c.billing_country = d.billing_country or "FI"
    c.notes = d.notes
    c.status = d.status
    c.ended_on = d.ended_on
    if d.customer_since is not None:
        c.customer_since = d.customer_since
    c.data_source = d.data_source
    c.data_source_detail = d.data_source_detail
    c.updated_at = now
    c.updated_by = actor


def replace_contacts(
    register: Recorder,
    s: Session,
    c: Customer,
    contacts: Iterable[ContactInput],
    now: dt.datetime,
    today: dt.date,
) -> None:
    """Make ``c``'s contacts the given ones, in that order: update those with an id, add
    the rest, remove (and, if they refused marketing, suppress) the ones not given."""
    existing = {x.id: x for x in c.contacts}
    for position, data in enumerate(contacts):
        contact = existing.pop(data.id, None) if data.id is not None else None
        if data.id is not None and contact is None:
            raise NotFoundError("contact", data.id)
        if contact is not None:
            check_version(contact, data.version)
        if contact is None:
            contact = Contact(created_at=now, created_by=register.actor, banned_channels="")
            c.contacts.append(contact)
        apply_contact(contact, data, position, now, register.actor)
    if existing:
        suppress_refusers(s, list(existing), today)
    for removed in existing.values():
        c.contacts.remove(removed)
        register.record_audit(s, "contact.deleted", "customer", c.id, "1 contact removed")


def apply_contact(x: Contact, d: ContactInput, position: int, now: dt.datetime, actor: str) -> None:
    bump(x)
    x.position = position
    x.kind = d.kind
    x.first_name = d.first_name
    x.last_name = d.last_name
    x.title = d.title
    x.street = d.street
    x.postcode = d.postcode
    x.city = d.city
    x.country = d.country or "FI"
    x.language = d.language
    if d.clear_hetu:
        x.hetu = None
    elif d.hetu:
        x.hetu = d.hetu
    x.data_source = d.data_source
    x.data_source_detail = d.data_source_detail
    x.opt_out_informed = d.opt_out_informed
    if [e.address for e in x.emails] != list(d.emails):
        x.emails[:] = [ContactEmail(address=a, position=i) for i, a in enumerate(d.emails)]
    if [p.number for p in x.phones] != list(d.phones):
        x.phones[:] = [ContactPhone(number=n, position=i) for i, n in enumerate(d.phones)]
    x.updated_at = now
    x.updated_by = actor


def suppress_refusers(s: Session, contact_ids: list[int], today: dt.date) -> None:
    """A removed contact who had banned marketing must not come back through an import."""
    from rekisteri.core.retention.erase import suppress_refusers as suppress

    suppress(s, contact_ids, today)


def check_contact(data: ContactInput) -> ContactInput:
    """One contact edited on its own, cleaned as in the customer form, or a ValidationError."""
    from rekisteri.core.forms import Collector, clean_contact

    errors: dict[str, Message] = {}
    cleaned = clean_contact(data, "", Collector(errors))
    if errors:
        raise ValidationError(errors)
    return cleaned


def check_interaction(data: InteractionInput, today: dt.date) -> InteractionInput:
    """The interaction as it may be stored, or a ValidationError naming the field."""
    if data.kind not in {k.value for k in InteractionKind}:
        raise ValidationError(
            {"kind": Message(_CTX, QT_TRANSLATE_NOOP("Validation", "Choose a kind."))}
        )
    if data.occurred_on > today:
        raise ValidationError(
            {
                "occurred_on": Message(
                    _CTX, QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.")
                )
            }
        )
    from rekisteri.core.forms import clean_interaction_texts

    return clean_interaction_texts(data)


def add_interaction(
    register: Recorder, s: Session, c: Customer, data: InteractionInput, now: dt.datetime
) -> None:
    """Log a checked interaction; one that counts as contact may move the last-contact day."""
    s.add(
        Interaction(
            customer_id=c.id,
            contact_id=data.contact_id,
            occurred_on=data.occurred_on,
            kind=data.kind,
            note=data.note.strip(),
            invoice_ref=data.invoice_ref.strip(),
            created_at=now,
            created_by=register.actor,
        )
    )
    counts = InteractionKind(data.kind).counts_as_contact
    if counts and (c.last_contact_on is None or data.occurred_on > c.last_contact_on):
        c.last_contact_on = data.occurred_on


def set_restriction(
    register: Recorder,
    s: Session,
    contact_id: int,
    restricted: bool,
    reason: str,
    today: dt.date,
) -> None:
    """Restrict (Art. 18) or release a contact; a restriction needs its reason."""
    if restricted and not reason.strip():
        raise ValidationError(
            {
                "restriction_reason": Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Validation", "Give the reason for the restriction."),
                )
            }
        )
    x = s.get(Contact, contact_id)
    if x is None:
        raise NotFoundError("contact", contact_id)
    x.restricted = restricted
    x.restricted_on = today if restricted else None
    x.restriction_reason = reason.strip() if restricted else ""
    s.flush()
    refresh_customer(s, x.customer_id)
    action = "contact.restricted" if restricted else "contact.unrestricted"
    register.record_audit(s, action, "contact", x.id)
