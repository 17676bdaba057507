"""Plain data crossing the facade: inputs from forms, views for screens.

Frozen dataclasses, never ORM objects, so nothing the UI holds can lazy-load from a closed
Session or write to the database behind the facade's back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rekisteri.core.enums import (
    ConsentSource,
    ContactKind,
    CustomerKind,
    CustomerStatus,
    DataSource,
    InteractionKind,
    Language,
)


@dataclass(frozen=True)
class ContactInput:
    """A contact as the form holds it. ``id`` None means a new contact.

    ``hetu`` None keeps the stored identity code (the form only ever shows it masked);
    ``clear_hetu`` removes it.
    """

    id: int | None = None
    kind: str = ContactKind.BUSINESS
    first_name: str = ""
    last_name: str = ""
    title: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "FI"
    language: str = Language.FI
    hetu: str | None = None
    clear_hetu: bool = False
    version: int | None = None
    data_source: str = DataSource.PERSON
    data_source_detail: str = ""
    opt_out_informed: bool = False


@dataclass(frozen=True)
class CustomerInput:
    """``contacts`` None leaves the contacts as they are; a tuple replaces the whole set."""

    kind: str = CustomerKind.ORGANISATION
    name: str = ""
    business_id: str = ""
    business_form: str = ""  # enums.BusinessForm; "" = not known (guessed from the name)
    industry: str = ""
    billing_street: str = ""
    billing_postcode: str = ""
    billing_city: str = ""
    billing_country: str = "FI"
    notes: str = ""
    status: str = CustomerStatus.ACTIVE
    ended_on: dt.date | None = None
    customer_since: dt.date | None = None
    data_source: str = DataSource.PERSON
    data_source_detail: str = ""
    contacts: tuple[ContactInput, ...] | None = None
    # The version the form was loaded from; None (a script, an import) skips the check.
    version: int | None = None


@dataclass(frozen=True)
class InteractionInput:
    occurred_on: dt.date
    kind: str = InteractionKind.MEETING
    note: str = ""
    invoice_ref: str = ""
    contact_id: int | None = None


@dataclass(frozen=True)
class ConsentInput:
    channel: str
    action: str
    source: str = ConsentSource.EMAIL
    occurred_on: dt.date | None = None
    evidence: str = ""


@dataclass(frozen=True)
class ConsentEventView:
    id: int
    contact_id: int
    channel: str
    action: str
    occurred_on: dt.date
    source: str
    evidence: str
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class InteractionView:
    id: int
    customer_id: int
    contact_id: int | None
    occurred_on: dt.date
    kind: str
    note: str
    invoice_ref: str
    created_by: str
    created_at: dt.datetime


@dataclass(frozen=True)
class ContactView:
    id: int
    customer_id: int
    kind: str
    first_name: str
    last_name: str
    title: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    street: str
    postcode: str
    city: str
    country: str
    language: str
    hetu_masked: str
    data_source: str
    data_source_detail: str
    opt_out_informed: bool
    restricted: bool
    restricted_on: dt.date | None
    restriction_reason: str
    banned_channels: tuple[str, ...]
    ledger: tuple[ConsentEventView, ...]  # newest first
    due_on: dt.date | None
    due_reason: str
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str
    version: int = 1  # optimistic concurrency: what a save was edited from

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def has_hetu(self) -> bool:
        return bool(self.hetu_masked)

    def to_input(self) -> ContactInput:
        return ContactInput(
            id=self.id,
            version=self.version,
            kind=self.kind,
            first_name=self.first_name,
            last_name=self.last_name,
            title=self.title,
            emails=self.emails,
            phones=self.phones,
            street=self.street,
            postcode=self.postcode,
            city=self.city,
            country=self.country,
            language=self.language,
            data_source=self.data_source,
            data_source_detail=self.data_source_detail,
            opt_out_informed=self.opt_out_informed,
        )


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    kind: str
    name: str
    business_id: str
    industry: str
    billing_street: str
    billing_postcode: str
    billing_city: str
    billing_country: str
    notes: str
    status: str
    ended_on: dt.date | None
    customer_since: dt.date | None
    last_contact_on: dt.date | None
    data_source: str
    data_source_detail: str
    due_on: dt.date | None
    due_reason: str
    ban_state: str
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str
    contacts: tuple[ContactView, ...]
    interactions: tuple[InteractionView, ...]  # newest first
    business_form: str = ""
    version: int = 1

    def to_input(self, with_contacts: bool = True) -> CustomerInput:
        return CustomerInput(
            kind=self.kind,
            name=self.name,
            business_id=self.business_id,
            business_form=self.business_form,
            industry=self.industry,
            billing_street=self.billing_street,
            billing_postcode=self.billing_postcode,
            billing_city=self.billing_city,
            billing_country=self.billing_country,
            notes=self.notes,
            status=self.status,
            ended_on=self.ended_on,
            customer_since=self.customer_since,
            data_source=self.data_source,
            data_source_detail=self.data_source_detail,
            contacts=tuple(c.to_input() for c in self.contacts) if with_contacts else None,
            version=self.version,
        )


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customer list: only what the list shows."""

    id: int
    name: str
    kind: str
    business_id: str
    primary_contact: str
    primary_email: str
    primary_phone: str
    status: str
    last_contact_on: dt.date | None
    ban_state: str
    restricted: bool
    due_on: dt.date | None


@dataclass(frozen=True)
class Page:
    rows: tuple[CustomerRow, ...]
    total: int
    offset: int


@dataclass(frozen=True)
class Counts:
    customers: int
    contacts: int
    banned_contacts: int


@dataclass(frozen=True)
class AuditView:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity_kind: str
    entity_id: int | None
    summary: str


@dataclass(frozen=True)
class CustomerQuery:
    """What the list shows: free text plus filters. None means "any"."""

    text: str = ""
    status: str | None = None
    marketing: str | None = None  # "allowed" or "banned"
    restricted: bool | None = None
    due: bool | None = None  # True: due for deletion today or earlier
    kind: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
