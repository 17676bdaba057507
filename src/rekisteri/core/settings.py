"""The controller's own details, kept as settings (the notice and every letter print them)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


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
