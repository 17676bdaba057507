"""Input checking for the facade: every bad field is reported at once, nothing is saved.

Field keys follow the form: ``name``, ``business_id``, ``contacts.0.emails.1`` and so on, so
the UI can put each message beside its own field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from rekisteri.core.dto import ContactInput, CustomerInput, InteractionInput
from rekisteri.core.enums import ContactKind, CustomerKind, CustomerStatus, DataSource, Language
from rekisteri.core.errors import ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.validation import (
    FieldError,
    check_text,
    normalize_business_id,
    normalize_email,
    normalize_hetu,
    normalize_phone,
)

_CTX = "Validation"


def _required() -> Message:
    return Message(_CTX, QT_TRANSLATE_NOOP("Validation", "This field is required."))


def _choice() -> Message:
    return Message(_CTX, QT_TRANSLATE_NOOP("Validation", "Choose one of the listed values."))


@dataclass
class Collector:
    """Gathers every field's error in one pass, so a form shows all of them at once (the
    facade's contact edit uses it too)."""

    errors: dict[str, Message]

    def clean(self, key: str, fn: Callable[[str], str], value: str) -> str:
        try:
            return fn(value)
        except FieldError as exc:
            self.errors[key] = exc.message
            return value

    def text(self, key: str, field: str, value: str) -> str:
        """Length limit and control characters (``validation.check_text``)."""
        try:
            return check_text(field, value)
        except FieldError as exc:
            self.errors[key] = exc.message
            return value.strip()

    def choice(self, key: str, value: str, allowed: type[Enum]) -> None:
        if value not in {m.value for m in allowed}:
            self.errors[key] = _choice()


def clean_contact(c: ContactInput, prefix: str, errors: Collector) -> ContactInput:
    if not (c.first_name.strip() or c.last_name.strip()):
        errors.errors[f"{prefix}last_name"] = Message(
            _CTX, QT_TRANSLATE_NOOP("Validation", "Give at least a first or a last name.")
        )
    errors.choice(f"{prefix}kind", c.kind, ContactKind)
    errors.choice(f"{prefix}language", c.language, Language)
    errors.choice(f"{prefix}data_source", c.data_source, DataSource)
    emails = tuple(
        errors.clean(f"{prefix}emails.{i}", normalize_email, e)
        for i, e in enumerate(c.emails)
        if e.strip()
    )
    phones = tuple(
        errors.clean(f"{prefix}phones.{i}", normalize_phone, p)
        for i, p in enumerate(c.phones)
        if p.strip()
    )
    hetu = c.hetu
    if hetu is not None and hetu.strip():
        hetu = errors.clean(f"{prefix}hetu", normalize_hetu, hetu)
    elif hetu is not None:
        hetu = None
    texts: dict[str, Any] = {
        field: errors.text(f"{prefix}{field}", field, getattr(c, field))
        for field in ("first_name", "last_name", "title", "street", "postcode", "city")
    }
    detail = errors.text(f"{prefix}data_source_detail", "data_source_detail", c.data_source_detail)
    return replace(c, **texts, emails=emails, phones=phones, hetu=hetu, data_source_detail=detail)


def clean_customer(data: CustomerInput) -> CustomerInput:
    """Return the normalised input or raise one ValidationError naming every bad field."""
    errors = Collector({})
    texts: dict[str, Any] = {
        field: errors.text(field, field, getattr(data, field))
        for field in (
            "name", "industry", "billing_street", "billing_postcode", "billing_city",
            "notes", "data_source_detail",
        )
    }  # fmt: skip
    if not data.name.strip():
        errors.errors["name"] = _required()
    errors.choice("kind", data.kind, CustomerKind)
    errors.choice("status", data.status, CustomerStatus)
    errors.choice("data_source", data.data_source, DataSource)
    business_id = ""
    if data.business_id.strip():
        business_id = errors.clean("business_id", normalize_business_id, data.business_id)
    if data.status == CustomerStatus.ENDED and data.ended_on is None:
        errors.errors["ended_on"] = Message(
            _CTX,
            QT_TRANSLATE_NOOP("Validation", "Give the date the customer relationship ended."),
        )
    contacts = None
    if data.contacts is not None:
        contacts = tuple(
            clean_contact(c, f"contacts.{i}.", errors) for i, c in enumerate(data.contacts)
        )
        if data.kind == CustomerKind.PERSON and not contacts:
            errors.errors["contacts"] = Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Validation", "A private-person customer needs their own contact details."
                ),
            )
    if errors.errors:
        raise ValidationError(errors.errors)
    return replace(
        data,
        **texts,
        business_id=business_id,
        contacts=contacts,
        ended_on=data.ended_on if data.status == CustomerStatus.ENDED else None,
    )


def clean_interaction_texts(data: InteractionInput) -> InteractionInput:
    """A log entry's note and invoice reference within limits and free of control characters."""
    errors = Collector({})
    note = errors.text("note", "note", data.note)
    invoice_ref = errors.text("invoice_ref", "invoice_ref", data.invoice_ref)
    if errors.errors:
        raise ValidationError(errors.errors)
    return replace(data, note=note, invoice_ref=invoice_ref)
