"""Who may be sent marketing on which channel, and why not (Finnish law 917/2014, GDPR 21).

The law is kept as data: ``RULES`` is an ordered table of rows, each naming the channels and
the contact kind it applies to, a condition on the contact's facts, and the outcome with its
reason. The first matching row decides. A test exercises every row, so a change to the law
is a change to one row and one test.

The facts come from one query over the contact table (customer status, restriction, the
first address on file) plus one over the consent ledger, derived with ``ledger.derive``;
no ORM object is built per contact, so the whole register is decided in seconds.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from rekisteri.core.enums import Channel, ContactKind, CustomerKind, CustomerStatus
from rekisteri.core.errors import NotFoundError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.ledger import ChannelState, LedgerEvent, derive
from rekisteri.core.models import ConsentEvent, Contact, ContactEmail, ContactPhone, Customer

_CTX = "Marketing"


class MarketingChannel(StrEnum):
    """The four ways of reaching a person; each maps to ledger channels below."""

    EMAIL = "email"
    SMS = "sms"
    PHONE = "phone"
    POST = "post"

    def label(self) -> str:
        return translate(_CTX, _CHANNEL_LABELS[self])

    @property
    def electronic(self) -> bool:
        """E-mail and SMS are "electronic direct marketing" under 917/2014 § 200."""
        return self in (MarketingChannel.EMAIL, MarketingChannel.SMS)


_CHANNEL_LABELS = {
    MarketingChannel.EMAIL: QT_TRANSLATE_NOOP("Marketing", "E-mail"),
    MarketingChannel.SMS: QT_TRANSLATE_NOOP("Marketing", "SMS"),
    MarketingChannel.PHONE: QT_TRANSLATE_NOOP("Marketing", "Phone"),
    MarketingChannel.POST: QT_TRANSLATE_NOOP("Marketing", "Post"),
}

# Ledger channels whose consent counts for a marketing channel (a newsletter is e-mail).
CONSENT_CHANNELS: dict[MarketingChannel, tuple[str, ...]] = {
    MarketingChannel.EMAIL: (Channel.EMAIL_MARKETING, Channel.NEWSLETTER, Channel.ALL_MARKETING),
    MarketingChannel.SMS: (Channel.SMS_MARKETING, Channel.ALL_MARKETING),
    MarketingChannel.PHONE: (Channel.PHONE_MARKETING, Channel.ALL_MARKETING),
    MarketingChannel.POST: (Channel.POST_MARKETING, Channel.ALL_MARKETING),
}
# Ledger channels whose ban (or withdrawn consent) closes a marketing channel.
BAN_CHANNELS: dict[MarketingChannel, tuple[str, ...]] = {
    MarketingChannel.EMAIL: (Channel.EMAIL_MARKETING, Channel.NEWSLETTER),
    MarketingChannel.SMS: (Channel.SMS_MARKETING,),
    MarketingChannel.PHONE: (Channel.PHONE_MARKETING,),
    MarketingChannel.POST: (Channel.POST_MARKETING,),
}


class Reason(StrEnum):
    """Why a contact may or may not be reached; stable codes for files and tests."""

    RESTRICTED = "restricted"
    OBJECTION = "objection"
    BANNED = "banned"
    OPTED_OUT = "opted_out"
    NO_ADDRESS = "no_address"
    CONSENT = "consent"
    BUSINESS_ROLE = "business_role"
    SOFT_OPT_IN = "soft_opt_in"
    NOT_INFORMED = "not_informed"
    NO_CONSENT = "no_consent"
    NOT_REFUSED = "not_refused"

    def message(self) -> Message:
        return Message(_CTX, _REASON_TEXT[self])


_REASON_TEXT = {
    Reason.RESTRICTED: QT_TRANSLATE_NOOP(
        "Marketing", "Processing is restricted (GDPR Art. 18): no marketing."
    ),
    Reason.OBJECTION: QT_TRANSLATE_NOOP(
        "Marketing", "Objected to all direct marketing (ban on all marketing)."
    ),
    Reason.BANNED: QT_TRANSLATE_NOOP("Marketing", "Marketing ban on this channel."),
    Reason.OPTED_OUT: QT_TRANSLATE_NOOP(
        "Marketing", "Withdrew consent or opted out on this channel."
    ),
    Reason.NO_ADDRESS: QT_TRANSLATE_NOOP(
        "Marketing", "No address or number on file for this channel."
    ),
    Reason.CONSENT: QT_TRANSLATE_NOOP("Marketing", "Consent on record."),
    Reason.BUSINESS_ROLE: QT_TRANSLATE_NOOP(
        "Marketing", "Business contact: allowed about their role unless they opt out."
    ),
    Reason.SOFT_OPT_IN: QT_TRANSLATE_NOOP(
        "Marketing",
        "Existing customer told how to opt out: allowed for your own similar products.",
    ),
    Reason.NOT_INFORMED: QT_TRANSLATE_NOOP(
        "Marketing",
        "Existing customer, but not told how to opt out: consent or opt-out notice needed.",
    ),
    Reason.NO_CONSENT: QT_TRANSLATE_NOOP(
        "Marketing", "Private person without consent: e-mail and SMS marketing need consent."
    ),
    Reason.NOT_REFUSED: QT_TRANSLATE_NOOP("Marketing", "Allowed unless the person refuses."),
}


@dataclass(frozen=True)
class Facts:
    """What the rules look at for one contact on one channel."""

    kind: str  # ContactKind
    restricted: bool
    objection: bool  # ban on all marketing
    banned: bool  # ban on this channel
    opted_out: bool  # consent withdrawn on this channel (and not given again)
    has_address: bool
    consent: bool
    customer: bool  # an existing customer relationship
    opt_out_informed: bool


@dataclass(frozen=True)
class Rule:
    channels: frozenset[MarketingChannel]
    kinds: frozenset[str]
    when: Callable[[Facts], bool]
    allowed: bool
    reason: Reason
    text: str  # the row in words, for the reader of this table and its test


_ALL = frozenset(MarketingChannel)
_ELECTRONIC = frozenset({MarketingChannel.EMAIL, MarketingChannel.SMS})
_CLASSIC = frozenset({MarketingChannel.PHONE, MarketingChannel.POST})
_ANYONE = frozenset({ContactKind.PRIVATE.value, ContactKind.BUSINESS.value})
_PRIVATE = frozenset({ContactKind.PRIVATE.value})
_BUSINESS = frozenset({ContactKind.BUSINESS.value})

# fmt: off
RULES: tuple[Rule, ...] = (
    Rule(_ALL, _ANYONE, lambda f: f.restricted, False, Reason.RESTRICTED,
         "a processing restriction excludes every channel"),
    Rule(_ALL, _ANYONE, lambda f: f.objection, False, Reason.OBJECTION,
         "an objection (ban on all marketing) excludes every channel"),
    Rule(_ALL, _ANYONE, lambda f: f.banned, False, Reason.BANNED,
         "a ban on the channel excludes it"),
    Rule(_ALL, _ANYONE, lambda f: f.opted_out, False, Reason.OPTED_OUT,
         "withdrawn consent on the channel is an opt-out"),
    Rule(_ALL, _ANYONE, lambda f: not f.has_address, False, Reason.NO_ADDRESS,
         "no address or number on file"),
    Rule(_ELECTRONIC, _ANYONE, lambda f: f.consent, True, Reason.CONSENT,
         "e-mail/SMS with consent"),
    Rule(_ELECTRONIC, _BUSINESS, lambda f: True, True, Reason.BUSINESS_ROLE,
         "e-mail/SMS to a business contact about their role"),
    Rule(_ELECTRONIC, _PRIVATE, lambda f: f.customer and f.opt_out_informed, True,
         Reason.SOFT_OPT_IN, "e-mail/SMS to an existing customer told how to opt out"),
    Rule(_ELECTRONIC, _PRIVATE, lambda f: f.customer, False, Reason.NOT_INFORMED,
         "e-mail/SMS to an existing customer never told how to opt out"),
    Rule(_ELECTRONIC, _PRIVATE, lambda f: True, False, Reason.NO_CONSENT,
         "e-mail/SMS to a private person without consent"),
    Rule(_CLASSIC, _ANYONE, lambda f: True, True, Reason.NOT_REFUSED,
         "phone and post unless refused"),
)
# fmt: on


@dataclass(frozen=True)
class Decision:
    contact_id: int
    channel: MarketingChannel
    allowed: bool
    reason: Reason

    @property
    def message(self) -> Message:
        return self.reason.message()


def decide(channel: MarketingChannel, facts: Facts, contact_id: int = 0) -> Decision:
    for rule in RULES:
        if channel in rule.channels and facts.kind in rule.kinds and rule.when(facts):
            return Decision(contact_id, channel, rule.allowed, rule.reason)
    # Unknown contact kind: treated as a private person, the stricter case.
    if facts.kind not in _ANYONE:
        return decide(channel, _replace_kind(facts, ContactKind.PRIVATE.value), contact_id)
    raise AssertionError("the rule table must cover every case")  # pragma: no cover


def _replace_kind(facts: Facts, kind: str) -> Facts:
    from dataclasses import replace

    return replace(facts, kind=kind)


def channel_facts(
    channel: MarketingChannel,
    states: dict[str, ChannelState],
    *,
    kind: str,
    restricted: bool,
    has_address: bool,
    customer: bool,
    opt_out_informed: bool,
) -> Facts:
    """Fold the ledger's per-channel states into what the rules for ``channel`` look at."""
    all_state = states.get(Channel.ALL_MARKETING)
    consent = any(states[c].consent for c in CONSENT_CHANNELS[channel] if c in states)
    return Facts(
        kind=kind,
        restricted=restricted,
        objection=bool(all_state and all_state.banned),
        banned=any(states[c].banned for c in BAN_CHANNELS[channel] if c in states),
        opted_out=not consent
        and any(
            states[c].withdrawn_on is not None
            for c in (*BAN_CHANNELS[channel], Channel.ALL_MARKETING)
            if c in states
        ),
        has_address=has_address,
        consent=consent,
        customer=customer,
        opt_out_informed=opt_out_informed,
    )


_EMPTY_STATES = derive(())


# --- reading the register ------------------------------------------------------------------


class Recipient(NamedTuple):
    """One contact as a mailing list needs it, with the decision for the channel.

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

    @property
    def decision(self) -> Decision:
        return Decision(self.contact_id, self.channel, self.allowed, self.reason)


@dataclass(frozen=True)
class Eligibility:
    channel: MarketingChannel
    allowed: tuple[Recipient, ...]
    excluded: tuple[Recipient, ...]

    def excluded_counts(self) -> dict[Reason, int]:
        counts = Counter(r.reason for r in self.excluded)
        return {reason: counts[reason] for reason in Reason if counts[reason]}


def _first_of(
    s: Session, column, owner, position, contact_ids: Sequence[int] | None
) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """First e-mail or phone per contact: one plain query, cheaper than a correlated one."""
    stmt = select(owner, column).order_by(owner, position.desc())
    if contact_ids is not None:
        stmt = stmt.where(owner.in_(contact_ids))
    # Ordered by position descending, so the first (lowest) position is written last.
    return {owner_id: value for owner_id, value in s.connection().execute(stmt)}


def _contact_select() -> Select:  # type: ignore[type-arg]
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
        Customer.name,
        Customer.kind,
        Customer.status,
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
    rows: list  # type: ignore[type-arg]
    events: dict[int, list[LedgerEvent]]
    emails: dict[int, str]
    phones: dict[int, str]


def _fetch(s: Session, stmt: Select, contact_ids: Sequence[int] | None) -> _Fetched:  # type: ignore[type-arg]
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

    The ledger's outcome depends only on the order of (channel, action) pairs, not on dates,
    so contacts with the same history share one ``derive``; identical facts share a decision.
    """

    def __init__(self) -> None:
        self._states: dict[tuple[tuple[str, str], ...], dict[str, ChannelState]] = {}
        self._decisions: dict[tuple[MarketingChannel, Facts], Rule] = {}

    def states(self, events: list[LedgerEvent] | None) -> tuple[object, dict[str, ChannelState]]:
        if not events:
            return (), _EMPTY_STATES
        ordered = sorted(events, key=lambda e: (e.occurred_on, e.id))
        key = tuple((e.channel, e.action) for e in ordered)
        found = self._states.get(key)
        if found is None:
            found = self._states[key] = derive(ordered)
        return key, found

    def rule(self, channel: MarketingChannel, facts: Facts) -> Rule:
        cache_key = (channel, facts)
        rule = self._decisions.get(cache_key)
        if rule is None:
            decision = decide(channel, facts)
            rule = next(r for r in RULES if r.reason is decision.reason)
            self._decisions[cache_key] = rule
        return rule


def _recipients(data: _Fetched, channels: Sequence[MarketingChannel]) -> list[Recipient]:
    """One ``Recipient`` per contact and channel; the hot loop of every export, kept lean."""
    out: list[Recipient] = []
    append = out.append
    new = tuple.__new__
    decider = _Decider()
    rules: dict[tuple[object, ...], Rule] = {}
    active, organisation = CustomerStatus.ACTIVE.value, CustomerKind.ORGANISATION.value
    emails, phones, events = data.emails, data.phones, data.events
    for row in data.rows:
        (cid, cust_id, kind, first, last, lang, street, postcode, city, country, restricted,
         informed, cust_name, cust_kind, status, ) = row  # fmt: skip
        email = emails.get(cid, "")
        phone = phones.get(cid, "")
        ledger_key, states = decider.states(events.get(cid))
        customer = status == active
        company = cust_name if cust_kind == organisation else ""
        for channel in channels:
            has_address = _has_address(channel, email, phone, (street, postcode, city))
            key = (channel, ledger_key, kind, restricted, has_address, customer, informed)
            rule = rules.get(key)
            if rule is None:
                facts = channel_facts(
                    channel,
                    states,
                    kind=kind,
                    restricted=bool(restricted),
                    has_address=has_address,
                    customer=customer,
                    opt_out_informed=bool(informed),
                )
                rule = rules[key] = decider.rule(channel, facts)
            append(
                new(
                    Recipient,
                    (
                        cid,
                        cust_id,
                        first,
                        last,
                        company,
                        lang,
                        email,
                        phone,
                        street,
                        postcode,
                        city,
                        country,
                        channel,
                        rule.allowed,
                        rule.reason,
                    ),
                )
            )
    return out


class MarketingService:
    """``register.marketing``: decisions per contact, and the whole register per channel."""

    def __init__(self, register) -> None:  # type: ignore[no-untyped-def]
        self.register = register
        self.db = register.db

    def decisions(self, contact_id: int) -> dict[MarketingChannel, Decision]:
        """Every channel's decision for one contact (the contact card shows them)."""
        with self.db.session() as s:
            data = _fetch(s, _contact_select().where(Contact.id == contact_id), [contact_id])
        if not data.rows:
            raise NotFoundError("contact", contact_id)
        found = _recipients(data, list(MarketingChannel))
        return {r.decision.channel: r.decision for r in found}

    def decide(self, contact_id: int, channel: MarketingChannel) -> Decision:
        return self.decisions(contact_id)[MarketingChannel(channel)]

    def eligibility(
        self, channel: MarketingChannel, customer_ids: Sequence[int] | None = None
    ) -> Eligibility:
        """Decide every contact (or those of ``customer_ids``) for one channel.

        Four plain queries in one short session fetch every column needed; the rules then
        run in memory, memoised (see ``_Decider``).
        """
        channel = MarketingChannel(channel)
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
        found = _recipients(data, [channel])
        return Eligibility(
            channel,
            tuple(r for r in found if r.allowed),
            tuple(r for r in found if not r.allowed),
        )

    def mailing_list(
        self, channel: MarketingChannel = MarketingChannel.EMAIL
    ) -> tuple[Recipient, ...]:
        """Everyone who may be sent marketing on ``channel`` now."""
        return self.eligibility(channel).allowed
