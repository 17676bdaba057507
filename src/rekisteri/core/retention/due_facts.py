"""The facts a due date depends on, read for the whole register or a few customers.

A handful of grouped Core queries (no ORM objects: 100,000 customers are read in
seconds), each filling one kind of fact into ``CustomerFacts`` and ``ContactFacts``;
``due`` turns them into dates and reasons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, literal_column, select, text
from sqlalchemy.orm import Session

from rekisteri.core.clock import SYSTEM_CLOCK
from rekisteri.core.enums import CONTACT_KINDS, ConsentAction, InteractionKind
from rekisteri.core.models import ConsentEvent, Contact, Customer, Interaction, LegalHold
from rekisteri.core.retention.holds import Hold

_ENDED_ACTIONS = {ConsentAction.CONSENT_WITHDRAWN.value, ConsentAction.BAN_SET.value}

# A rule counted from the last contact falls back on these when there was none; the reason
# then names the date it really used ("customer since 20.2.2015", not "last contact").
START_SINCE, START_ENTERED = "s", "e"


@dataclass
class ContactFacts:
    id: int
    customer_id: int
    due_on: dt.date | None = None  # as stored, to write only what changed
    due_reason: str = ""
    due_basis: str = ""
    marketing_ended_on: dt.date | None = None
    last_interaction_on: dt.date | None = None
    holds: list[Hold] = field(default_factory=list)


@dataclass
class CustomerFacts:
    id: int
    status: str
    last_contact_on: dt.date | None
    customer_since: dt.date | None
    ended_on: dt.date | None
    created_on: dt.date
    has_notes: bool
    due_on: dt.date | None = None
    due_reason: str = ""
    due_basis: str = ""
    last_invoice_on: dt.date | None = None
    last_invoice_ref: str = ""
    other_interactions: int = 0
    contacts: list[ContactFacts] = field(default_factory=list)
    holds: list[Hold] = field(default_factory=list)

    @property
    def start(self) -> dt.date:
        """Last contact, or failing that the start of the relationship, or the entry date."""
        return self.last_contact_on or self.customer_since or self.created_on

    @property
    def start_kind(self) -> str:
        """Which of the three ``start`` is, so the reason names the date it really used."""
        if self.last_contact_on:
            return ""
        return START_SINCE if self.customer_since else START_ENTERED

    @property
    def marketing_ended_on(self) -> dt.date | None:
        """All contacts withdrew consent or banned marketing: the latest such day."""
        if not self.contacts:
            return None
        days = [c.marketing_ended_on for c in self.contacts]
        if any(d is None for d in days):
            return None
        return max(d for d in days if d is not None)

    @property
    def removable(self) -> bool:
        """Something beyond what bookkeeping keeps is still on the record."""
        return bool(self.contacts) or self.other_interactions > 0 or self.has_notes


_IN_LIST_MAX = 500
_IDS = "due_gather_ids"


class _Scope:
    """Which customers a query reads: all, a list of ids, or the ids in a temporary table."""

    def __init__(self, conn: Connection, customer_ids: list[int] | None) -> None:
        self.all = customer_ids is None
        self.wanted: Any = customer_ids
        if customer_ids is not None and len(customer_ids) > _IN_LIST_MAX:
            # Thousands of ids (the review's due records): one temporary id table joined by
            # every query instead of chunks of bound parameters, whose SQL costs more to build
            # than to run. Ids only; the table lives in memory (temp_store=MEMORY).
            conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {_IDS} (id INTEGER PRIMARY KEY)")
            conn.exec_driver_sql(f"DELETE FROM {_IDS}")
            conn.execute(
                text(f"INSERT INTO {_IDS} (id) VALUES (:id)"),
                [{"id": i} for i in sorted(set(customer_ids))],
            )
            self.wanted = select(literal_column("id")).select_from(text(_IDS)).scalar_subquery()

    def on(self, col: Any) -> Callable[[Any], Any]:
        """Restrict a select to the wanted customers through ``col``."""
        if self.all:
            return lambda stmt: stmt
        return lambda stmt: stmt.where(col.in_(self.wanted))


def gather(session: Session, customer_ids: list[int] | None = None) -> dict[int, CustomerFacts]:
    """Read every fact a due date depends on, for some customers or all."""
    conn = session.connection()  # Core rows: no ORM result processing on 100,000 rows
    scope = _Scope(conn, customer_ids)
    facts = _customers(conn, scope)
    _invoices(conn, scope, facts)
    _other_interactions(conn, scope, facts)
    contacts = _contacts(conn, scope, facts)
    _ledger(conn, scope, contacts)
    _last_interactions(conn, scope, contacts)
    _holds(session, scope, facts, contacts)
    return facts


def _customers(conn: Connection, scope: _Scope) -> dict[int, CustomerFacts]:
    facts: dict[int, CustomerFacts] = {}
    query = select(
        Customer.id,
        Customer.status,
        Customer.last_contact_on,
        Customer.customer_since,
        Customer.ended_on,
        Customer.created_at,
        Customer.notes != "",
        Customer.due_on,
        Customer.due_reason,
        Customer.due_basis,
    )
    for row in conn.execute(scope.on(Customer.id)(query)):
        created = row[5].date() if row[5] is not None else SYSTEM_CLOCK.today()
        facts[row[0]] = CustomerFacts(
            *(row[0], row[1], row[2], row[3], row[4], created, bool(row[6]), row[7]),
            row[8] or "",
            row[9] or "",
        )
    return facts


def _invoices(conn: Connection, scope: _Scope, facts: dict[int, CustomerFacts]) -> None:
    """The last invoice of each customer: the books keep what it needs."""
    # For a few customers the customer index is the way in; a bare ``kind = 'invoice'`` would
    # lead the planner to scan every invoice of the register for each batch.
    is_invoice = (
        Interaction.kind == InteractionKind.INVOICE
        if scope.all
        else func.coalesce(Interaction.kind, "") == InteractionKind.INVOICE.value
    )
    query = (
        select(Interaction.customer_id, Interaction.occurred_on, Interaction.invoice_ref)
        .where(is_invoice)
        .order_by(Interaction.customer_id, Interaction.occurred_on, Interaction.id)
    )
    for cid, day, ref in conn.execute(scope.on(Interaction.customer_id)(query)):
        f = facts.get(cid)
        if f is not None:
            f.last_invoice_on, f.last_invoice_ref = day, ref


def _other_interactions(conn: Connection, scope: _Scope, facts: dict[int, CustomerFacts]) -> None:
    query = (
        select(Interaction.customer_id, func.count(Interaction.id))
        .where(Interaction.kind != InteractionKind.INVOICE)
        .group_by(Interaction.customer_id)
    )
    for cid, n in conn.execute(scope.on(Interaction.customer_id)(query)):
        if cid in facts:
            facts[cid].other_interactions = int(n)


def _contacts(
    conn: Connection, scope: _Scope, facts: dict[int, CustomerFacts]
) -> dict[int, ContactFacts]:
    contacts: dict[int, ContactFacts] = {}
    query = select(
        Contact.id,
        Contact.customer_id,
        Contact.due_on,
        Contact.due_reason,
        Contact.due_basis,
    ).order_by(Contact.id)
    for xid, cid, due_on, due_reason, due_basis in conn.execute(
        scope.on(Contact.customer_id)(query)
    ):
        if cid in facts:
            contacts[xid] = ContactFacts(
                xid, cid, due_on=due_on, due_reason=due_reason or "", due_basis=due_basis or ""
            )
            facts[cid].contacts.append(contacts[xid])
    return contacts


def _ledger(conn: Connection, scope: _Scope, contacts: dict[int, ContactFacts]) -> None:
    """The day marketing ended for a contact: its latest ledger event withdrew or banned."""
    latest = (
        select(func.max(ConsentEvent.id))
        .join(Contact, Contact.id == ConsentEvent.contact_id)
        .group_by(ConsentEvent.contact_id)
    )
    latest = scope.on(Contact.customer_id)(latest)
    for xid, action, day in conn.execute(
        select(ConsentEvent.contact_id, ConsentEvent.action, ConsentEvent.occurred_on).where(
            ConsentEvent.id.in_(latest.scalar_subquery())
        )
    ):
        if xid in contacts and action in _ENDED_ACTIONS:
            contacts[xid].marketing_ended_on = day


def _last_interactions(conn: Connection, scope: _Scope, contacts: dict[int, ContactFacts]) -> None:
    query = (
        select(Interaction.contact_id, func.max(Interaction.occurred_on))
        .where(Interaction.contact_id.is_not(None), Interaction.kind.in_(CONTACT_KINDS))
        .group_by(Interaction.contact_id)
    )
    for xid, day in conn.execute(scope.on(Interaction.customer_id)(query)):
        if xid in contacts:
            contacts[xid].last_interaction_on = day


def _holds(
    session: Session,
    scope: _Scope,
    facts: dict[int, CustomerFacts],
    contacts: dict[int, ContactFacts],
) -> None:
    for h in session.scalars(scope.on(LegalHold.customer_id)(select(LegalHold))):
        hold = Hold(h.id, h.customer_id, h.contact_id, h.kind, h.reason, h.until)
        if h.contact_id is not None and h.contact_id in contacts:
            contacts[h.contact_id].holds.append(hold)
        elif h.contact_id is None and h.customer_id in facts:
            facts[h.customer_id].holds.append(hold)
