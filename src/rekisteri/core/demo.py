"""Realistic, deterministic Finnish demo data for screenshots, trials and benchmarks.

Rows are written with bulk Core inserts (no ORM objects) so that 100,000 customers take
seconds, and the cached list columns are computed with the same functions ``denorm`` uses.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from stdnum.fi import ytunnus

from rekisteri.core import audit
from rekisteri.core.business_form import effective_form
from rekisteri.core.db import Database
from rekisteri.core.db.logical import reset_sequences
from rekisteri.core.demo_names import (
    CITIES,
    FIRST,
    FORM,
    INDUSTRY,
    LAST,
    NOTES,
    PREFIX,
    STREETS,
    TRADE,
)
from rekisteri.core.denorm import ContactSummary, list_fields
from rekisteri.core.enums import (
    Channel,
    ConsentAction,
    ConsentSource,
    ContactKind,
    CustomerKind,
    CustomerStatus,
    DataSource,
    InteractionKind,
)
from rekisteri.core.models import (
    ConsentEvent,
    Contact,
    ContactEmail,
    ContactPhone,
    Customer,
    Interaction,
)
from rekisteri.core.retention.due import recompute
from rekisteri.core.settings import ControllerSettings


def _ascii(s: str) -> str:
    return (
        s.lower()
        .replace("ä", "a")
        .replace("ö", "o")
        .replace("å", "a")
        .replace(" ", "")
        .replace("-", "")
    )


def _business_id(rng: random.Random, used: set[str]) -> str:
    while True:
        body = f"{rng.randint(1000000, 3299999):07d}"
        # Bodies whose checksum would need a remainder of 1 have no valid check digit.
        valid = [f"{body}-{d}" for d in range(10) if ytunnus.is_valid(f"{body}-{d}")]
        if valid and valid[0] not in used:
            used.add(valid[0])
            return valid[0]


def _phone(rng: random.Random) -> str:
    prefix = rng.choice(["40", "44", "45", "50", "41", "46"])
    return f"+358{prefix}{rng.randint(1000000, 9999999)}"


Row = dict[str, Any]


@dataclass
class _Batch:
    """The rows of one bulk insert, one list per table."""

    customers: list[Row] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)
    emails: list[Row] = field(default_factory=list)
    phones: list[Row] = field(default_factory=list)
    interactions: list[Row] = field(default_factory=list)
    consents: list[Row] = field(default_factory=list)

    def insert(self, db: Database) -> None:
        with db.session() as s:
            s.execute(insert(Customer), self.customers)
            s.execute(insert(Contact), self.contacts)
            s.execute(insert(ContactEmail), self.emails)
            s.execute(insert(ContactPhone), self.phones)
            if self.interactions:
                s.execute(insert(Interaction), self.interactions)
            if self.consents:
                s.execute(insert(ConsentEvent), self.consents)
            # The rows carry their ids: a server's id sequences must continue after them.
            reset_sequences(s.connection())


@dataclass
class _Customer:
    """What the contacts of one customer share, drawn before them."""

    id: int
    is_org: bool
    status: CustomerStatus
    since: dt.date
    postcode: str
    city: str


class _Generator:
    """Draws the demo rows in a fixed order, so that one seed always gives the same register.

    Every ``rng`` call below is part of that order: moving or skipping one changes the
    demo data of every later customer.
    """

    def __init__(self, rng: random.Random, today: dt.date, now: dt.datetime, actor: str) -> None:
        self.rng = rng
        self.today = today
        self.now = now
        self.actor = actor
        self.used_business_ids: set[str] = set()

    def _day_since(self, since: dt.date) -> dt.date:
        return since + dt.timedelta(days=self.rng.randint(0, max(1, (self.today - since).days)))

    def customer(self, batch: _Batch, cust_id: int, contact_id: int) -> int:
        """Add one customer with its contacts to ``batch``; return the next free contact id."""
        rng = self.rng
        is_org = rng.random() < 0.7
        status = rng.choices(
            [CustomerStatus.ACTIVE, CustomerStatus.PROSPECT, CustomerStatus.ENDED],
            [0.6, 0.2, 0.2],
        )[0]
        since = self.today - dt.timedelta(days=rng.randint(30, 12 * 365))
        n_contacts = rng.choice([1, 1, 2, 2, 3]) if is_org else 1
        postcode, city = rng.choice(CITIES)
        cust = _Customer(cust_id, is_org, status, since, postcode, city)
        summaries = [self.contact(batch, cust, contact_id + pos, pos) for pos in range(n_contacts)]
        if is_org:
            name = f"{rng.choice(PREFIX)} {rng.choice(TRADE)} {rng.choice(FORM)}"
            bid: str | None = _business_id(rng, self.used_business_ids)
        else:
            name = f"{summaries[0].first_name} {summaries[0].last_name}"
            bid = None
        last_contact = self.interactions(batch, cust)
        row = self.customer_row(cust, name, bid, last_contact)
        row.update(list_fields(name, bid, summaries))
        batch.customers.append(row)
        return contact_id + n_contacts

    def contact(self, batch: _Batch, cust: _Customer, contact_id: int, pos: int) -> ContactSummary:
        rng = self.rng
        first, last = rng.choice(FIRST), rng.choice(LAST)
        emails = [f"{_ascii(first)}.{_ascii(last)}{contact_id}@example.fi"]
        phones = [_phone(rng)]
        banned = self.consents(batch, cust, contact_id)
        row = self.contact_row(cust, contact_id, pos, first, last, banned)
        batch.contacts.append(row)
        batch.emails += [
            dict(contact_id=contact_id, position=i, address=a) for i, a in enumerate(emails)
        ]
        batch.phones += [
            dict(contact_id=contact_id, position=i, number=p) for i, p in enumerate(phones)
        ]
        return ContactSummary(first, last, emails, phones, banned, bool(row["restricted"]))

    def consents(self, batch: _Batch, cust: _Customer, contact_id: int) -> list[str]:
        """Some contacts subscribed, a few banned marketing; returns the banned channels."""
        rng = self.rng
        banned: list[str] = []
        ledger_day = self._day_since(cust.since)
        event = dict(
            contact_id=contact_id, evidence="", recorded_by=self.actor, recorded_at=self.now
        )
        if rng.random() < 0.3:
            batch.consents.append(
                dict(
                    event,
                    channel=Channel.NEWSLETTER,
                    action=ConsentAction.CONSENT_GIVEN,
                    occurred_on=cust.since,
                    source=ConsentSource.FORM,
                )
            )
        if rng.random() < 0.08:
            channel = rng.choice([Channel.ALL_MARKETING, Channel.EMAIL_MARKETING])
            source = rng.choice(
                [ConsentSource.EMAIL, ConsentSource.PHONE, ConsentSource.UNSUBSCRIBE_LINK]
            )
            batch.consents.append(
                dict(
                    event,
                    channel=channel,
                    action=ConsentAction.BAN_SET,
                    occurred_on=ledger_day,
                    source=source,
                )
            )
            banned.append(channel.value)
        return banned

    def contact_row(
        self, cust: _Customer, contact_id: int, pos: int, first: str, last: str, banned: list[str]
    ) -> Row:
        rng = self.rng
        titles = ["Toimitusjohtaja", "Myyntipäällikkö", "Yrittäjä", "Asiantuntija", ""]
        title = rng.choice(titles) if cust.is_org else ""
        street = f"{rng.choice(STREETS)} {rng.randint(1, 80)}"
        language = rng.choices(["fi", "sv", "en"], [0.88, 0.1, 0.02])[0]
        # Customers mostly gave their address when they bought (no rng draw: the rest of
        # the demo stays the same for a given seed).
        bought = cust.status != CustomerStatus.PROSPECT and contact_id % 10 < 7
        return dict(
            id=contact_id,
            customer_id=cust.id,
            position=pos,
            kind=ContactKind.BUSINESS if cust.is_org else ContactKind.PRIVATE,
            first_name=first,
            last_name=last,
            title=title,
            street=street,
            postcode=cust.postcode,
            city=cust.city,
            country="FI",
            language=language,
            hetu=None,
            data_source=DataSource.PURCHASE if bought else DataSource.PERSON,
            data_source_detail="",
            opt_out_informed=True,
            restricted=rng.random() < 0.005,
            restricted_on=None,
            restriction_reason="",
            banned_channels=",".join(sorted(banned)),
            due_on=None,
            due_reason="",
            **self._stamps(),
        )

    def interactions(self, batch: _Batch, cust: _Customer) -> dt.date | None:
        """Up to six interactions; the day of the last one that counts as contact."""
        rng = self.rng
        last_contact = None
        for _k in range(rng.randint(0, 6)):
            day = self._day_since(cust.since)
            kind = rng.choice(list(InteractionKind))
            note = rng.choice(NOTES)
            invoice_ref = (
                f"{day.year}-{rng.randint(1, 400):03d}" if kind == InteractionKind.INVOICE else ""
            )
            batch.interactions.append(
                dict(
                    customer_id=cust.id,
                    contact_id=None,
                    occurred_on=day,
                    kind=kind,
                    note=note,
                    invoice_ref=invoice_ref,
                    created_at=self.now,
                    created_by=self.actor,
                )
            )
            if InteractionKind(kind).counts_as_contact:
                last_contact = max(last_contact or day, day)
        return last_contact

    def customer_row(
        self, cust: _Customer, name: str, bid: str | None, last_contact: dt.date | None
    ) -> Row:
        rng = self.rng
        kind = CustomerKind.ORGANISATION if cust.is_org else CustomerKind.PERSON
        industry = rng.choice(INDUSTRY) if cust.is_org else ""
        street = f"{rng.choice(STREETS)} {rng.randint(1, 80)}"
        sources = [
            DataSource.PERSON,
            DataSource.PERSON,
            DataSource.EMPLOYER,
            DataSource.PUBLIC_REGISTER,
            DataSource.BUSINESS_CARD,
        ]
        return dict(
            id=cust.id,
            kind=kind,
            name=name,
            business_id=bid,
            business_form=effective_form(kind, "", name).value,
            industry=industry,
            billing_street=street,
            billing_postcode=cust.postcode,
            billing_city=cust.city,
            billing_country="FI",
            notes="",
            status=cust.status,
            ended_on=(last_contact or cust.since) if cust.status == CustomerStatus.ENDED else None,
            customer_since=cust.since,
            last_contact_on=last_contact,
            data_source=rng.choice(sources),
            data_source_detail="",
            due_on=None,
            due_reason="",
            **self._stamps(),
        )

    def _stamps(self) -> Row:
        return dict(
            created_at=self.now, created_by=self.actor, updated_at=self.now, updated_by=self.actor
        )


def _next_ids(db: Database) -> tuple[int, int]:
    """The first free customer and contact ids: the demo appends to what is there."""
    with db.session() as s:
        customer = s.scalar(select(func.max(Customer.id))) or 0
        contact = s.scalar(select(func.max(Contact.id))) or 0
    return customer + 1, contact + 1


def generate(
    db: Database,
    customers: int = 200,
    seed: int = 1,
    *,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 5000,
    actor: str = "demo",
) -> None:
    """Append ``customers`` demo customers (with ~1.5 contacts each) to the register."""
    now = db.clock.now()
    generator = _Generator(random.Random(seed), db.clock.today(), now, actor)
    cust_id, contact_id = _next_ids(db)
    done = 0
    while done < customers:
        n = min(batch, customers - done)
        rows = _Batch()
        for _ in range(n):
            contact_id = generator.customer(rows, cust_id, contact_id)
            cust_id += 1
        rows.insert(db)
        done += n
        if progress:
            progress(done, customers)
    with db.session() as s:
        recompute(s)  # due dates depend on the interactions and ledger written above
        audit.record(s, actor, "demo.generated", "", None, f"{customers} customers", at=now)


DEMO_CONTROLLER = ControllerSettings(
    business_name="Valokuvaamo Revontuli Tmi",
    business_id="1572860-0",
    street="Kauppakatu 9 A 4",
    postcode="60100",
    city="Seinäjoki",
    phone="+358405005634",
    email="info@revontuli.example.fi",
    contact_person_name="Aino Virtanen",
    contact_person_email="aino@revontuli.example.fi",
    contact_person_phone="+358405005634",
    register_name="Asiakas- ja markkinointirekisteri",
    handler_name="Aino Virtanen",
)
