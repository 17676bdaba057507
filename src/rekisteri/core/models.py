"""The register's tables (SQLAlchemy 2.0 typed ORM).

Conventions: enums are stored as their string values; dates the user thinks in (last contact,
end of relationship) are ``Date``; moments (created, recorded) are UTC ``DateTime``.
``Customer`` carries a few denormalised columns for the list view (main contact, e-mail,
phone, marketing state, search text): they let the list page through 100,000 customers with a
single-table query. ``rekisteri.core.denorm`` is the one place that recomputes them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from rekisteri.core.model_base import Base as Base  # re-exported: importing it registers the tables
from rekisteri.core.model_base import Stamped
from rekisteri.core.validation import mask_hetu


class Customer(Stamped, Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    business_id: Mapped[str | None] = mapped_column(String(9))
    # The legal form (enums.BusinessForm): decides 917/2014 § 201 against § 200 for contacts.
    business_form: Mapped[str] = mapped_column(String(20), default="", server_default="")
    industry: Mapped[str] = mapped_column(String(200), default="")
    billing_street: Mapped[str] = mapped_column(String(200), default="")
    billing_postcode: Mapped[str] = mapped_column(String(20), default="")
    billing_city: Mapped[str] = mapped_column(String(100), default="")
    billing_country: Mapped[str] = mapped_column(String(2), default="FI")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    customer_since: Mapped[dt.date | None] = mapped_column(Date)
    last_contact_on: Mapped[dt.date | None] = mapped_column(Date)
    data_source: Mapped[str] = mapped_column(String(30))
    data_source_detail: Mapped[str] = mapped_column(String(300), default="")

    # Retention: the computed day the record may no longer be kept, and why (plain words),
    # and the same reason as data (retention/basis.py) so the review need not recompute it.
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    due_reason: Mapped[str] = mapped_column(Text, default="")
    due_basis: Mapped[str] = mapped_column(Text, default="", server_default="")

    # Denormalised for the list (see module docstring).
    name_key: Mapped[str] = mapped_column(String(200))
    primary_contact: Mapped[str] = mapped_column(String(200), default="")
    primary_email: Mapped[str] = mapped_column(String(320), default="")
    primary_phone: Mapped[str] = mapped_column(String(20), default="")
    ban_state: Mapped[str] = mapped_column(String(10), default="none")
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Optimistic concurrency (migration 0012): bumped by a user's edit, core/concurrency.py.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {
        "version_id_col": version,
        "version_id_generator": False,
    }  # see core/concurrency.py

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Contact.position",
    )
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Interaction.occurred_on.desc()",
    )

    __table_args__ = (
        Index("ix_customer_name_key", "name_key"),
        Index("ix_customer_business_id", "business_id"),
        Index("ix_customer_last_contact_on", "last_contact_on"),
        Index("ix_customer_due_on", "due_on"),
        Index("ix_customer_status_name_key", "status", "name_key"),
        Index("ix_customer_primary_email", "primary_email"),
        Index("ix_customer_primary_phone", "primary_phone"),
    )


class Contact(Stamped, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    language: Mapped[str] = mapped_column(String(2), default="fi")
    # Deferred: lists and forms show ``hetu_mask``; the code itself is read only when the
    # owner reveals, exports or erases it (an assistant may not read the column on a server).
    hetu: Mapped[str | None] = mapped_column(String(11), deferred=True)
    hetu_mask: Mapped[str] = mapped_column(String(11), default="", server_default="")
    data_source: Mapped[str] = mapped_column(String(30))
    data_source_detail: Mapped[str] = mapped_column(String(300), default="")
    # Soft opt-in to e-mail/SMS marketing needs the person to have been told how to opt out.
    opt_out_informed: Mapped[bool] = mapped_column(Boolean, default=False)

    # GDPR Art. 18 restriction of processing.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    restricted_on: Mapped[dt.date | None] = mapped_column(Date)
    restriction_reason: Mapped[str] = mapped_column(Text, default="")

    # Cached from the consent ledger: comma-separated channels under an active ban.
    banned_channels: Mapped[str] = mapped_column(String(200), default="")

    due_on: Mapped[dt.date | None] = mapped_column(Date)
    due_reason: Mapped[str] = mapped_column(Text, default="")
    due_basis: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    customer: Mapped[Customer] = relationship(back_populates="contacts")
    emails: Mapped[list[ContactEmail]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ContactEmail.position"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ContactPhone.position"
    )
    consent_events: Mapped[list[ConsentEvent]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ConsentEvent.id"
    )

    @validates("hetu")
    def _keep_mask(self, _key: str, value: str | None) -> str | None:
        """The mask follows the code in every write path (form, import, erasure)."""
        self.hetu_mask = mask_hetu(value)
        return value

    __table_args__ = (
        Index("ix_contact_customer_id", "customer_id"),
        Index("ix_contact_last_name", "last_name"),
        # With the customer id, the review finds contacts due on their own without reading
        # the contact rows (migration 0008).
        Index("ix_contact_due_on_customer", "due_on", "customer_id"),
    )


class ContactEmail(Base):
    __tablename__ = "contact_email"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(320))

    __table_args__ = (
        Index("ix_contact_email_contact_id", "contact_id"),
        Index("ix_contact_email_address", "address"),
    )


class ContactPhone(Base):
    __tablename__ = "contact_phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(20))  # E.164

    __table_args__ = (
        Index("ix_contact_phone_contact_id", "contact_id"),
        Index("ix_contact_phone_number", "number"),
    )


class Interaction(Base):
    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    invoice_ref: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(120), default="")

    customer: Mapped[Customer] = relationship(back_populates="interactions")

    __table_args__ = (
        Index("ix_interaction_customer_id_occurred_on", "customer_id", "occurred_on"),
        Index("ix_interaction_kind_occurred_on", "kind", "occurred_on"),
    )


class ConsentEvent(Base):
    """Append-only: rows are only ever inserted (or erased with their contact)."""

    __tablename__ = "consent_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(30))
    action: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(30))
    evidence: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(120), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_consent_event_contact_id", "contact_id"),)


class AuditEvent(Base):
    """Append-only trail of changes, exports and deletions (never the deleted person's data)."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    actor: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity_kind: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_audit_event_at", "at"),)


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(120), default="", server_default="")


# --- Data-subject requests ---


class SubjectRequest(Stamped, Base):
    """A data-subject request (GDPR Art. 15-22) and its Art. 12(3) deadline.

    ``contact_id`` links the person when they are in the register; it becomes NULL when the
    contact is erased, while ``person_name`` (itself personal data) keeps the request
    answerable until the request's own retention ends and it is blanked.
    """

    __tablename__ = "subject_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    person_name: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(2), default="fi")
    kind: Mapped[str] = mapped_column(String(30))
    details: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(30))
    identity_check: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    first_due_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    told_on: Mapped[dt.date | None] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_subject_request_status_due_on", "status", "due_on"),
        Index("ix_subject_request_contact_id", "contact_id"),
    )


# --- Privacy notice ---


class NoticeDraft(Base):
    """The notice being edited, one per language; its document is the notice's JSON."""

    __tablename__ = "notice_draft"

    language: Mapped[str] = mapped_column(String(2), primary_key=True)
    document: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(120), default="")


class NoticeVersion(Base):
    """A published notice, frozen: never updated, only added to."""

    __tablename__ = "notice_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(2))
    number: Mapped[int] = mapped_column(Integer)
    published_on: Mapped[dt.date] = mapped_column(Date)
    published_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[str] = mapped_column(String(120), default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_notice_version_language_number", "language", "number", unique=True),
    )


class RecordVersion(Base):
    """A published record of processing activities (GDPR Art. 30), frozen like a notice."""

    __tablename__ = "record_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(2))
    number: Mapped[int] = mapped_column(Integer)
    published_on: Mapped[dt.date] = mapped_column(Date)
    published_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[str] = mapped_column(String(120), default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_record_version_language_number", "language", "number", unique=True),
    )


# --- Retention ---


class RetentionRule(Base):
    """How long one kind of record may be kept, and what happens when the time is up.

    ``key`` names the seeded default rules so that their names can be shown translated;
    rules the user adds have an empty key.
    """

    __tablename__ = "retention_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    applies_to: Mapped[str] = mapped_column(String(20))
    applies_value: Mapped[str] = mapped_column(String(30), default="")
    counts_from: Mapped[str] = mapped_column(String(30))
    period_years: Mapped[int] = mapped_column(Integer, default=0)
    period_months: Mapped[int] = mapped_column(Integer, default=0)
    period_days: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(String(20))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class LegalHold(Base):
    """A duty to keep a record (bookkeeping, a dispute) that stops its purge until a date."""

    __tablename__ = "legal_hold"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    until: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (
        Index("ix_legal_hold_customer_id", "customer_id"),
        Index("ix_legal_hold_contact_id", "contact_id"),
    )


class ReviewRecord(Base):
    """One completed retention review: the controller's proof that the purge was done."""

    __tablename__ = "review_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(120), default="")
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    anonymised: Mapped[int] = mapped_column(Integer, default=0)
    kept: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")  # JSON: rules and counts
    minutes_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    next_review_on: Mapped[dt.date | None] = mapped_column(Date)
    backup_expires_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class AnonymisedRecord(Base):
    """What is left of an anonymised customer: statistics that identify nobody."""

    __tablename__ = "anonymised_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_kind: Mapped[str] = mapped_column(String(20))
    industry: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    anonymised_on: Mapped[dt.date] = mapped_column(Date)


class SuppressionEntry(Base):
    """Keyed hash of an erased person's e-mail or phone who had refused marketing.

    Only the hash is kept (HMAC with a per-register key), so the list cannot be read back into
    addresses, yet a later import of the same address is recognised and not re-added.
    """

    __tablename__ = "suppression_entry"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    added_on: Mapped[dt.date] = mapped_column(Date)


# --- Personal-data breaches (GDPR Art. 33 and 34) ---


class Breach(Stamped, Base):
    """One personal-data breach and the decision taken on it (Art. 33(5) documentation).

    Moments are UTC; ``aware_at`` starts the 72-hour clock of Art. 33(1). The text fields
    describe what happened and must not name the people affected: they are linked by id in
    ``breach_customer``, and the link goes when the customer is erased.
    """

    __tablename__ = "breach"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    occurred_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    aware_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    discovered_how: Mapped[str] = mapped_column(Text, default="")
    nature: Mapped[str] = mapped_column(String(60), default="")  # comma-separated kinds
    description: Mapped[str] = mapped_column(Text, default="")
    data_categories: Mapped[str] = mapped_column(Text, default="")
    people_categories: Mapped[str] = mapped_column(Text, default="")
    people_count: Mapped[int | None] = mapped_column(Integer)
    records_count: Mapped[int | None] = mapped_column(Integer)
    counts_approximate: Mapped[bool] = mapped_column(Boolean, default=True)
    consequences: Mapped[str] = mapped_column(Text, default="")
    measures_taken: Mapped[str] = mapped_column(Text, default="")
    measures_proposed: Mapped[str] = mapped_column(Text, default="")
    risk: Mapped[str] = mapped_column(String(20), default="undecided")
    risk_reasons: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    authority_notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    authority_reference: Mapped[str] = mapped_column(String(200), default="")
    delay_reason: Mapped[str] = mapped_column(Text, default="")
    people_notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_breach_aware_at", "aware_at"),)


class BreachCustomer(Base):
    """A customer known to be affected by a breach (gone with the customer's erasure)."""

    __tablename__ = "breach_customer"

    breach_id: Mapped[int] = mapped_column(
        ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_breach_customer_customer_id", "customer_id"),)
