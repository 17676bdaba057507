"""Gathering the access pack: one read of the register for everything held about a person.

Kept apart from ``pack`` (what the pack holds and its file forms) so that the PDF and the
exports depend on the data alone, not on the facade they were read through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rekisteri.core.dto import CustomerDetail, InteractionView
from rekisteri.core.notice.document import SectionKey
from rekisteri.core.notice.markup import plain_text
from rekisteri.core.requests.pack import (
    NoticeFacts,
    PackBreach,
    PackConsentEvent,
    PackContents,
    PackController,
    PackCustomer,
    PackInteraction,
    PackPerson,
    PackRequest,
    PackSource,
    field_names,
)

if TYPE_CHECKING:
    from rekisteri.core.requests.facade import RequestsFacade as Register


def notice_facts(register: Register, lang: str) -> NoticeFacts:
    """Recipients and retention as the privacy notice tells them, in the person's language.

    The published notice in that language is what the person was promised; without one, the
    draft (or, if none is stored, the notice the template builds from the register) is the
    best statement of the same facts.
    """
    svc = register.notice
    latest = svc.latest_version(lang)
    doc = svc.get_version(latest.id)[1] if latest is not None else svc.get_draft(lang)

    def plain(body: str) -> str:
        """The section as plain text, its list items still marked as such."""
        lines = []
        for line in body.splitlines():
            item = line.lstrip().startswith(("- ", "* "))
            text = plain_text(line.lstrip()[2:] if item else line)
            lines.append(f"• {text}" if item else text)
        return "\n".join(lines)

    def text(*keys: SectionKey) -> str:
        bodies = [plain(s.body) for k in keys for s in doc.covering(k) if not s.is_empty()]
        return "\n\n".join(dict.fromkeys(b.strip() for b in bodies if b.strip()))

    return NoticeFacts(
        purposes=text(SectionKey.PURPOSES_LEGAL_BASIS, SectionKey.LEGITIMATE_INTERESTS),
        categories=text(SectionKey.DATA_CATEGORIES),
        recipients=text(SectionKey.RECIPIENTS_PROCESSORS),
        transfers=text(SectionKey.TRANSFERS),
        retention=text(SectionKey.RETENTION),
        rights=text(SectionKey.RIGHTS, SectionKey.DIRECT_MARKETING),
        complaint=text(SectionKey.COMPLAINT),
        sources=text(SectionKey.DATA_SOURCES),
        automated_decisions=text(SectionKey.AUTOMATED_DECISIONS),
    )


def concerns(detail: CustomerDetail, contact_id: int) -> list[InteractionView]:
    """The interactions that concern the person: theirs, and those logged for the customer
    without naming a contact (the person may have been the one met). Oldest first."""
    rows = [i for i in detail.interactions if i.contact_id in (contact_id, None)]
    return sorted(rows, key=lambda i: (i.occurred_on, i.id))


def _controller(register: Register) -> PackController:
    c = register.get_controller()
    return PackController(
        name=c.business_name,
        business_id=c.business_id,
        street=c.street,
        postcode=c.postcode,
        city=c.city,
        email=c.contact_person_email or c.email,
        phone=c.contact_person_phone or c.phone,
    )


def collect(register: Register, contact_id: int, lang: str | None = None) -> PackContents:
    """The pack's data in ``lang`` (default: the person's own language), the notice's text
    included: a Swedish pack never quotes the Finnish notice."""
    contact = register.get_contact(contact_id)
    detail = register.get_customer(contact.customer_id)
    lang = lang or contact.language
    ledger = sorted(contact.ledger, key=lambda e: (e.occurred_on, e.id))
    return PackContents(
        generated_on=register.db.clock.today(),
        language=lang,
        controller=_controller(register),
        person=PackPerson.of(contact),
        customer=PackCustomer.of(detail),
        interactions=tuple(
            PackInteraction(
                id=i.id,
                occurred_on=i.occurred_on,
                kind=i.kind,
                note=i.note,
                invoice_ref=i.invoice_ref,
                concerns="person" if i.contact_id == contact_id else "customer",
                created_by=i.created_by,
            )
            for i in concerns(detail, contact_id)
        ),
        consent_ledger=tuple(
            PackConsentEvent(**{f: getattr(e, f) for f in field_names(PackConsentEvent)})
            for e in ledger
        ),
        requests=tuple(
            PackRequest(**{f: getattr(r, f) for f in field_names(PackRequest)})
            for r in register.requests.for_contact(contact_id)
        ),
        breaches=tuple(
            PackBreach(b.id, b.aware_local.date(), b.description, b.measures_taken)
            for b in register.breaches.for_customer(contact.customer_id)
            if b.risk != "undecided"  # an unassessed entry may still be a mistake
        ),
        data_sources=(
            PackSource("contact", contact.data_source, contact.data_source_detail),
            PackSource("customer", detail.data_source, detail.data_source_detail),
        ),
        notice=notice_facts(register, lang),
    )
