"""The controller's own details, kept as settings (the notice and every letter print them)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from rekisteri.core.errors import ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.validation import (
    FieldError,
    normalize_business_id,
    normalize_email,
    normalize_phone,
    text_errors,
)


@dataclass(frozen=True)
class ControllerSettings:
    business_name: str = ""
    business_id: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    contact_person_name: str = ""
    contact_person_email: str = ""
    contact_person_phone: str = ""
    register_name: str = ""
    # The register's name in the notice's other languages: a Swedish or English notice never
    # shows the Finnish name (empty: the template's own wording in that language).
    register_name_sv: str = ""
    register_name_en: str = ""
    handler_name: str = ""

    def register_name_in(self, language: str) -> str:
        return {"sv": self.register_name_sv, "en": self.register_name_en}.get(
            language, self.register_name
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> ControllerSettings:
        names = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in (data or {}).items() if k in names})

    @property
    def is_configured(self) -> bool:
        return bool(self.business_name.strip())


def clean_controller(settings: ControllerSettings) -> ControllerSettings:
    """The details as stored: trimmed, the business ID, e-mails and phones in their
    standard form; a ValidationError per field that does not read (as for customers)."""
    errors: dict[str, Message] = {}
    values = settings.to_json()
    # Limits and control characters, as for customers.
    errors.update(text_errors((key, key, str(text)) for key, text in values.items()))
    if not settings.business_name.strip():
        errors["business_name"] = Message(
            "Validation", QT_TRANSLATE_NOOP("Validation", "This field is required.")
        )
    checks = {
        "business_id": normalize_business_id,
        "email": normalize_email,
        "contact_person_email": normalize_email,
        "phone": normalize_phone,
        "contact_person_phone": normalize_phone,
    }
    for key, fn in checks.items():
        if key not in errors and values[key].strip():
            try:
                values[key] = fn(values[key])
            except FieldError as exc:
                errors[key] = exc.message
    if errors:
        raise ValidationError(errors)
    return ControllerSettings.from_json({k: str(v).strip() for k, v in values.items()})
