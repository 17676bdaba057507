"""ORM rows to the frozen views the facade returns (inside the Session that loaded them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rekisteri.core.dto import (
    AuditView,
    ConsentEventView,
    ContactView,
    CustomerDetail,
    CustomerRow,
    InteractionView,
)
from rekisteri.core.models import AuditEvent, ConsentEvent, Contact, Customer, Interaction


def consent_view(e: ConsentEvent) -> ConsentEventView:
    return ConsentEventView(
        id=e.id,
        contact_id=e.contact_id,
        channel=e.channel,
        action=e.action,
        occurred_on=e.occurred_on,
        source=e.source,
        evidence=e.evidence,
        recorded_by=e.recorded_by,
        recorded_at=e.recorded_at,
    )


def interaction_view(i: Interaction) -> InteractionView:
    return InteractionView(
        id=i.id,
        customer_id=i.customer_id,
        contact_id=i.contact_id,
        occurred_on=i.occurred_on,
        kind=i.kind,
        note=i.note,
        invoice_ref=i.invoice_ref,
        created_by=i.created_by,
        created_at=i.created_at,
    )


# (stored basis, stored text) -> the retention reason in today's language
ReasonRenderer = Callable[[str, str], str]


def _as_stored(_basis: str, stored: str) -> str:
    return stored


def contact_view(c: Contact, reason: ReasonRenderer = _as_stored) -> ContactView:
    ledger = sorted(c.consent_events, key=lambda e: (e.occurred_on, e.id), reverse=True)
    return ContactView(
        id=c.id,
        customer_id=c.customer_id,
        kind=c.kind,
        first_name=c.first_name,
        last_name=c.last_name,
        title=c.title,
        emails=tuple(e.address for e in c.emails),
        phones=tuple(p.number for p in c.phones),
        street=c.street,
        postcode=c.postcode,
        city=c.city,
        country=c.country,
        language=c.language,
        hetu_masked=c.hetu_mask,
        data_source=c.data_source,
        data_source_detail=c.data_source_detail,
        opt_out_informed=c.opt_out_informed,
        restricted=c.restricted,
        restricted_on=c.restricted_on,
        restriction_reason=c.restriction_reason,
        banned_channels=tuple(x for x in c.banned_channels.split(",") if x),
        ledger=tuple(consent_view(e) for e in ledger),
        due_on=c.due_on,
        due_reason=reason(c.due_basis, c.due_reason),
        created_at=c.created_at,
        created_by=c.created_by,
        updated_at=c.updated_at,
        updated_by=c.updated_by,
        version=c.version,
    )


def customer_detail(c: Customer, reason: ReasonRenderer = _as_stored) -> CustomerDetail:
    return CustomerDetail(
        id=c.id,
        kind=c.kind,
        name=c.name,
        business_id=c.business_id or "",
        business_form=c.business_form or "",
        industry=c.industry,
        billing_street=c.billing_street,
        billing_postcode=c.billing_postcode,
        billing_city=c.billing_city,
        billing_country=c.billing_country,
        notes=c.notes,
        status=c.status,
        ended_on=c.ended_on,
        customer_since=c.customer_since,
        last_contact_on=c.last_contact_on,
        data_source=c.data_source,
        data_source_detail=c.data_source_detail,
        due_on=c.due_on,
        due_reason=reason(c.due_basis, c.due_reason),
        ban_state=c.ban_state,
        created_at=c.created_at,
        created_by=c.created_by,
        updated_at=c.updated_at,
        updated_by=c.updated_by,
        version=c.version,
        contacts=tuple(contact_view(x, reason) for x in c.contacts),
        interactions=tuple(
            interaction_view(i)
            for i in sorted(c.interactions, key=lambda i: (i.occurred_on, i.id), reverse=True)
        ),
    )


def audit_view(a: AuditEvent) -> AuditView:
    return AuditView(
        id=a.id,
        at=a.at,
        actor=a.actor,
        action=a.action,
        entity_kind=a.entity_kind,
        entity_id=a.entity_id,
        summary=a.summary,
    )


ROW_COLUMNS = (
    Customer.id,
    Customer.name,
    Customer.kind,
    Customer.business_id,
    Customer.primary_contact,
    Customer.primary_email,
    Customer.primary_phone,
    Customer.status,
    Customer.last_contact_on,
    Customer.ban_state,
    Customer.restricted,
    Customer.due_on,
)


def customer_row(r: Sequence[Any]) -> CustomerRow:
    return CustomerRow(
        id=r[0],
        name=r[1],
        kind=r[2],
        business_id=r[3] or "",
        primary_contact=r[4],
        primary_email=r[5],
        primary_phone=r[6],
        status=r[7],
        last_contact_on=r[8],
        ban_state=r[9],
        restricted=bool(r[10]),
        due_on=r[11],
    )
