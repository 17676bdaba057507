"""Validation and normalisation of Finnish identifiers and contact details.

Each function returns the stored form or raises ``ValueError`` carrying a translatable
``Message``; the facade collects those per field into one ``ValidationError``. Libraries do the
real work: python-stdnum (Y-tunnus, henkilötunnus), phonenumbers (E.164), email-validator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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


# The most characters each text field holds: the same for the forms (``maxLength``), the
# facade and the importers, and no more than the database column. Generous for real data,
# small enough that a pasted file or a hostile import cannot bloat the register.
LIMITS: dict[str, int] = {
    "name": 200,
    "company": 200,
    "industry": 200,
    "billing_street": 200,
    "billing_postcode": 20,
    "billing_city": 100,
    "data_source_detail": 300,
    "first_name": 100,
    "last_name": 100,
    "title": 200,
    "street": 200,
    "postcode": 20,
    "city": 100,
    "invoice_ref": 100,
    "notes": 20_000,
    "note": 20_000,
    # The controller's details (the notice and every letter print them).
    "business_name": 200,
    "business_id": 20,
    "phone": 40,
    "email": 320,
    "contact_person_name": 200,
    "contact_person_email": 320,
    "contact_person_phone": 40,
    "register_name": 200,
    "register_name_sv": 200,
    "register_name_en": 200,
    "handler_name": 120,
    # Service providers (the notice's recipients).
    "processor_name": 200,
    "processor_purpose": 500,
    "safeguard": 500,
    "processor_data": 500,
    "processor_country": 100,
    "agreement_location": 500,
    "agreement_file": 255,
    "agreement_link": 2_000,
    # The owner's own processing activities in the record of processing (Art. 30).
    "activity_name": 200,
    "activity_text": 2_000,
    # Data-subject requests.
    "person_name": 200,
    "identity_check": 500,
    "details": 20_000,
    "answer": 20_000,
    "extension_reason": 2_000,
}
MULTILINE = frozenset({"notes", "note", "details", "answer", "extension_reason", "activity_text"})
# C0 and C1 control characters (NUL among them) and the Unicode line and paragraph
# separators; a multi-line field keeps its tabs and line breaks.
# Also the invisible format characters that can disguise a text: zero-width spaces and
# joiners, the bidirectional overrides (U+202E turns "gpj.exe" into "exe.jpg") and the BOM.
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_CONTROL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029{_INVISIBLE}]")
_CONTROL_SINGLE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_INVISIBLE}]")


def _controls(field: str) -> re.Pattern[str]:
    return _CONTROL if field in MULTILINE else _CONTROL_SINGLE


def check_text(field: str, value: str) -> str:
    """``value`` stripped, or a ``FieldError`` for invisible control characters or a text
    longer than the field's limit (nothing is cut silently)."""
    if _controls(field).search(value):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Validation",
                "Remove the invisible control characters (such as NUL or a line break) from "
                "this field.",
            )
        )
    value = value.strip()
    limit = LIMITS.get(field)
    if limit is not None and len(value) > limit:
        raise _fail(
            QT_TRANSLATE_NOOP("Validation", "At most {limit} characters (now {n})."),
            limit=limit,
            n=len(value),
        )
    return value


def text_errors(checks: Iterable[tuple[str, str, str]]) -> dict[str, Message]:
    """``check_text`` over (error key, field, value) triples: the message per failing key.

    One loop for every form the facade checks without a ``forms`` collector (the
    controller, the processors, the requests)."""
    errors: dict[str, Message] = {}
    for key, field, value in checks:
        try:
            check_text(field, value)
        except FieldError as exc:
            errors[key] = exc.message
    return errors


def strip_controls(field: str, value: str) -> str:
    """For the importers: a file's stray control characters become spaces (tabs and line
    breaks stay in notes); runs of spaces in a one-line field become one."""
    cleaned = _controls(field).sub(" ", value)
    return cleaned.strip() if field in MULTILINE else " ".join(cleaned.split())


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
