"""Why a contact may or may not be reached: stable codes, and the sentence each one shows.

The codes go into left-out files and tests, so they never change; the sentences name the
provision in the user's language (context "Marketing").
"""

from __future__ import annotations

from enum import StrEnum

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message

_CTX = "Marketing"


class Reason(StrEnum):
    """Why a contact may or may not be reached; stable codes for files and tests."""

    RESTRICTED = "restricted"
    OBJECTION = "objection"
    BANNED = "banned"
    OPTED_OUT = "opted_out"
    NO_ADDRESS = "no_address"
    CONSENT = "consent"
    BUSINESS_ROLE = "business_role"
    NOT_ABOUT_ROLE = "not_about_role"
    SOFT_OPT_IN = "soft_opt_in"
    NOT_OWN_PRODUCTS = "not_own_products"
    NOT_INFORMED = "not_informed"
    NOT_FROM_SALE = "not_from_sale"
    SOFT_OPT_IN_ENDED = "soft_opt_in_ended"
    SOLE_TRADER = "sole_trader"
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
    Reason.BANNED: QT_TRANSLATE_NOOP("Marketing", "A marketing ban is in force."),
    Reason.OPTED_OUT: QT_TRANSLATE_NOOP(
        "Marketing", "The person's latest word was a withdrawal or an opt-out."
    ),
    Reason.NO_ADDRESS: QT_TRANSLATE_NOOP(
        "Marketing", "No address or number on file for this channel."
    ),
    Reason.CONSENT: QT_TRANSLATE_NOOP("Marketing", "Consent on record."),
    Reason.BUSINESS_ROLE: QT_TRANSLATE_NOOP(
        "Marketing",
        "Contact person of a company or organisation: allowed about their work role unless "
        "they opt out (917/2014 § 201).",
    ),
    Reason.NOT_ABOUT_ROLE: QT_TRANSLATE_NOOP(
        "Marketing",
        "Contact person of a company, but this mailing is not about their work role; that "
        "needs their consent.",
    ),
    Reason.SOFT_OPT_IN: QT_TRANSLATE_NOOP(
        "Marketing",
        "Customer who gave the address in a purchase and was told how to refuse: allowed "
        "for your own similar products (917/2014 § 200(2)).",
    ),
    Reason.NOT_OWN_PRODUCTS: QT_TRANSLATE_NOOP(
        "Marketing",
        "A customer without consent may only be told of your own products "
        "similar to what they bought.",
    ),
    Reason.NOT_INFORMED: QT_TRANSLATE_NOOP(
        "Marketing",
        "Customer never told how to refuse marketing when the address was "
        "collected; consent is needed.",
    ),
    Reason.NOT_FROM_SALE: QT_TRANSLATE_NOOP(
        "Marketing",
        "The address was not recorded as given in a purchase; consent is needed.",
    ),
    Reason.SOFT_OPT_IN_ENDED: QT_TRANSLATE_NOOP(
        "Marketing",
        "The customer relationship ended longer ago than the soft opt-in lasts; consent is needed.",
    ),
    Reason.SOLE_TRADER: QT_TRANSLATE_NOOP(
        "Marketing",
        "Contact person of a sole trader or of a customer whose legal form is not "
        "known: a natural person, so consent or a soft opt-in is needed (917/2014 § 200).",
    ),
    Reason.NO_CONSENT: QT_TRANSLATE_NOOP(
        "Marketing",
        "Private person without consent; e-mail and SMS marketing need consent.",
    ),
    Reason.NOT_REFUSED: QT_TRANSLATE_NOOP("Marketing", "Allowed unless the person refuses."),
}
