"""Validation and normalisation of Finnish identifiers and contact details.

Each function returns the stored form or raises ``ValueError`` carrying a translatable
``Message``; the facade collects those per field into one ``ValidationError``. Libraries do the
real work: python-stdnum (Y-tunnus, henkilötunnus), phonenumbers (E.164), email-validator.
"""

from __future__ import annotations

import phonenumbers
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import hetu, ytunnus

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message

_CTX = "Validation"


class FieldError(ValueError):
    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.message = message


def _fail(text: str, **params: object) -> FieldError:
    return FieldError(Message(_CTX, text, params))


def normalize_business_id(value: str) -> str:
    """Y-tunnus in its official form ``1234567-8``."""
    raw = value.strip()
    try:
        return ytunnus.format(ytunnus.validate(raw))
    except StdnumError:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Not a valid business ID (Y-tunnus). It has seven digits, a dash and a check "
                "digit, e.g. 1572860-0.",
            )
        ) from None


def normalize_phone(value: str, region: str = "FI") -> str:
    """E.164 (``+358405005634``); national Finnish forms like ``040 500 5634`` are accepted."""
    raw = value.strip()
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise _fail(QT_TRANSLATE_NOOP("Validation", "Not a phone number.")) from None
    if not phonenumbers.is_valid_number(number):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Validation",
                "This phone number is not valid. Check the digits, e.g. 040 500 5634 or "
                "+358 40 500 5634.",
            )
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """Readable form for the screen: national for Finnish numbers, international otherwise."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 358
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def normalize_email(value: str) -> str:
    from email_validator import EmailNotValidError, validate_email  # kept off the start-up path

    raw = value.strip()
    try:
        result = validate_email(raw, check_deliverability=False)
    except EmailNotValidError:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Validation", "Not a valid e-mail address (e.g. name@example.fi, no spaces)."
            )
        ) from None
    return result.normalized


def normalize_hetu(value: str) -> str:
    """Henkilötunnus in upper case; the check character and date are verified."""
    raw = value.strip().upper()
    try:
        return hetu.validate(raw, allow_temporary=True)
    except StdnumError:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Not a valid personal identity code (henkilötunnus). Check the date and the "
                "last character.",
            )
        ) from None


def mask_hetu(value: str | None) -> str:
    """Only the birth date part is shown, as in ``010190-****``."""
    if not value:
        return ""
    return value[:7] + "****"


def digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())
