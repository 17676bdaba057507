"""Who may be sent marketing for which purpose: the law (``marketing_law``) over the register.

The facts come from one query over the contact table (customer status, form, restriction,
the first address on file) plus one over the consent ledger; no ORM object is built per
contact, so the whole register is decided in seconds. The names of ``marketing_law`` are
re-exported here, so callers keep one place to import the marketing rules from.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from rekisteri.core import settings_registry as reg
from rekisteri.core.business_form import is_legal_person
from rekisteri.core.enums import ContactKind, CustomerKind, DataSource
from rekisteri.core.errors import NotFoundError, ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.ledger import NO_WORD, LedgerEvent, PurposeState, fold
from rekisteri.core.marketing_law import (
    CTX,
    MAX_SOFT_OPT_IN_MONTHS,
    ROBINSON_REMINDER,
    RULES,
    Decision,
    Facts,
    MailingScope,
    MarketingChannel,
    MarketingPurpose,
    Relationship,
    Rule,
    as_scope,
    decide,
    purpose_facts,
    rule_for_contact,
)
from rekisteri.core.marketing_reasons import Reason
from rekisteri.core.models import ConsentEvent, Contact, ContactEmail, ContactPhone, Customer

if TYPE_CHECKING:
    from rekisteri.core.context import Handle
    from rekisteri.core.db.engine import Database

__all__ = [
    "MAX_SOFT_OPT_IN_MONTHS",
    "ROBINSON_REMINDER",
    "RULES",
    "Decision",
    "Eligibility",
    "Facts",
    "MailingScope",
    "MarketingChannel",
    "MarketingPurpose",
    "MarketingService",
    "Reason",
    "Recipient",
    "Relationship",
    "Rule",
    "as_scope",
    "decide",
    "purpose_facts",
    "rule_for_contact",
]


class Recipient(NamedTuple):
    """One contact as a mailing list needs it, with the decision for the purpose.

    A named tuple rather than a dataclass: 150,000 of these are built per export, and a
    tuple is several times cheaper to create while being just as immutable.
    """

    contact_id: int
    customer_id: int
    first_name: str
    last_name: str
    company: str
    language: str
    email: str
    phone: str
    street: str
    postcode: str
    city: str
    country: str
    channel: MarketingChannel
    allowed: bool
    reason: Reason
    purpose: MarketingPurpose | None = None

    @property
    def decision(self) -> Decision:
        return Decision(self.contact_id, self.channel, self.allowed, self.reason, self.purpose)


@dataclass(frozen=True)
class Eligibility:
    channel: MarketingChannel
    allowed: tuple[Recipient, ...]
    excluded: tuple[Recipient, ...]
    scope: MailingScope | None = None

    def excluded_counts(self) -> dict[Reason, int]:
        counts = Counter(r.reason for r in self.excluded)
        return {reason: counts[reason] for reason in Reason if counts[reason]}


def _first_of(
    s: Session,
    column: InstrumentedAttribute[str],
    owner: InstrumentedAttribute[int],
    position: InstrumentedAttribute[int],
    contact_ids: Sequence[int] | None,
) -> dict[int, str]:
    """First e-mail or phone per contact: one plain query, cheaper than a correlated one."""
    stmt = select(owner, column).order_by(owner, position.desc())
    if contact_ids is not None:
        stmt = stmt.where(owner.in_(contact_ids))
    # Ordered by position descending, so the first (lowest) position is written last.
    return {owner_id: value for owner_id, value in s.connection().execute(stmt)}


def _contact_select() -> Select[*tuple[Any, ...]]:
    return select(
        Contact.id,
        Contact.customer_id,
        Contact.kind,
        Contact.first_name,
        Contact.last_name,
        Contact.language,
        Contact.street,
        Contact.postcode,
        Contact.city,
        Contact.country,
        Contact.restricted,
        Contact.opt_out_informed,
        Contact.data_source,
        Customer.name,
        Customer.kind,
        Customer.status,
        Customer.ended_on,
        Customer.business_form,
    ).join(Customer, Customer.id == Contact.customer_id)


def _ledger(s: Session, contact_ids: Sequence[int] | None) -> dict[int, list[LedgerEvent]]:
    stmt = select(
        ConsentEvent.contact_id,
        ConsentEvent.id,
        ConsentEvent.channel,
        ConsentEvent.action,
        ConsentEvent.occurred_on,
    )
    if contact_ids is not None:
        stmt = stmt.where(ConsentEvent.contact_id.in_(contact_ids))
    events: dict[int, list[LedgerEvent]] = defaultdict(list)
    for cid, eid, ch, action, on in s.connection().execute(stmt):
        events[cid].append(LedgerEvent(eid, ch, action, on))
    return events


def _has_address(channel: MarketingChannel, email: str, phone: str, post: tuple[str, ...]) -> bool:
    if channel is MarketingChannel.EMAIL:
        return bool(email)
    if channel in (MarketingChannel.SMS, MarketingChannel.PHONE):
        return bool(phone)
    return all(part.strip() for part in post)


@dataclass
class _Fetched:
    rows: list[Row[*tuple[Any, ...]]]
    events: dict[int, list[LedgerEvent]]
    emails: dict[int, str]
    phones: dict[int, str]


def _fetch(
    s: Session, stmt: Select[*tuple[Any, ...]], contact_ids: Sequence[int] | None
) -> _Fetched:
    """Everything the rules need, in four plain queries inside the caller's short session."""
    rows = list(s.connection().execute(stmt))
    return _Fetched(
        rows,
        _ledger(s, contact_ids),
        _first_of(s, ContactEmail.address, ContactEmail.contact_id, ContactEmail.position,
                  contact_ids),
        _first_of(s, ContactPhone.number, ContactPhone.contact_id, ContactPhone.position,
                  contact_ids),
    )  # fmt: skip


class _Decider:
    """Memoises per ledger history and per set of facts: most contacts share both.

    The flags a decision reads (consent, withdrawal, ban, objection) depend only on the
    order of (channel, action) pairs, so contacts with the same history share one ``fold``;
    identical facts share a decision.
    """

    def __init__(self) -> None:
        self._states: dict[tuple[object, ...], PurposeState] = {}
        self._decisions: dict[tuple[MailingScope, Facts], Rule] = {}

    def state(
        self, events: list[LedgerEvent] | None, purpose: MarketingPurpose
    ) -> tuple[object, PurposeState]:
        if not events:
            return (), NO_WORD
        ordered = sorted(events, key=lambda e: (e.occurred_on, e.id))
        # The decision reads only the state's flags, which the order of (channel, action)
        # alone decides: histories that differ only in their dates share one fold.
        key = (purpose, *((e.channel, e.action) for e in ordered))
        found = self._states.get(key)
        if found is None:
            found = self._states[key] = fold(ordered, purpose.scope)
        return key, found

    def rule(self, scope: MailingScope, facts: Facts) -> Rule:
        cache_key = (scope, facts)
        rule = self._decisions.get(cache_key)
        if rule is None:
            decision = decide(scope, facts)
            rule = next(r for r in RULES if r.reason is decision.reason)
            self._decisions[cache_key] = rule
        return rule


def _recipients(
    data: _Fetched, scopes: Sequence[MailingScope], relationship: Relationship
) -> list[Recipient]:
    """One ``Recipient`` per contact and purpose; the hot loop of every export, kept lean."""
    out: list[Recipient] = []
    append = out.append
    new = tuple.__new__
    decider = _Decider()
    rules: dict[tuple[object, ...], Rule] = {}
    organisation = CustomerKind.ORGANISATION.value
    business_kind, purchase = ContactKind.BUSINESS.value, DataSource.PURCHASE.value
    emails, phones, events = data.emails, data.phones, data.events
    legal_cache: dict[tuple[str, str, str], bool] = {}
    for row in data.rows:
        (cid, cust_id, kind, first, last, lang, street, postcode, city, country, restricted,
         informed, source, cust_name, cust_kind, status, ended_on, form) = row  # fmt: skip
        email = emails.get(cid, "")
        phone = phones.get(cid, "")
        customer, ended_long_ago = relationship.judge(status, ended_on)
        company = cust_name if cust_kind == organisation else ""
        business = kind == business_kind
        legal = False
        if business:
            lkey = (cust_kind, form or "", cust_name if not form else "")
            cached = legal_cache.get(lkey)
            if cached is None:
                cached = legal_cache[lkey] = is_legal_person(cust_kind, form or "", cust_name)
            legal = cached
        for scope in scopes:
            channel = scope.channel
            ledger_key, state = decider.state(events.get(cid), scope.purpose)
            has_address = _has_address(channel, email, phone, (street, postcode, city))
            key = (scope, ledger_key, business, legal, restricted, has_address, customer,
                   ended_long_ago, source == purchase, informed)  # fmt: skip
            rule = rules.get(key)
            if rule is None:
                facts = purpose_facts(
                    state,
                    business=business,
                    legal_person=legal,
                    restricted=bool(restricted),
                    has_address=has_address,
                    customer=customer,
                    ended_long_ago=ended_long_ago,
                    from_sale=source == purchase,
                    opt_out_informed=bool(informed),
                    scope=scope,
                )
                rule = rules[key] = decider.rule(scope, facts)
            append(new(Recipient, (cid, cust_id, first, last, company, lang, email, phone,
                                   street, postcode, city, country, channel, rule.allowed,
                                   rule.reason, scope.purpose)))  # fmt: skip
    return out


class MarketingService:
    """``register.marketing``: decisions per contact, and the whole register per purpose."""

    def __init__(self, handle: Handle) -> None:
        self.handle = handle

    @property
    def db(self) -> Database:
        return self.handle.db

    # --- the soft opt-in period ------------------------------------------------------

    def soft_opt_in_months(self) -> int:
        """How long after the relationship ended the soft opt-in of § 200(2) still stands."""
        return max(0, min(MAX_SOFT_OPT_IN_MONTHS, self.handle.setting(reg.SOFT_OPT_IN_MONTHS)))

    def set_soft_opt_in_months(self, months: int) -> None:
        if not 0 <= int(months) <= MAX_SOFT_OPT_IN_MONTHS:
            raise ValidationError(
                {
                    "soft_opt_in_months": Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Marketing", "Give the soft opt-in period as 0 to 60 months."
                        ),
                    )
                }
            )
        self.handle.set_setting(reg.SOFT_OPT_IN_MONTHS, int(months))

    def _relationship(self) -> Relationship:
        return Relationship(self.db.clock.today(), self.soft_opt_in_months())

    # --- decisions ------------------------------------------------------------------------

    def decisions(
        self, contact_id: int, *, own_products: bool = True, about_role: bool = True
    ) -> dict[MarketingPurpose, Decision]:
        """Every purpose's decision for one contact (the contact card shows them)."""
        relationship = self._relationship()
        with self.db.session() as s:
            data = _fetch(s, _contact_select().where(Contact.id == contact_id), [contact_id])
        if not data.rows:
            raise NotFoundError("contact", contact_id)
        scopes = [MailingScope(p, own_products, about_role) for p in MarketingPurpose]
        found = _recipients(data, scopes, relationship)
        return {r.purpose: r.decision for r in found if r.purpose is not None}

    def decide(
        self, contact_id: int, what: MailingScope | MarketingPurpose | MarketingChannel
    ) -> Decision:
        scope = as_scope(what)
        relationship = self._relationship()
        with self.db.session() as s:
            data = _fetch(s, _contact_select().where(Contact.id == contact_id), [contact_id])
        if not data.rows:
            raise NotFoundError("contact", contact_id)
        return _recipients(data, [scope], relationship)[0].decision

    def eligibility(
        self,
        what: MailingScope | MarketingPurpose | MarketingChannel,
        customer_ids: Sequence[int] | None = None,
    ) -> Eligibility:
        """Decide every contact (or those of ``customer_ids``) for one mailing.

        Four plain queries in one short session fetch every column needed; the rules then
        run in memory, memoised (see ``_Decider``).
        """
        scope = as_scope(what)
        relationship = self._relationship()
        stmt = _contact_select()  # unordered: a sort would cost more than the whole decision
        with self.db.session() as s:
            if customer_ids is not None:
                stmt = stmt.where(Contact.customer_id.in_(list(customer_ids)))
                ids = list(
                    s.scalars(select(Contact.id).where(Contact.customer_id.in_(list(customer_ids))))
                )
                data = _fetch(s, stmt, ids if len(ids) <= 5000 else None)
            else:
                data = _fetch(s, stmt, None)
        found = _recipients(data, [scope], relationship)
        return Eligibility(
            scope.channel,
            tuple(r for r in found if r.allowed),
            tuple(r for r in found if not r.allowed),
            scope,
        )

    def mailing_list(
        self, what: MailingScope | MarketingPurpose | MarketingChannel = MarketingChannel.EMAIL
    ) -> tuple[Recipient, ...]:
        """Everyone who may be sent this mailing now."""
        return self.eligibility(what).allowed
