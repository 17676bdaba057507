"""Writing a confirmed import: one transaction, bulk Core inserts, cached columns computed.

New rows become new customers (rows naming the same company or Y-tunnus share one
organisation); matched rows are skipped, merged into the existing contact, or added anyway,
as the user chose. Consent in the file is recorded only when the user confirmed it; a "no"
in the file is always recorded as a ban, since honouring a refusal needs no confirmation.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from rekisteri.core import audit, ledger_writer
from rekisteri.core.denorm import ContactSummary, list_fields, refresh_customer
from rekisteri.core.enums import (
    Channel,
    ConsentAction,
    ConsentSource,
    ContactKind,
    CustomerKind,
    CustomerStatus,
    DataSource,
)
from rekisteri.core.errors import NotFoundError
from rekisteri.core.io.preview import ImportPreview, MergeChoice, PreviewRow, RowStatus
from rekisteri.core.io.records import ImportRecord
from rekisteri.core.models import ConsentEvent, Contact, ContactEmail, ContactPhone, Customer
from rekisteri.core.retention.due import recompute as recompute_due

if TYPE_CHECKING:
    from rekisteri.core.context import Handle

CONSENT_CHANNEL = Channel.EMAIL_MARKETING.value


@dataclass(frozen=True)
class ImportResult:
    customers_added: int
    contacts_added: int
    contacts_updated: int
    skipped: int
    consents: int
    bans: int
    source_detail: str


def source_detail(file_name: str, day: dt.date) -> str:
    """What each imported record's data source says: ``import: FILE, 22.11.2026``."""
    return f"import: {file_name}, {day.day}.{day.month}.{day.year}"


@dataclass
class _Writer:
    session: Session
    actor: str
    now: dt.datetime
    today: dt.date
    detail: str
    file_name: str
    confirm_consent: bool
    next_customer: int = 0
    next_contact: int = 0
    consents: int = 0
    bans: int = 0

    def __post_init__(self) -> None:
        self.customers: list[dict[str, object]] = []
        self.contacts: list[dict[str, object]] = []
        self.emails: list[dict[str, object]] = []
        self.phones: list[dict[str, object]] = []
        self.events: list[dict[str, object]] = []

    def _events(self, contact_id: int, rec: ImportRecord) -> str:
        """Queue a new contact's ledger events; returns its cached ban column."""
        actions: list[tuple[str, str]] = []
        if rec.consent is False:
            actions.append((CONSENT_CHANNEL, ConsentAction.BAN_SET.value))
            self.bans += 1
        elif rec.consent is True and self.confirm_consent:
            actions.append((CONSENT_CHANNEL, ConsentAction.CONSENT_GIVEN.value))
            self.consents += 1
        rows, banned = ledger_writer.new_contact_events(
            contact_id, actions, occurred_on=self.today, source=ConsentSource.IMPORT.value,
            evidence=self.detail, recorded_by=self.actor, recorded_at=self.now,
        )  # fmt: skip
        self.events += rows
        return banned

    def contact(self, rec: ImportRecord, customer_id: int, position: int) -> ContactSummary:
        cid = self.next_contact
        self.next_contact += 1
        banned = self._events(cid, rec)
        self.contacts.append(
            dict(
                id=cid, customer_id=customer_id, position=position, kind=rec.kind,
                first_name=rec.first_name, last_name=rec.last_name, title=rec.title,
                street=rec.street, postcode=rec.postcode, city=rec.city, country=rec.country,
                language=rec.language, hetu=None, data_source=DataSource.IMPORT.value,
                data_source_detail=self.detail, opt_out_informed=False, restricted=False,
                restricted_on=None, restriction_reason="",
                banned_channels=banned, due_on=None, due_reason="",
                created_at=self.now, created_by=self.actor, updated_at=self.now,
                updated_by=self.actor,
            )
        )  # fmt: skip
        self.emails += [
            dict(contact_id=cid, position=i, address=a) for i, a in enumerate(rec.emails)
        ]
        self.phones += [
            dict(contact_id=cid, position=i, number=n) for i, n in enumerate(rec.phones)
        ]
        return ContactSummary(
            rec.first_name, rec.last_name, rec.emails, rec.phones,
            [c for c in banned.split(",") if c], False,
        )  # fmt: skip

    def customer(self, group: list[ImportRecord], status: str) -> None:
        first = group[0]
        org = first.kind == ContactKind.BUSINESS
        name = first.company if org and first.company else first.display_name
        business_id = next((r.business_id for r in group if r.business_id), None)
        cust_id = self.next_customer
        self.next_customer += 1
        summaries = [self.contact(r, cust_id, pos) for pos, r in enumerate(group)]
        row: dict[str, object] = dict(
            id=cust_id,
            kind=CustomerKind.ORGANISATION.value if org else CustomerKind.PERSON.value,
            name=name, business_id=business_id, industry="", billing_street="",
            billing_postcode="", billing_city="", billing_country="FI",
            notes="\n".join(r.notes for r in group if r.notes), status=status, ended_on=None,
            customer_since=None if status == CustomerStatus.PROSPECT else self.today,
            last_contact_on=None, data_source=DataSource.IMPORT.value,
            data_source_detail=self.detail, due_on=None, due_reason="",
            created_at=self.now, created_by=self.actor, updated_at=self.now,
            updated_by=self.actor,
        )  # fmt: skip
        row.update(list_fields(name, business_id, summaries))
        self.customers.append(row)

    def flush(self) -> None:
        s = self.session
        for model, rows in (
            (Customer, self.customers),
            (Contact, self.contacts),
            (ContactEmail, self.emails),
            (ContactPhone, self.phones),
            (ConsentEvent, self.events),
        ):
            if rows:
                s.connection().execute(insert(model.__table__), rows)
        self.customers, self.contacts, self.emails, self.phones, self.events = [], [], [], [], []

    def update(self, rec: ImportRecord, contact_id: int) -> int:
        """Merge a row into an existing contact: add what is new, never overwrite a value."""
        x = self.session.scalars(
            select(Contact)
            .where(Contact.id == contact_id)
            .options(
                selectinload(Contact.emails),
                selectinload(Contact.phones),
                selectinload(Contact.consent_events),
            )
        ).one_or_none()
        if x is None:
            raise NotFoundError("contact", contact_id)  # deleted after the preview
        known = {e.address.casefold() for e in x.emails}
        for address in rec.emails:
            if address.casefold() not in known:
                x.emails.append(ContactEmail(address=address, position=len(x.emails)))
        for number in rec.phones:
            if number not in {p.number for p in x.phones}:
                x.phones.append(ContactPhone(number=number, position=len(x.phones)))
        for attr in ("title", "street", "postcode", "city"):
            if not getattr(x, attr) and getattr(rec, attr):
                setattr(x, attr, getattr(rec, attr))
        active = ledger_writer.active_bans(x)
        blocked = bool(active & {CONSENT_CHANNEL, Channel.ALL_MARKETING.value})
        action = None
        if rec.consent is False and CONSENT_CHANNEL not in active:
            action = ConsentAction.BAN_SET
        elif rec.consent is True and self.confirm_consent and not blocked:
            action = ConsentAction.CONSENT_GIVEN  # a ban in force is never overridden
        if action is not None:
            ledger_writer.append(
                self.session, x, channel=CONSENT_CHANNEL, action=action,
                occurred_on=self.today, source=ConsentSource.IMPORT.value, evidence=self.detail,
                recorded_by=self.actor, recorded_at=self.now,
            )  # fmt: skip
            if action == ConsentAction.CONSENT_GIVEN:
                self.consents += 1
            else:
                self.bans += 1
        x.updated_at, x.updated_by = self.now, self.actor
        return x.customer_id


def _action(row: PreviewRow, choices: Mapping[int, MergeChoice]) -> MergeChoice:
    if row.status is RowStatus.NEW:
        return MergeChoice.ADD
    if row.status is RowStatus.MATCH:
        return MergeChoice(choices.get(row.index, MergeChoice.SKIP))
    return MergeChoice.SKIP


def commit(
    handle: Handle,
    preview: ImportPreview,
    choices: Mapping[int, MergeChoice],
    *,
    confirm_consent: bool,
    status: str = CustomerStatus.PROSPECT,
) -> ImportResult:
    today, now = handle.clock.today(), handle.now()
    detail = source_detail(preview.file_name, today)
    groups: dict[object, list[ImportRecord]] = defaultdict(list)
    appends: dict[int, list[ImportRecord]] = defaultdict(list)
    updates: list[tuple[ImportRecord, int]] = []
    skipped = 0
    for row in preview.rows:
        action = _action(row, choices)
        rec = row.record
        if action is MergeChoice.SKIP:
            skipped += 1
        elif action is MergeChoice.UPDATE and row.match and row.match.contact_id is not None:
            updates.append((rec, row.match.contact_id))
        elif action is MergeChoice.UPDATE and row.match:
            appends[row.match.customer_id].append(rec)
        elif rec.business_id:
            groups[("bid", rec.business_id)].append(rec)
        elif rec.company:
            groups[("org", rec.company.casefold())].append(rec)
        else:
            groups[("row", row.index)].append(rec)
    with handle.db.session() as s:
        w = _Writer(s, handle.actor, now, today, detail, preview.file_name, confirm_consent)
        touched: set[int] = set()
        for rec, contact_id in updates:  # before inserting: new rows may reuse a freed id
            touched.add(w.update(rec, contact_id))
        s.flush()
        w.next_customer = (s.execute(select(func.max(Customer.id))).scalar() or 0) + 1
        w.next_contact = (s.execute(select(func.max(Contact.id))).scalar() or 0) + 1
        first_new = w.next_customer
        for group in groups.values():
            w.customer(group, status)
        for customer_id, recs in appends.items():
            start = s.execute(
                select(func.count(Contact.id)).where(Contact.customer_id == customer_id)
            ).scalar_one()
            for i, rec in enumerate(recs):
                w.contact(rec, customer_id, start + i)
            touched.add(customer_id)
        added_contacts = len(w.contacts)
        new_ids = list(range(first_new, w.next_customer))
        w.flush()
        for start in range(0, len(new_ids), 5000):  # retention due dates of the new rows
            recompute_due(s, new_ids[start : start + 5000])
        for customer_id in touched:
            refresh_customer(s, customer_id)
        audit.record(
            s,
            handle.actor,
            "import.committed",
            "import",
            None,
            f"file={preview.file_name}; customers added={len(groups)}; "
            f"contacts added={added_contacts}; updated={len(updates)}; skipped={skipped}; "
            f"consents={w.consents}; bans={w.bans}",
            at=now,
        )
    return ImportResult(
        len(groups), added_contacts, len(updates), skipped, w.consents, w.bans, detail
    )
