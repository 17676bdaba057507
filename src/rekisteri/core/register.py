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

from rekisteri.core import convert, listing
from rekisteri.core import settings_registry as reg
from rekisteri.core.clock import Clock
from rekisteri.core.concurrency import check as check_version
from rekisteri.core.concurrency import raced_as_conflict
from rekisteri.core.consent_events import check_input, contacts_of, lift_input, record_events
from rekisteri.core.context import Handle
from rekisteri.core.customer_records import (
    add_interaction,
    apply_contact,
    apply_customer,
    check_contact,
    check_interaction,
    replace_contacts,
    set_restriction,
    suppress_refusers,
)
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
    Channel,
    ConsentAction,
    ConsentSource,
)
from rekisteri.core.errors import NotFoundError
from rekisteri.core.forms import clean_customer
from rekisteri.core.models import (
    Contact,
    Customer,
    Interaction,
)
from rekisteri.core.settings import ControllerSettings, clean_controller

if TYPE_CHECKING:
    from rekisteri.core.breaches import BreachService
    from rekisteri.core.db.security import SecurityService
    from rekisteri.core.io.service import ImportExportService
    from rekisteri.core.marketing import MarketingService
    from rekisteri.core.notice.service import NoticeService
    from rekisteri.core.record.service import RecordService
    from rekisteri.core.reminders.service import ReminderService
    from rekisteri.core.requests import RequestService
    from rekisteri.core.retention import RetentionService


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
        self.handle.on_dates_changed = lambda: self.reminders.refresh()

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
        self.reminders.refresh()  # a restored register may hold other dates

    @property
    def _fts(self) -> bool:
        from rekisteri.core.db.search_index import word_index

        return word_index(self.db.engine)

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
    def record(self) -> RecordService:
        from rekisteri.core.record.service import RecordService

        return RecordService(self)

    @cached_property
    def requests(self) -> RequestService:
        from rekisteri.core.requests import RequestService

        return RequestService(self)

    @cached_property
    def breaches(self) -> BreachService:
        from rekisteri.core.breaches import BreachService

        return BreachService(self)

    @cached_property
    def reminders(self) -> ReminderService:
        from rekisteri.core.reminders.service import ReminderService

        return ReminderService(self)

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
        cleaned = clean_controller(settings)
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
        # A read on a Core connection: no ORM session to set up on each keystroke.
        with self.db.read() as conn:
            rows, total = listing.fetch(
                conn,
                convert.ROW_COLUMNS,
                query,
                self.db.clock.today(),
                sort,
                descending,
                offset,
                limit,
                self._fts,
                with_total,
            )
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
            apply_customer(c, data, now, self.actor)
            if c.customer_since is None and data.status != "prospect":
                c.customer_since = self.db.clock.today()
            s.add(c)
            s.flush()
            if data.contacts:
                replace_contacts(self, s, c, data.contacts, now, self.db.clock.today())
            s.flush()
            refresh_customer(s, c.id)
            self._audit(s, "customer.created", "customer", c.id)
            cid = c.id
        return self.get_customer(cid)

    def update_customer(self, customer_id: int, data: CustomerInput) -> CustomerDetail:
        data = clean_customer(data)
        now = self._now()
        with raced_as_conflict(self.db, Customer, customer_id), self.db.session() as s:
            c = s.scalars(
                select(Customer).where(Customer.id == customer_id).options(*_customer_options())
            ).one_or_none()
            if c is None:
                raise NotFoundError("customer", customer_id)
            check_version(c, data.version)
            apply_customer(c, data, now, self.actor)
            if data.contacts is not None:
                replace_contacts(self, s, c, data.contacts, now, self.db.clock.today())
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

    # --- contacts -----------------------------------------------------------------------

    def add_contact(self, customer_id: int, data: ContactInput) -> ContactView:
        detail = self.get_customer(customer_id)
        contacts = (*tuple(c.to_input() for c in detail.contacts), data)
        updated = self.update_customer(
            customer_id, _with_contacts(detail.to_input(False), contacts)
        )
        return updated.contacts[-1]

    def update_contact(self, contact_id: int, data: ContactInput) -> ContactView:
        data = check_contact(data)
        now = self._now()
        with self.db.session() as s:
            x = s.get(Contact, contact_id)
            if x is None:
                raise NotFoundError("contact", contact_id)
            check_version(x, data.version)
            apply_contact(x, data, x.position, now, self.actor)
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
            suppress_refusers(s, [contact_id], self.db.clock.today())
            s.delete(x)
            s.flush()
            refresh_customer(s, customer_id)
            self._audit(s, "contact.deleted", "customer", customer_id, "1 contact removed")

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
        data = check_interaction(data, self.db.clock.today())
        with self.db.session() as s:
            c = s.get(Customer, customer_id)
            if c is None:
                raise NotFoundError("customer", customer_id)
            add_interaction(self, s, c, data, self._now())
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
        data = lift_input(channel, reason, source, occurred_on)
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
        with self.db.session() as s:
            contact_ids = contacts_of(s, list(customer_ids))
        return self.set_ban(contact_ids, channel, source, evidence, occurred_on)

    def _record_events(self, contact_ids: list[int], data: ConsentInput) -> int:
        on = check_input(data, self.db.clock.today())
        with self.db.session() as s:
            return record_events(self, s, contact_ids, data, on, self._now())

    def set_restriction(self, contact_id: int, restricted: bool, reason: str = "") -> ContactView:
        with self.db.session() as s:
            set_restriction(self, s, contact_id, restricted, reason, self.db.clock.today())
        return self.get_contact(contact_id)


def _with_contacts(data: CustomerInput, contacts: tuple[ContactInput, ...]) -> CustomerInput:
    from dataclasses import replace

    return replace(data, contacts=contacts)
