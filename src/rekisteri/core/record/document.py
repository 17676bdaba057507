"""The record of processing activities as data: what GDPR Art. 30(1) asks, item by item.

A record is written in one language; every line is already in that language, so a published
version prints the same years later, whatever the templates or settings have become since.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

#: The Art. 30(1)(b)-(g) items of one activity, in the order the record prints them.
ITEM_KEYS: tuple[str, ...] = (
    "purposes",
    "data_subjects",
    "data_categories",
    "recipients",
    "transfers",
    "retention",
    "security",
)


def _lines(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        return ()
    return tuple(str(v).strip() for v in value if str(v).strip())


@dataclass(frozen=True)
class Activity:
    """One processing activity: the customer register itself, or one the owner adds."""

    name: str
    purposes: tuple[str, ...] = ()
    data_subjects: tuple[str, ...] = ()
    data_categories: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    transfers: tuple[str, ...] = ()
    retention: tuple[str, ...] = ()
    security: tuple[str, ...] = ()  # beyond the record's general measures
    own: bool = False  # entered by the owner, not generated from the register

    def items(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(key, getattr(self, key)) for key in ITEM_KEYS]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "own": self.own}
        data.update({key: list(getattr(self, key)) for key in ITEM_KEYS})
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Activity:
        values = {key: _lines(data.get(key, ())) for key in ITEM_KEYS}
        return cls(name=str(data.get("name", "")), own=bool(data.get("own", False)), **values)


@dataclass(frozen=True)
class RecordDocument:
    """The whole record: who the controller is, then each activity, then security."""

    language: str
    title: str
    controller: tuple[str, ...] = ()
    contact_person: tuple[str, ...] = ()
    dpo: str = ""
    activities: tuple[Activity, ...] = ()
    security: tuple[str, ...] = ()  # Art. 30(1)(g): the general description
    business_name: str = ""

    def activity(self, name: str) -> Activity | None:
        return next((a for a in self.activities if a.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": 1,
            "language": self.language,
            "title": self.title,
            "business_name": self.business_name,
            "controller": list(self.controller),
            "contact_person": list(self.contact_person),
            "dpo": self.dpo,
            "activities": [a.to_dict() for a in self.activities],
            "security": list(self.security),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RecordDocument:
        return cls(
            language=str(data.get("language", "fi")),
            title=str(data.get("title", "")),
            business_name=str(data.get("business_name", "")),
            controller=_lines(data.get("controller", ())),
            contact_person=_lines(data.get("contact_person", ())),
            dpo=str(data.get("dpo", "")),
            activities=tuple(Activity.from_dict(a) for a in data.get("activities", ())),
            security=_lines(data.get("security", ())),
        )

    @classmethod
    def from_json(cls, text: str) -> RecordDocument:
        return cls.from_dict(json.loads(text))

    def content_hash(self) -> str:
        """SHA-256 of what a reader sees, so an unchanged record is known as its version."""
        canonical = json.dumps(
            self.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class OwnActivity:
    """A processing activity the owner has beyond the register (employees, bookkeeping).

    Stored in the settings as written: one text per Art. 30(1) item, one entry a line.
    """

    name: str
    purposes: str = ""
    data_subjects: str = ""
    data_categories: str = ""
    recipients: str = ""
    transfers: str = ""
    retention: str = ""
    security: str = ""

    def to_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OwnActivity:
        return cls(**{f.name: str(data.get(f.name, "") or "").strip() for f in fields(cls)})

    def texts(self) -> list[tuple[str, str]]:
        """(field, value) of every text, for the length and control-character checks."""
        return [(f.name, getattr(self, f.name)) for f in fields(self)]
