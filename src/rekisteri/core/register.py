"""The facade the UI and the CLI call for everything in the register.

Each call opens one short Session, does its work in one transaction and returns frozen views:
no ORM object and no open Session ever leaves this module. Feature areas (retention,
marketing, notice, requests, import/export, security) are sub-services reached through lazy
properties, so this class stays the customer register alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from rekisteri.core import convert, ledger_writer, listing
from rekisteri.core import settings_registry as reg
from rekisteri.core.clock import Clock
from rekisteri.core.context import Handle
from rekisteri.core.db import Database, open_database
from rekisteri.core.denorm import last_contact_on, refresh_customer
from rekisteri.core.dto import (
    AuditView,
    ConsentInput,
    ContactInput,
    ContactView,
    Counts,
    CustomerDetail,
    CustomerInput,
    CustomerQuery,
    InteractionInput,
    Page,
)
from rekisteri.core.enums import (
    BusinessForm,
    Channel,
    ConsentAction,
    ConsentSource,
    CustomerKind,
    InteractionKind,
)
from rekisteri.core.errors import NotFoundError, ValidationError
from rekisteri.core.forms import Collector, clean_contact, clean_customer
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    Customer,
    Interaction,
)
from rekisteri.core.settings import ControllerSettings
from rekisteri.core.validation import (
    normalize_business_id,
    normalize_email,
    normalize_phone,
    text_errors,
)

if TYPE_CHECKING:
    from rekisteri.core.db.security import SecurityService
    from rekisteri.core.io.service import ImportExportService
    from rekisteri.core.marketing import MarketingService
    from rekisteri.core.notice.service import NoticeService
    from rekisteri.core.requests import RequestService
    from rekisteri.core.retention import RetentionService

_CTX = "Validation"


def _reasons(session: Session) -> convert.ReasonRenderer:
    """Retention reasons in today's language (stored ones are in the language of their day)."""
    from rekisteri.core.retention.due import reason_renderer

    return reason_renderer(session)


def _customer_options() -> list[Any]:
    contacts = selectinload(Customer.contacts)
    return [
        contacts.selectinload(Contact.emails),
        contacts.selectinload(Contact.phones),
        contacts.selectinload(Contact.consent_events),
        selectinload(Customer.interactions),
    ]


class Register:
    def __init__(self, db: Database, actor: str = "") -> None:
        self.handle = Handle(db, actor)

    @property
    def db(self) -> Database:
        return self.handle.db

    @property
    def actor(self) -> str:
        return self.handle.actor

    @actor.setter
    def actor(self, actor: str) -> None:
        self.handle.actor = actor

    @classmethod
    def open(cls, path: Path, actor: str = "", **kwargs: Any) -> Register:
        """``kwargs`` go to ``open_database`` (``clock``, ``migrate``, ``passphrase``)."""
        return cls(open_database(path, **kwargs), actor)

    def close(self) -> None:
        self.db.dispose()

    def reopen(self, db: Database) -> None:
        """Continue on another open ``Database`` (after unlocking, a conversion or a restore).

        The old one is closed. Every sub-service reads the database through the one
        ``Handle``, so the UI keeps this same Register and its services and follows without
        knowing.
        """
        self.handle.reopen(db)

    @property
    def _fts(self) -> bool:
        return self.db.engine.dialect.name == "sqlite"

    @property
    def clock(self) -> Clock:
        return self.db.clock

    def _now(self) -> dt.datetime:
        return self.db.clock.now()

    def record_audit(
        self, s: Session, action: str, kind: str = "", ident: int | None = None, summary: str = ""
    ) -> None:
        """An event in the facade's voice (its actor and clock); see ``Handle.record_audit``."""
        self.handle.record_audit(s, action, kind, ident, summary)

    _audit = record_audit

    # --- sub-services -------------------------------------------------------------------

    # Built on first use (their imports cost start-up time) and kept: each holds the
    # ``Handle``, not a database, so a reopen needs no rebuilding. Each gets the services it
    # uses from here, so none of them imports this module.

    @cached_property
    def retention(self) -> RetentionService:
        from rekisteri.core.retention import RetentionService

        return RetentionService(self.handle)

    @cached_property
    def marketing(self) -> MarketingService:
        from rekisteri.core.marketing import MarketingService

        return MarketingService(self.handle)

    @cached_property
    def notice(self) -> NoticeService:
        from rekisteri.core.notice.service import NoticeService

        return NoticeService(self.handle, self.retention, self.marketing)

    @cached_property
    def requests(self) -> RequestService:
        from rekisteri.core.requests import RequestService

        return RequestService(self)

    @cached_property
    def io(self) -> ImportExportService:
        from rekisteri.core.io.service import ImportExportService

        return ImportExportService(self.handle, self.marketing, self.retention, self.security)

    @cached_property
    def security(self) -> SecurityService:
        from rekisteri.core.db.security import SecurityService

        return SecurityService(self.handle)

    # --- settings -----------------------------------------------------------------------

    def get_setting(self, key: str) -> Any:
        """The stored value, or the registry's default; an undefined key raises
        ``UnknownSettingError`` (see ``core/settings_registry.py``)."""
        return self.handle.setting(reg.spec_for(key))

    def set_setting(self, key: str, value: Any) -> None:
        self.handle.set_setting(reg.spec_for(key), value)

    def get_controller(self) -> ControllerSettings:
        return self.handle.controller()

    def save_controller(self, settings: ControllerSettings) -> ControllerSettings:
        errors: dict[str, Message] = {}
        values = settings.to_json()
        # Limits and control characters, as for customers.
        errors.update(text_errors((key, key, str(text)) for key, text in values.items()))
        if not settings.business_name.strip():
            errors["business_name"] = Message(
                _CTX, QT_TRANSLATE_NOOP("Validation", "This field is required.")
            )
        checks = {
            "business_id": normalize_business_id,
            "email": normalize_email,
            "contact_person_email": normalize_email,
            "phone": normalize_phone,
            "contact_person_phone": normalize_phone,
        }
        for key, fn in checks.items():
            if key not in errors and values[key].strip():
                try:
                    values[key] = fn(values[key])
                except ValueError as exc:
                    errors[key] = exc.message  # type: ignore[attr-defined]
        if errors:
            raise ValidationError(errors)
        cleaned = ControllerSettings.from_json({k: str(v).strip() for k, v in values.items()})
        self.handle.set_setting(reg.CONTROLLER, cleaned.to_json())
        return cleaned

    # --- reading ------------------------------------------------------------------------

    def get_customer(self, customer_id: int) -> CustomerDetail:
        with self.db.session() as s:
            c = s.scalars(
                select(Customer).where(Customer.id == customer_id).options(*_customer_options())
            ).one_or_none()
            if c is None:
                raise NotFoundError("customer", customer_id)
            return convert.customer_detail(c, _reasons(s))

    def get_contact(self, contact_id: int) -> ContactView:
        with self.db.session() as s:
            c = s.get(Contact, contact_id)
            if c is None:
                raise NotFoundError("contact", contact_id)
            return convert.contact_view(c, _reasons(s))

    def list_customers(
        self,
        query: CustomerQuery | None = None,
        *,
        sort: str = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
        with_total: bool = True,
    ) -> Page:
        query = query or CustomerQuery()
        page, count, params = listing.prepared(
            convert.ROW_COLUMNS,
            query,
            self.db.clock.today(),
            sort,
            descending,
            offset,
            limit,
            self._fts,
        )
        # A read on a Core connection: no ORM session to set up on each keystroke.
        with self.db.read() as conn:
            rows = conn.execute(page, params).all()
            total = conn.execute(count, params).scalar_one() if with_total else -1
        return Page(tuple(convert.customer_row(r) for r in rows), total, offset)

    def count_customers(self, query: CustomerQuery | None = None) -> int:
        _page, count, params = listing.prepared(
            convert.ROW_COLUMNS,
            query or CustomerQuery(),
            self.db.clock.today(),
            "name",
            False,
            0,
            0,
            self._fts,
        )
        with self.db.read() as conn:
            return int(conn.execute(count, params).scalar_one())

    def counts(self) -> Counts:
        with self.db.session() as s:
            customers = s.execute(select(func.count(Customer.id))).scalar_one()
            contacts = s.execute(select(func.count(Contact.id))).scalar_one()
            banned = s.execute(
                select(func.count(Contact.id)).where(Contact.banned_channels != "")
            ).scalar_one()
        return Counts(int(customers), int(contacts), int(banned))

    def audit_log(self, limit: int = 200, action_prefix: str = "") -> list[AuditView]:
        from rekisteri.core.models import AuditEvent

        with self.db.session() as s:
            stmt = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
            if action_prefix:
                stmt = stmt.where(AuditEvent.action.startswith(action_prefix))
            return [convert.audit_view(a) for a in s.scalars(stmt)]

    # --- customers ----------------------------------------------------------------------

    def create_customer(self, data: CustomerInput) -> CustomerDetail:
        data = clean_customer(data)
        now = self._now()
        with self.db.session() as s:
            c = Customer(created_at=now, created_by=self.actor, name_key="")
            self._apply_customer(c, data, now)
            if c.customer_since is None and data.status != "prospect":
                c.customer_since = self.db.clock.today()
            s.add(c)
            s.flush()
            if data.contacts:
                self._replace_contacts(s, c, data.contacts, now)
            s.flush()
            refresh_customer(s, c.id)
            self._audit(s, "customer.created", "customer", c.id)
            cid = c.id
        return self.get_customer(cid)

    def update_customer(self, customer_id: int, data: CustomerInput) -> CustomerDetail:
        data = clean_customer(data)
        now = self._now()
        with self.db.session() as s:
            c = s.scalars(
                select(Customer).where(Customer.id == customer_id).options(*_customer_options())
            ).one_or_none()
            if c is None:
                raise NotFoundError("customer", customer_id)
            self._apply_customer(c, data, now)
            if data.contacts is not None:
                self._replace_contacts(s, c, data.contacts, now)
            s.flush()
            refresh_customer(s, c.id)
            self._audit(s, "customer.updated", "customer", c.id)
        return self.get_customer(customer_id)

    def delete_customer(self, customer_id: int) -> None:
        """Erase through the retention path: a legal hold keeps what it must, the rest goes.

        ``retention.erasure_preview`` tells beforehand what will be kept and until when.
        """
        self.retention.erase_customers([customer_id])

    def delete_customers(self, customer_ids: Iterable[int]) -> None:
        """The list's bulk delete: one transaction; customers already gone are skipped."""
        self.retention.erase_customers(list(customer_ids), missing_ok=True)

    def _apply_customer(self, c: Customer, d: CustomerInput, now: dt.datetime) -> None:
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
        c.updated_by = self.actor

    def _replace_contacts(
        self, s: Session, c: Customer, contacts: Iterable[ContactInput], now: dt.datetime
    ) -> None:
        existing = {x.id: x for x in c.contacts}
        keep: list[Contact] = []
        for position, data in enumerate(contacts):
            contact = existing.pop(data.id, None) if data.id is not None else None
            if data.id is not None and contact is None:
                raise NotFoundError("contact", data.id)
            if contact is None:
                contact = Contact(created_at=now, created_by=self.actor, banned_channels="")
                c.contacts.append(contact)
            self._apply_contact(contact, data, position, now)
            keep.append(contact)
        if existing:
            self._suppress_refusers(s, list(existing))
        for removed in existing.values():
            c.contacts.remove(removed)
            self._audit(s, "contact.deleted", "customer", c.id, "1 contact removed")

    def _apply_contact(self, x: Contact, d: ContactInput, position: int, now: dt.datetime) -> None:
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
        x.updated_by = self.actor

    # --- contacts -----------------------------------------------------------------------

    def add_contact(self, customer_id: int, data: ContactInput) -> ContactView:
        detail = self.get_customer(customer_id)
        contacts = (*tuple(c.to_input() for c in detail.contacts), data)
        updated = self.update_customer(
            customer_id, _with_contacts(detail.to_input(False), contacts)
        )
        return updated.contacts[-1]

    def update_contact(self, contact_id: int, data: ContactInput) -> ContactView:
        errors: dict[str, Message] = {}
        collector = Collector(errors)
        data = clean_contact(data, "", collector)
        if errors:
            raise ValidationError(errors)
        now = self._now()
        with self.db.session() as s:
            x = s.get(Contact, contact_id)
            if x is None:
                raise NotFoundError("contact", contact_id)
            self._apply_contact(x, data, x.position, now)
            s.flush()
            refresh_customer(s, x.customer_id)
            self._audit(s, "contact.updated", "contact", x.id)
        return self.get_contact(contact_id)

    def remove_contact(self, contact_id: int) -> None:
        with self.db.session() as s:
            x = s.get(Contact, contact_id)
            if x is None:
                raise NotFoundError("contact", contact_id)
            customer_id = x.customer_id
            self._suppress_refusers(s, [contact_id])
            s.delete(x)
            s.flush()
            refresh_customer(s, customer_id)
            self._audit(s, "contact.deleted", "customer", customer_id, "1 contact removed")

    def _suppress_refusers(self, s: Session, contact_ids: list[int]) -> None:
        """A removed contact who had banned marketing must not come back through an import."""
        from rekisteri.core.retention.erase import suppress_refusers

        suppress_refusers(s, contact_ids, self.db.clock.today())

    def reveal_hetu(self, contact_id: int) -> str:
        """The one place the full identity code leaves the database, and it is audited."""
        with self.db.session() as s:
            x = s.get(Contact, contact_id)
            if x is None:
                raise NotFoundError("contact", contact_id)
            self._audit(s, "contact.hetu_revealed", "contact", contact_id)
            return x.hetu or ""

    # --- interactions -------------------------------------------------------------------

    def add_interaction(self, customer_id: int, data: InteractionInput) -> CustomerDetail:
        if data.kind not in {k.value for k in InteractionKind}:
            raise ValidationError(
                {"kind": Message(_CTX, QT_TRANSLATE_NOOP("Validation", "Choose a kind."))}
            )
        if data.occurred_on > self.db.clock.today():
            raise ValidationError(
                {
                    "occurred_on": Message(
                        _CTX, QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.")
                    )
                }
            )
        from rekisteri.core.forms import clean_interaction_texts

        data = clean_interaction_texts(data)
        with self.db.session() as s:
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFoundError("customer", customer_id)
            s.add(
                Interaction(
                    customer_id=customer_id,
                    contact_id=data.contact_id,
                    occurred_on=data.occurred_on,
                    kind=data.kind,
                    note=data.note.strip(),
                    invoice_ref=data.invoice_ref.strip(),
                    created_at=self._now(),
                    created_by=self.actor,
                )
            )
            counts = InteractionKind(data.kind).counts_as_contact
            if counts and (c.last_contact_on is None or data.occurred_on > c.last_contact_on):
                c.last_contact_on = data.occurred_on
            s.flush()
            refresh_customer(s, customer_id)
            self._audit(s, "interaction.added", "customer", customer_id)
        return self.get_customer(customer_id)

    def delete_interaction(self, interaction_id: int) -> None:
        with self.db.session() as s:
            i = s.get(Interaction, interaction_id)
            if i is None:
                raise NotFoundError("interaction", interaction_id)
            customer_id = i.customer_id
            s.delete(i)
            s.flush()
            c = s.get(Customer, customer_id)
            assert c is not None
            c.last_contact_on = last_contact_on(s, customer_id)
            refresh_customer(s, customer_id)
            self._audit(s, "interaction.deleted", "customer", customer_id)

    # --- consent ledger, bans, restriction ---------------------------------------------

    def record_consent(self, contact_id: int, data: ConsentInput) -> ContactView:
        self._record_events([contact_id], data)
        return self.get_contact(contact_id)

    def set_ban(
        self,
        contact_ids: Iterable[int],
        channel: str = Channel.ALL_MARKETING,
        source: str = ConsentSource.EMAIL,
        evidence: str = "",
        occurred_on: dt.date | None = None,
    ) -> int:
        """Mark a marketing ban for one or many contacts in one transaction."""
        return self._record_events(
            list(contact_ids),
            ConsentInput(channel, ConsentAction.BAN_SET, source, occurred_on, evidence),
        )

    def lift_ban(
        self,
        contact_id: int,
        channel: str,
        reason: str,
        source: str = ConsentSource.EMAIL,
        occurred_on: dt.date | None = None,
    ) -> ContactView:
        if not reason.strip():
            raise ValidationError(
                {
                    "evidence": Message(
                        _CTX,
                        QT_TRANSLATE_NOOP(
                            "Validation", "Say why the ban is lifted: it stays on record."
                        ),
                    )
                }
            )
        data = ConsentInput(channel, ConsentAction.BAN_LIFTED, source, occurred_on, reason)
        self._record_events([contact_id], data)
        return self.get_contact(contact_id)

    def ban_customers(
        self,
        customer_ids: Iterable[int],
        channel: str = Channel.ALL_MARKETING,
        source: str = ConsentSource.EMAIL,
        evidence: str = "",
        occurred_on: dt.date | None = None,
    ) -> int:
        """Ban every contact of the given customers (the list's bulk action)."""
        ids = list(customer_ids)
        with self.db.session() as s:
            contact_ids = list(s.scalars(select(Contact.id).where(Contact.customer_id.in_(ids))))
        return self.set_ban(contact_ids, channel, source, evidence, occurred_on)

    def _record_events(self, contact_ids: list[int], data: ConsentInput) -> int:
        errors: dict[str, Message] = {}
        if data.channel not in {c.value for c in Channel}:
            errors["channel"] = Message(_CTX, QT_TRANSLATE_NOOP("Validation", "Choose a channel."))
        if data.action not in {a.value for a in ConsentAction}:
            errors["action"] = Message(_CTX, QT_TRANSLATE_NOOP("Validation", "Choose an action."))
        if data.source not in {c.value for c in ConsentSource}:
            errors["source"] = Message(_CTX, QT_TRANSLATE_NOOP("Validation", "Choose a source."))
        on = data.occurred_on or self.db.clock.today()
        if on > self.db.clock.today():
            errors["occurred_on"] = Message(
                _CTX, QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.")
            )
        if errors:
            raise ValidationError(errors)
        now = self._now()
        touched: set[int] = set()
        recorded = 0
        with self.db.session() as s:
            contacts = list(
                s.scalars(
                    select(Contact)
                    .where(Contact.id.in_(contact_ids))
                    .options(selectinload(Contact.consent_events))
                )
            )
            if len(contacts) != len(set(contact_ids)):
                missing = set(contact_ids) - {c.id for c in contacts}
                raise NotFoundError("contact", min(missing))
            for x in contacts:
                active = ledger_writer.active_bans(x)
                if data.action == ConsentAction.CONSENT_GIVEN and (
                    data.channel in active or Channel.ALL_MARKETING in active
                ):
                    raise ValidationError(
                        {
                            "channel": Message(
                                _CTX,
                                QT_TRANSLATE_NOOP(
                                    "Validation",
                                    "A marketing ban is in force on this channel. Lift the ban "
                                    "first, with its reason.",
                                ),
                            )
                        }
                    )
                if data.action == ConsentAction.BAN_SET and data.channel in active:
                    continue  # already banned: the first ban's date stands
                if data.action == ConsentAction.BAN_LIFTED and data.channel not in active:
                    raise ValidationError(
                        {
                            "channel": Message(
                                _CTX,
                                QT_TRANSLATE_NOOP(
                                    "Validation", "There is no ban on this channel to lift."
                                ),
                            )
                        }
                    )
                ledger_writer.append(
                    s,
                    x,
                    channel=data.channel,
                    action=data.action,
                    occurred_on=on,
                    source=data.source,
                    evidence=data.evidence,
                    recorded_by=self.actor,
                    recorded_at=now,
                )
                touched.add(x.customer_id)
                recorded += 1
                self._audit(s, f"consent.{data.action}", "contact", x.id, data.channel)
            s.flush()
            for customer_id in touched:
                refresh_customer(s, customer_id)
        return recorded

    def set_restriction(self, contact_id: int, restricted: bool, reason: str = "") -> ContactView:
        if restricted and not reason.strip():
            raise ValidationError(
                {
                    "restriction_reason": Message(
                        _CTX,
                        QT_TRANSLATE_NOOP("Validation", "Give the reason for the restriction."),
                    )
                }
            )
        with self.db.session() as s:
            x = s.get(Contact, contact_id)
            if x is None:
                raise NotFoundError("contact", contact_id)
            x.restricted = restricted
            x.restricted_on = self.db.clock.today() if restricted else None
            x.restriction_reason = reason.strip() if restricted else ""
            s.flush()
            refresh_customer(s, x.customer_id)
            self._audit(
                s, "contact.restricted" if restricted else "contact.unrestricted", "contact", x.id
            )
        return self.get_contact(contact_id)


def _with_contacts(data: CustomerInput, contacts: tuple[ContactInput, ...]) -> CustomerInput:
    from dataclasses import replace

    return replace(data, contacts=contacts)
