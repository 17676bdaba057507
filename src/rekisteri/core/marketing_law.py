"""The marketing law as data: who may be sent which mailing, and why not (917/2014, GDPR).

The law is kept as data: ``RULES`` is an ordered table of rows, each naming the channels it
applies to, a condition on the contact's facts, the outcome, its reason and the provision
it rests on. The first matching row decides. A test exercises every row, so a change to the
law is a change to one row and one test.

The question is asked per *purpose* (the newsletter, other e-mail marketing, SMS, phone,
post), not per channel: consent is specific (GDPR Art. 4(11), 7(3)), so a newsletter
consent opens the newsletter only, and the ledger is folded per purpose (``ledger.fold``).
A mailing also states two facts about itself that the law turns on: whether it markets the
trader's own similar products (the soft opt-in of § 200(2) covers nothing else) and whether
it concerns the recipients' work (§ 201 covers nothing else).

This module reads nothing: ``rekisteri.core.marketing`` gathers each contact's facts from
the register and asks ``decide``; the reasons' codes and sentences are in
``marketing_reasons``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from rekisteri.core.business_form import is_legal_person
from rekisteri.core.enums import Channel, ContactKind, CustomerStatus
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.ledger import PurposeState
from rekisteri.core.marketing_reasons import Reason
from rekisteri.core.requests.deadlines import add_months

CTX = "Marketing"

# How long the soft opt-in of § 200(2) may outlive the customer relationship (months); the
# period itself is the setting ``marketing.soft_opt_in_months`` (core/settings_registry.py).
MAX_SOFT_OPT_IN_MONTHS = 60


class MarketingChannel(StrEnum):
    """The four ways of reaching a person."""

    EMAIL = "email"
    SMS = "sms"
    PHONE = "phone"
    POST = "post"

    def label(self) -> str:
        return translate(CTX, _CHANNEL_LABELS[self])

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


class MarketingPurpose(StrEnum):
    """What a mailing is for; each purpose is one channel and a scope of ledger keys."""

    NEWSLETTER = "newsletter"
    EMAIL = "email_marketing"  # e-mail marketing other than the newsletter
    SMS = "sms_marketing"
    PHONE = "phone_marketing"
    POST = "post_marketing"

    def label(self) -> str:
        return translate(CTX, _PURPOSE_LABELS[self])

    @property
    def channel(self) -> MarketingChannel:
        return _PURPOSE_CHANNEL[self]

    @property
    def scope(self) -> tuple[str, ...]:
        """The ledger keys that speak for this purpose, narrowest first (``ledger.fold``)."""
        own = (Channel.NEWSLETTER.value,) if self is MarketingPurpose.NEWSLETTER else ()
        return (*own, _CHANNEL_KEY[self.channel], Channel.ALL_MARKETING.value)

    @classmethod
    def of_channel(cls, channel: MarketingChannel) -> MarketingPurpose:
        """The general purpose of a channel (any marketing on it other than a newsletter)."""
        return {
            MarketingChannel.EMAIL: cls.EMAIL,
            MarketingChannel.SMS: cls.SMS,
            MarketingChannel.PHONE: cls.PHONE,
            MarketingChannel.POST: cls.POST,
        }[MarketingChannel(channel)]


_PURPOSE_LABELS = {
    MarketingPurpose.NEWSLETTER: QT_TRANSLATE_NOOP("Marketing", "Newsletter"),
    MarketingPurpose.EMAIL: QT_TRANSLATE_NOOP("Marketing", "Other e-mail marketing"),
    MarketingPurpose.SMS: QT_TRANSLATE_NOOP("Marketing", "SMS marketing"),
    MarketingPurpose.PHONE: QT_TRANSLATE_NOOP("Marketing", "Phone marketing"),
    MarketingPurpose.POST: QT_TRANSLATE_NOOP("Marketing", "Marketing by post"),
}
_PURPOSE_CHANNEL = {
    MarketingPurpose.NEWSLETTER: MarketingChannel.EMAIL,
    MarketingPurpose.EMAIL: MarketingChannel.EMAIL,
    MarketingPurpose.SMS: MarketingChannel.SMS,
    MarketingPurpose.PHONE: MarketingChannel.PHONE,
    MarketingPurpose.POST: MarketingChannel.POST,
}
_CHANNEL_KEY = {
    MarketingChannel.EMAIL: Channel.EMAIL_MARKETING.value,
    MarketingChannel.SMS: Channel.SMS_MARKETING.value,
    MarketingChannel.PHONE: Channel.PHONE_MARKETING.value,
    MarketingChannel.POST: Channel.POST_MARKETING.value,
}


@dataclass(frozen=True)
class MailingScope:
    """A mailing as the law sees it: its purpose and what it says of its own content.

    ``own_products``: it markets the trader's own products or services similar to those the
    customer bought (917/2014 § 200(2): the only marketing a soft opt-in covers).
    ``about_role``: it concerns the recipients' work (§ 201: the only marketing a business
    contact may get without consent).
    """

    purpose: MarketingPurpose
    own_products: bool = True
    about_role: bool = True

    @property
    def channel(self) -> MarketingChannel:
        return self.purpose.channel

    @property
    def needs_robinson_check(self) -> bool:
        """Phone and post rest on opt-out: bought lists must be checked against ASML's list."""
        return not self.channel.electronic


ROBINSON_REMINDER = Message(
    CTX,
    QT_TRANSLATE_NOOP(
        "Marketing",
        "Phone and post marketing is allowed unless the person has refused. If any of "
        "these people come from a bought or rented list, check the list against the direct "
        "marketing association's ban register (ASML's Robinson service) before you call or "
        "post.",
    ),
)


def rule_for_contact(contact_kind: str, customer_kind: str, form: str, name: str) -> Message:
    """Which provision governs a contact's electronic marketing, in words for the form."""
    if contact_kind != ContactKind.BUSINESS:
        text = QT_TRANSLATE_NOOP(
            "Marketing",
            "Private person: e-mail and SMS marketing need consent, or a soft opt-in as a "
            "customer (917/2014 § 200).",
        )
    elif is_legal_person(customer_kind, form, name):
        text = QT_TRANSLATE_NOOP(
            "Marketing",
            "Contact person of a company or organisation: marketing that concerns their work "
            "is allowed unless they refuse (917/2014 § 201).",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Marketing",
            "Contact person of a sole trader, or the customer's legal form is not known: "
            "treated as a private person (917/2014 § 200). Set the legal form on the "
            "Customer tab.",
        )
    return Message(CTX, text)


def as_scope(what: MailingScope | MarketingPurpose | MarketingChannel | str) -> MailingScope:
    """Callers may still name a channel; it stands for that channel's general purpose."""
    if isinstance(what, MailingScope):
        return what
    if what in {p.value for p in MarketingPurpose}:
        return MailingScope(MarketingPurpose(what))
    return MailingScope(MarketingPurpose.of_channel(MarketingChannel(what)))


@dataclass(frozen=True)
class Facts:
    """What the rules look at for one contact and one purpose."""

    business: bool  # a contact person in their work role (ContactKind.BUSINESS)
    legal_person: bool  # ... of a legal person: § 201 may apply
    restricted: bool
    objection: bool  # ban on all marketing
    banned: bool  # ban on a key of the purpose's scope
    opted_out: bool  # the latest word on the purpose is a withdrawal
    has_address: bool
    consent: bool  # the latest word on the purpose is a consent
    customer: bool  # an active relationship, or one ended within the soft opt-in period
    ended_long_ago: bool  # an ended relationship past the soft opt-in period
    from_sale: bool  # the address was given in a purchase (DataSource.PURCHASE)
    opt_out_informed: bool  # told how to refuse when the address was collected
    own_products: bool  # the mailing's declaration (MailingScope)
    about_role: bool  # the mailing's declaration (MailingScope)

    @property
    def role_contact(self) -> bool:
        return self.business and self.legal_person

    @property
    def natural(self) -> bool:
        """§ 200 governs: a private person, or a contact of a sole trader or unknown form."""
        return not self.role_contact


@dataclass(frozen=True)
class Rule:
    channels: frozenset[MarketingChannel]
    when: Callable[[Facts], bool]
    allowed: bool
    reason: Reason
    provision: str  # where the law says so; printed nowhere, read by the table's reader
    text: str  # the row in words, for the reader of this table and its test


_ALL = frozenset(MarketingChannel)
_ELECTRONIC = frozenset({MarketingChannel.EMAIL, MarketingChannel.SMS})
_CLASSIC = frozenset({MarketingChannel.PHONE, MarketingChannel.POST})


def _sale(f: Facts) -> bool:
    return f.natural and f.customer and f.from_sale


# fmt: off
RULES: tuple[Rule, ...] = (
    Rule(_ALL, lambda f: f.restricted, False, Reason.RESTRICTED, "GDPR 18(2)",
         "a processing restriction excludes every channel"),
    Rule(_ALL, lambda f: f.objection, False, Reason.OBJECTION, "GDPR 21(2-3)",
         "an objection (ban on all marketing) excludes every channel"),
    Rule(_ALL, lambda f: f.banned, False, Reason.BANNED, "GDPR 21(3); 917/2014 200-201",
         "a ban on the purpose or its channel excludes it"),
    Rule(_ALL, lambda f: f.opted_out, False, Reason.OPTED_OUT, "GDPR 7(3); 917/2014 200(2)",
         "the latest word on the purpose is a withdrawal"),
    Rule(_ALL, lambda f: not f.has_address, False, Reason.NO_ADDRESS, "-",
         "no address or number on file"),
    Rule(_ELECTRONIC, lambda f: f.consent, True, Reason.CONSENT, "917/2014 200(1)",
         "e-mail/SMS with consent to the purpose"),
    Rule(_ELECTRONIC, lambda f: f.role_contact and f.about_role, True, Reason.BUSINESS_ROLE,
         "917/2014 201", "e-mail/SMS to a legal person's contact about their role"),
    Rule(_ELECTRONIC, lambda f: f.role_contact, False, Reason.NOT_ABOUT_ROLE, "917/2014 201",
         "e-mail/SMS to a legal person's contact about something else"),
    Rule(_ELECTRONIC, lambda f: _sale(f) and f.opt_out_informed and f.own_products, True,
         Reason.SOFT_OPT_IN, "917/2014 200(2)",
         "e-mail/SMS of own similar products to a customer who gave the address in a sale"),
    Rule(_ELECTRONIC, lambda f: _sale(f) and f.opt_out_informed, False,
         Reason.NOT_OWN_PRODUCTS, "917/2014 200(2)",
         "soft opt-in covers only own similar products"),
    Rule(_ELECTRONIC, lambda f: _sale(f), False, Reason.NOT_INFORMED, "917/2014 200(2)",
         "soft opt-in needs the refusal told at collection"),
    Rule(_ELECTRONIC, lambda f: f.natural and f.customer, False, Reason.NOT_FROM_SALE,
         "917/2014 200(2)", "soft opt-in needs the address given in a sale"),
    Rule(_ELECTRONIC, lambda f: f.natural and f.ended_long_ago and f.from_sale, False,
         Reason.SOFT_OPT_IN_ENDED, "917/2014 200(2)",
         "soft opt-in lasts the set time after the relationship ended"),
    Rule(_ELECTRONIC, lambda f: f.business, False, Reason.SOLE_TRADER, "917/2014 200(1)",
         "e-mail/SMS to a sole trader's contact without consent"),
    Rule(_ELECTRONIC, lambda f: True, False, Reason.NO_CONSENT, "917/2014 200(1)",
         "e-mail/SMS to a private person without consent"),
    Rule(_CLASSIC, lambda f: True, True, Reason.NOT_REFUSED, "GDPR 21(2); 917/2014 200(3)",
         "phone and post unless refused"),
)
# fmt: on


@dataclass(frozen=True)
class Decision:
    contact_id: int
    channel: MarketingChannel
    allowed: bool
    reason: Reason
    purpose: MarketingPurpose | None = None

    @property
    def message(self) -> Message:
        return self.reason.message()


def decide(
    what: MailingScope | MarketingPurpose | MarketingChannel, facts: Facts, contact_id: int = 0
) -> Decision:
    scope = as_scope(what)
    channel = scope.channel
    for rule in RULES:
        if channel in rule.channels and rule.when(facts):
            return Decision(contact_id, channel, rule.allowed, rule.reason, scope.purpose)
    raise AssertionError("the rule table must cover every case")  # pragma: no cover


def purpose_facts(
    state: PurposeState,
    *,
    business: bool,
    legal_person: bool,
    restricted: bool,
    has_address: bool,
    customer: bool,
    ended_long_ago: bool,
    from_sale: bool,
    opt_out_informed: bool,
    scope: MailingScope,
) -> Facts:
    """The ledger's word on the purpose and the contact's facts, as the rules read them."""
    return Facts(
        business=business,
        legal_person=legal_person,
        restricted=restricted,
        objection=state.objection,
        banned=state.banned,
        opted_out=state.opted_out,
        has_address=has_address,
        consent=state.consent,
        customer=customer,
        ended_long_ago=ended_long_ago,
        from_sale=from_sale,
        opt_out_informed=opt_out_informed,
        own_products=scope.own_products,
        about_role=scope.about_role,
    )


@dataclass(frozen=True)
class Relationship:
    """Whether the soft opt-in still stands: active, or ended within ``months``."""

    today: dt.date
    months: int

    def judge(self, status: str, ended_on: dt.date | None) -> tuple[bool, bool]:
        """(customer, ended_long_ago) for a customer's status and end date."""
        if status == CustomerStatus.ACTIVE:
            return True, False
        if status != CustomerStatus.ENDED:
            return False, False
        if ended_on is not None and self.today <= add_months(ended_on, self.months):
            return True, False
        return False, True


# --- reading the register ------------------------------------------------------------------
