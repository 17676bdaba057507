"""One contact read from an import file, and its check into the register's stored forms.

Readers (CSV, vCard) produce ``RawRecord``s with text as the file had it; ``clean`` turns one
into an ``ImportRecord`` with normalised e-mails, phones and business ID, or the reasons it
cannot be imported. Reasons are ``Message``s naming the field, never the value (a preview's
reasons reach the terminal and screenshots in bug reports).
Text fields lose stray control characters and must fit the register's limits
(``validation.LIMITS``, the same as the forms'): a longer value is an error, never cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from rekisteri.core.enums import ContactKind
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.validation import (
    LIMITS,
    FieldError,
    normalize_business_id,
    normalize_email,
    normalize_phone,
    strip_controls,
)

_CTX = "Import"


class ImportField(StrEnum):
    """What a CSV column holds; ``IGNORE`` leaves it out."""

    IGNORE = "ignore"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    COMPANY = "company"
    BUSINESS_ID = "business_id"
    TITLE = "title"
    EMAIL = "email"
    PHONE = "phone"
    STREET = "street"
    POSTCODE = "postcode"
    CITY = "city"
    COUNTRY = "country"
    LANGUAGE = "language"
    NOTES = "notes"
    CONSENT = "consent"

    def label(self) -> str:
        return translate(_CTX, _FIELD_LABELS[self])

    @property
    def repeatable(self) -> bool:
        """Several columns may hold e-mails or phones; the rest take the first filled one."""
        return self in (ImportField.EMAIL, ImportField.PHONE, ImportField.NOTES)


_FIELD_LABELS = {
    ImportField.IGNORE: QT_TRANSLATE_NOOP("Import", "(do not import)"),
    ImportField.FIRST_NAME: QT_TRANSLATE_NOOP("Import", "First name"),
    ImportField.LAST_NAME: QT_TRANSLATE_NOOP("Import", "Last name"),
    ImportField.FULL_NAME: QT_TRANSLATE_NOOP("Import", "Full name"),
    ImportField.COMPANY: QT_TRANSLATE_NOOP("Import", "Company"),
    ImportField.BUSINESS_ID: QT_TRANSLATE_NOOP("Import", "Business ID (Y-tunnus)"),
    ImportField.TITLE: QT_TRANSLATE_NOOP("Import", "Job title"),
    ImportField.EMAIL: QT_TRANSLATE_NOOP("Import", "E-mail"),
    ImportField.PHONE: QT_TRANSLATE_NOOP("Import", "Phone"),
    ImportField.STREET: QT_TRANSLATE_NOOP("Import", "Street address"),
    ImportField.POSTCODE: QT_TRANSLATE_NOOP("Import", "Postcode"),
    ImportField.CITY: QT_TRANSLATE_NOOP("Import", "City"),
    ImportField.COUNTRY: QT_TRANSLATE_NOOP("Import", "Country"),
    ImportField.LANGUAGE: QT_TRANSLATE_NOOP("Import", "Language"),
    ImportField.NOTES: QT_TRANSLATE_NOOP("Import", "Notes"),
    ImportField.CONSENT: QT_TRANSLATE_NOOP("Import", "Marketing consent (yes/no)"),
}


@dataclass(frozen=True)
class RawRecord:
    """A contact as the file had it; ``line`` is where it starts (for the user to find it)."""

    line: int
    first_name: str = ""
    last_name: str = ""
    full_name: str = ""
    company: str = ""
    business_id: str = ""
    title: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    language: str = ""
    notes: str = ""
    consent: str = ""
    problems: tuple[Message, ...] = ()  # what the reader could not read (a vCard's bad line)


@dataclass(frozen=True)
class ImportRecord:
    """A contact ready to store: every value in the register's normal form."""

    line: int
    kind: str  # ContactKind: business when the file names a company
    first_name: str
    last_name: str
    company: str
    business_id: str
    title: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    street: str
    postcode: str
    city: str
    country: str
    language: str
    notes: str
    consent: bool | None  # None: the file says nothing about marketing consent
    errors: tuple[Message, ...] = field(default=())

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


_YES = {"yes", "y", "true", "1", "x", "kyllä", "kylla", "k", "ja", "on", "ok", "opted in"}
_NO = {"no", "n", "false", "0", "ei", "nej", "off", "opted out", "unsubscribed"}
_LANGUAGES = {
    "fi": "fi", "fin": "fi", "suomi": "fi", "finnish": "fi", "finska": "fi", "fi-fi": "fi",
    "sv": "sv", "swe": "sv", "svenska": "sv", "ruotsi": "sv", "swedish": "sv", "sv-fi": "sv",
    "en": "en", "eng": "en", "english": "en", "englanti": "en", "engelska": "en", "en-gb": "en",
}  # fmt: skip
_COUNTRIES = {
    "suomi": "FI", "finland": "FI", "sverige": "SE", "ruotsi": "SE", "sweden": "SE",
    "norge": "NO", "norja": "NO", "norway": "NO", "eesti": "EE", "viro": "EE",
    "estonia": "EE", "saksa": "DE", "germany": "DE", "deutschland": "DE", "tanska": "DK",
    "danmark": "DK", "denmark": "DK",
}  # fmt: skip


# A plain ASCII dot-atom local part (what nearly every address has): for these the library
# returns the local part unchanged, so only the domain needs its (costly) check, once per
# domain. Anything else goes through the library whole.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


@lru_cache(maxsize=4096)
def _domain(domain: str) -> str:
    return normalize_email(f"x@{domain}").partition("@")[2]


def fast_email(value: str) -> str:
    """``normalize_email`` for an import of thousands of rows: same result, domain cached."""
    raw = value.strip()
    local, at, domain = raw.rpartition("@")
    if at and len(local) <= 64 and len(raw) <= 254 and _PLAIN_LOCAL.fullmatch(local):
        return f"{local}@{_domain(domain)}"
    return normalize_email(raw)


def _error(text: str) -> Message:
    return Message(_CTX, text)


def split_name(full: str) -> tuple[str, str]:
    """``Aino Maria Virtanen`` → (``Aino Maria``, ``Virtanen``); ``Virtanen, Aino`` too."""
    full = " ".join(full.split())
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    first, _, last = full.rpartition(" ")
    return (first, last) if first else ("", last)


def clean(raw: RawRecord) -> ImportRecord:
    """The row as it may be imported; what does not read is listed in ``errors``, in the
    order of the row's columns."""
    errors: list[Message] = list(raw.problems)
    first, last = _name(raw, errors)
    emails = _emails(raw.emails, errors)
    phones = _phones(raw.phones, errors)
    business_id = _business_id(raw.business_id, errors)
    country = _country(raw.country, errors)
    consent = _consent(raw.consent, errors)
    values = {"first_name": first, "last_name": last}
    for name in ("company", "title", "street", "postcode", "city", "notes"):
        values[name] = getattr(raw, name)
    texts = _bounded(values, errors)
    return ImportRecord(
        line=raw.line,
        kind=ContactKind.BUSINESS if texts["company"] or business_id else ContactKind.PRIVATE,
        business_id=business_id,
        emails=tuple(emails),
        phones=tuple(phones),
        country=country,
        language=_LANGUAGES.get(raw.language.strip().casefold(), "fi"),
        consent=consent,
        errors=tuple(errors),
        **texts,
    )


def _name(raw: RawRecord, errors: list[Message]) -> tuple[str, str]:
    first, last = raw.first_name.strip(), raw.last_name.strip()
    if not (first or last) and raw.full_name.strip():
        first, last = split_name(raw.full_name)
    if not (first or last):
        errors.append(
            _error(
                QT_TRANSLATE_NOOP(
                    "Import", "No person's name: give a first or last name (a company alone "
                    "is not a contact)."
                )
            )
        )  # fmt: skip
    return first, last


def _emails(values: Sequence[str], errors: list[Message]) -> list[str]:
    """Valid addresses, each once (case does not make another address)."""
    emails: list[str] = []
    for value in values:
        if value.strip():
            try:
                address = fast_email(value.removeprefix("mailto:"))
            except FieldError:
                errors.append(
                    _error(QT_TRANSLATE_NOOP("Import", "An e-mail address is not valid."))
                )
                continue
            if address.casefold() not in {e.casefold() for e in emails}:
                emails.append(address)
    return emails


def _phones(values: Sequence[str], errors: list[Message]) -> list[str]:
    phones: list[str] = []
    for value in values:
        if value.strip():
            try:
                number = normalize_phone(value.removeprefix("tel:"))
            except FieldError:
                errors.append(_error(QT_TRANSLATE_NOOP("Import", "A phone number is not valid.")))
                continue
            if number not in phones:
                phones.append(number)
    return phones


def _business_id(value: str, errors: list[Message]) -> str:
    business_id = ""
    if value.strip():
        try:
            business_id = normalize_business_id(value)
        except FieldError:
            errors.append(_error(QT_TRANSLATE_NOOP("Import", "The business ID is not valid.")))
    return business_id


def _country(value: str, errors: list[Message]) -> str:
    """A two-letter code (``SE``) or a neighbour's name in Finnish, Swedish, English or its
    own language; FI when empty."""
    country = "FI"
    if value.strip():
        key = value.strip().casefold()
        if len(key) == 2 and key.isalpha():
            country = key.upper()
        elif key in _COUNTRIES:
            country = _COUNTRIES[key]
        else:
            errors.append(
                _error(
                    QT_TRANSLATE_NOOP(
                        "Import", "The country is not recognised; use a code such as FI or SE."
                    )
                )
            )
    return country


def _consent(value: str, errors: list[Message]) -> bool | None:
    consent: bool | None = None
    if value.strip():
        answer = value.strip().casefold()
        if answer in _YES:
            consent = True
        elif answer in _NO:
            consent = False
        else:
            errors.append(
                _error(
                    QT_TRANSLATE_NOOP("Import", "The marketing consent column must say yes or no.")
                )
            )
    return consent


_FIELD_TOO_LONG = {
    "first_name": QT_TRANSLATE_NOOP("Import", "The first name is longer than {limit} characters."),
    "last_name": QT_TRANSLATE_NOOP("Import", "The last name is longer than {limit} characters."),
    "company": QT_TRANSLATE_NOOP("Import", "The company is longer than {limit} characters."),
    "title": QT_TRANSLATE_NOOP("Import", "The title is longer than {limit} characters."),
    "street": QT_TRANSLATE_NOOP("Import", "The street address is longer than {limit} characters."),
    "postcode": QT_TRANSLATE_NOOP("Import", "The postcode is longer than {limit} characters."),
    "city": QT_TRANSLATE_NOOP("Import", "The city is longer than {limit} characters."),
    "notes": QT_TRANSLATE_NOOP("Import", "The notes are longer than {limit} characters."),
}


def _bounded(values: dict[str, str], errors: list[Message]) -> dict[str, str]:
    """Control characters out; a value over the register's limit is an error of its row."""
    out = {}
    for name, value in values.items():
        text = strip_controls(name, value)
        limit = LIMITS[name]
        if len(text) > limit:
            errors.append(Message(_CTX, _FIELD_TOO_LONG[name], {"limit": limit}))
            text = text[:limit]
        out[name] = text
    return out
