"""The register's closed vocabularies, stored as their string values.

Strings rather than database enums keep the SQL portable (SQLite now, PostgreSQL later) and
let a later version add a value without a table rebuild. ``label()`` gives the user's wording.
"""

from __future__ import annotations

from enum import StrEnum

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "Enums"


class Labelled(StrEnum):
    """Members that carry a label in the user's language (the request kinds use it too)."""

    @classmethod
    def _labels(cls) -> dict[str, str]:
        raise NotImplementedError

    def label(self) -> str:
        return translate(_CTX, self._labels()[self.value])

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label()) for m in cls]


class CustomerKind(Labelled):
    ORGANISATION = "organisation"
    PERSON = "person"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "organisation": QT_TRANSLATE_NOOP("Enums", "Organisation"),
            "person": QT_TRANSLATE_NOOP("Enums", "Private person"),
        }


class CustomerStatus(Labelled):
    PROSPECT = "prospect"
    ACTIVE = "active"
    ENDED = "ended"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "prospect": QT_TRANSLATE_NOOP("Enums", "Prospect"),
            "active": QT_TRANSLATE_NOOP("Enums", "Active"),
            "ended": QT_TRANSLATE_NOOP("Enums", "Ended"),
        }


class DataSource(Labelled):
    """Where the data came from: GDPR Art. 14 makes the controller name the sources."""

    PERSON = "person"
    EMPLOYER = "employer"
    PUBLIC_REGISTER = "public_register"
    PURCHASE = "purchase"  # 917/2014 § 200(2): soft opt-in needs an address got in a sale
    BUSINESS_CARD = "business_card"
    IMPORT = "import"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "person": QT_TRANSLATE_NOOP("Enums", "The person themselves"),
            "purchase": QT_TRANSLATE_NOOP("Enums", "The person, in a purchase"),
            "employer": QT_TRANSLATE_NOOP("Enums", "Their employer or organisation"),
            "public_register": QT_TRANSLATE_NOOP("Enums", "Public register (e.g. YTJ)"),
            "business_card": QT_TRANSLATE_NOOP("Enums", "Business card"),
            "import": QT_TRANSLATE_NOOP("Enums", "Import file"),
            "other": QT_TRANSLATE_NOOP("Enums", "Other source"),
        }


class ContactKind(Labelled):
    """Finnish marketing law treats private persons and business contacts differently."""

    PRIVATE = "private"
    BUSINESS = "business"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "private": QT_TRANSLATE_NOOP("Enums", "Private person"),
            "business": QT_TRANSLATE_NOOP("Enums", "Contact person in their work role"),
        }


class BusinessForm(Labelled):
    """The customer's legal form: whether 917/2014 § 201 or § 200 governs its contacts.

    A contact person of a legal person (Oy, Ky, Ay, Osk, association...) may be sent
    electronic marketing about their role unless they opt out (§ 201). A sole trader
    (toiminimi) is a natural person: § 200 applies, as to any private person. "" is a form
    nobody has told us, treated as the stricter § 200.
    """

    UNKNOWN = ""
    OY = "oy"  # osakeyhtiö, julkinen osakeyhtiö
    KY = "ky"  # kommandiittiyhtiö
    AY = "ay"  # avoin yhtiö
    OSK = "osk"  # osuuskunta
    ASSOCIATION = "association"  # rekisteröity yhdistys
    FOUNDATION = "foundation"  # säätiö
    PUBLIC = "public"  # municipality, state agency, parish
    OTHER_LEGAL = "other_legal"
    SOLE_TRADER = "sole_trader"  # toiminimi, elinkeinonharjoittaja: a natural person

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "": QT_TRANSLATE_NOOP("Enums", "Not known"),
            "oy": QT_TRANSLATE_NOOP("Enums", "Limited company (Oy, Oyj)"),
            "ky": QT_TRANSLATE_NOOP("Enums", "Limited partnership (Ky)"),
            "ay": QT_TRANSLATE_NOOP("Enums", "General partnership (Ay)"),
            "osk": QT_TRANSLATE_NOOP("Enums", "Co-operative (Osk)"),
            "association": QT_TRANSLATE_NOOP("Enums", "Association (ry)"),
            "foundation": QT_TRANSLATE_NOOP("Enums", "Foundation (sr)"),
            "public": QT_TRANSLATE_NOOP("Enums", "Public body"),
            "other_legal": QT_TRANSLATE_NOOP("Enums", "Other legal person"),
            "sole_trader": QT_TRANSLATE_NOOP("Enums", "Sole trader (Tmi, a natural person)"),
        }

    @property
    def legal_person(self) -> bool:
        return self not in (BusinessForm.UNKNOWN, BusinessForm.SOLE_TRADER)


class Language(Labelled):
    FI = "fi"
    SV = "sv"
    EN = "en"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "fi": QT_TRANSLATE_NOOP("Enums", "Finnish"),
            "sv": QT_TRANSLATE_NOOP("Enums", "Swedish"),
            "en": QT_TRANSLATE_NOOP("Enums", "English"),
        }


class InteractionKind(Labelled):
    """What happened with a customer. Only dealings *with the person* renew the relationship:
    a meeting, a call, an e-mail, a purchase or an invoice do; an internal note does not
    (nor does editing the record), or keeping notes would keep a record forever."""

    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    PURCHASE = "purchase"
    INVOICE = "invoice"
    NOTE = "note"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "meeting": QT_TRANSLATE_NOOP("Enums", "Meeting"),
            "call": QT_TRANSLATE_NOOP("Enums", "Phone call"),
            "email": QT_TRANSLATE_NOOP("Enums", "E-mail"),
            "purchase": QT_TRANSLATE_NOOP("Enums", "Purchase"),
            "invoice": QT_TRANSLATE_NOOP("Enums", "Invoice"),
            "note": QT_TRANSLATE_NOOP("Enums", "Internal note (not a contact)"),
        }

    @property
    def counts_as_contact(self) -> bool:
        """Renews "last contact", the start of the customer relationship's retention."""
        return self is not InteractionKind.NOTE


CONTACT_KINDS = tuple(k.value for k in InteractionKind if k.counts_as_contact)


class Channel(Labelled):
    """Channel or purpose of a consent or ban. ``all_marketing`` covers every channel."""

    ALL_MARKETING = "all_marketing"
    EMAIL_MARKETING = "email_marketing"
    SMS_MARKETING = "sms_marketing"
    PHONE_MARKETING = "phone_marketing"
    POST_MARKETING = "post_marketing"
    NEWSLETTER = "newsletter"
    RESEARCH = "research"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "all_marketing": QT_TRANSLATE_NOOP("Enums", "All marketing"),
            "email_marketing": QT_TRANSLATE_NOOP("Enums", "E-mail marketing"),
            "sms_marketing": QT_TRANSLATE_NOOP("Enums", "SMS marketing"),
            "phone_marketing": QT_TRANSLATE_NOOP("Enums", "Phone marketing"),
            "post_marketing": QT_TRANSLATE_NOOP("Enums", "Post marketing"),
            "newsletter": QT_TRANSLATE_NOOP("Enums", "Newsletter"),
            "research": QT_TRANSLATE_NOOP("Enums", "Research"),
            "other": QT_TRANSLATE_NOOP("Enums", "Other purpose"),
        }

    def is_marketing(self) -> bool:
        return self in MARKETING_CHANNELS


MARKETING_CHANNELS = frozenset(
    {
        Channel.ALL_MARKETING,
        Channel.EMAIL_MARKETING,
        Channel.SMS_MARKETING,
        Channel.PHONE_MARKETING,
        Channel.POST_MARKETING,
        Channel.NEWSLETTER,
    }
)


class ConsentAction(Labelled):
    CONSENT_GIVEN = "consent_given"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    BAN_SET = "ban_set"
    BAN_LIFTED = "ban_lifted"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "consent_given": QT_TRANSLATE_NOOP("Enums", "Consent given"),
            "consent_withdrawn": QT_TRANSLATE_NOOP("Enums", "Consent withdrawn"),
            "ban_set": QT_TRANSLATE_NOOP("Enums", "Marketing ban set"),
            "ban_lifted": QT_TRANSLATE_NOOP("Enums", "Marketing ban lifted"),
        }


class ConsentSource(Labelled):
    FORM = "form"
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in_person"
    UNSUBSCRIBE_LINK = "unsubscribe_link"
    LETTER = "letter"
    IMPORT = "import"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "form": QT_TRANSLATE_NOOP("Enums", "Form"),
            "email": QT_TRANSLATE_NOOP("Enums", "E-mail"),
            "phone": QT_TRANSLATE_NOOP("Enums", "Phone"),
            "in_person": QT_TRANSLATE_NOOP("Enums", "In person"),
            "unsubscribe_link": QT_TRANSLATE_NOOP("Enums", "Unsubscribe link"),
            "letter": QT_TRANSLATE_NOOP("Enums", "Letter"),
            "import": QT_TRANSLATE_NOOP("Enums", "Import"),
        }


class BanState(Labelled):
    """What the customer list shows in its marketing column, cached from the ledger."""

    NONE = "none"
    PARTIAL = "partial"
    ALL = "all"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "none": QT_TRANSLATE_NOOP("Enums", "No ban"),
            "partial": QT_TRANSLATE_NOOP("Enums", "Partly banned"),
            "all": QT_TRANSLATE_NOOP("Enums", "Banned"),
        }
