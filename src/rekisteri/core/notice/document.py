"""The privacy notice as a structured document.

A notice is an ordered list of sections, each tied to one item of the GDPR
Art. 13/14 checklist, so that the completeness check, the importer and the
renderers all speak about the same things. Users may add `custom` sections
(cookies on the website, say) anywhere in the order.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, translate

# The file a notice is saved as is named in the notice's own language, not the app's: a
# Swedish notice exported from a Finnish app is still a "dataskyddsbeskrivning".
_FILE_STEMS = {"fi": "tietosuojaseloste", "sv": "dataskyddsbeskrivning", "en": "privacy-notice"}


def notice_file_name(language: str, kind: str) -> str:
    """The suggested file name for a notice in ``language`` exported as ``kind``."""
    return f"{_FILE_STEMS.get(language, _FILE_STEMS['fi'])}.{kind}"


class SectionKey(StrEnum):
    """The Art. 13/14 checklist items a section may cover."""

    CONTROLLER = "controller"
    CONTACT_PERSON = "contact_person"
    DPO = "dpo"
    REGISTER_NAME = "register_name"
    PURPOSES_LEGAL_BASIS = "purposes_legal_basis"
    LEGITIMATE_INTERESTS = "legitimate_interests"
    DATA_CATEGORIES = "data_categories"
    DATA_SOURCES = "data_sources"
    RECIPIENTS_PROCESSORS = "recipients_processors"
    TRANSFERS = "transfers"
    RETENTION = "retention"
    SECURITY = "security"
    RIGHTS = "rights"
    DIRECT_MARKETING = "direct_marketing"  # Art. 21(4): stated apart from the other rights
    WITHDRAW_CONSENT = "withdraw_consent"
    COMPLAINT = "complaint"
    STATUTORY_REQUIREMENT = "statutory_requirement"
    AUTOMATED_DECISIONS = "automated_decisions"
    LAST_UPDATED = "last_updated"
    CUSTOM = "custom"

    def label(self) -> str:
        """The checklist item's name in the user's language."""
        return translate("NoticeSection", _LABELS[self])


_LABELS: dict[SectionKey, str] = {
    SectionKey.CONTROLLER: QT_TRANSLATE_NOOP("NoticeSection", "Controller and contact details"),
    SectionKey.CONTACT_PERSON: QT_TRANSLATE_NOOP("NoticeSection", "Contact person"),
    SectionKey.DPO: QT_TRANSLATE_NOOP("NoticeSection", "Data protection officer"),
    SectionKey.REGISTER_NAME: QT_TRANSLATE_NOOP("NoticeSection", "Name of the register"),
    SectionKey.PURPOSES_LEGAL_BASIS: QT_TRANSLATE_NOOP("NoticeSection", "Purposes and legal basis"),
    SectionKey.LEGITIMATE_INTERESTS: QT_TRANSLATE_NOOP("NoticeSection", "Legitimate interests"),
    SectionKey.DATA_CATEGORIES: QT_TRANSLATE_NOOP("NoticeSection", "Categories of data"),
    SectionKey.DATA_SOURCES: QT_TRANSLATE_NOOP("NoticeSection", "Sources of data"),
    SectionKey.RECIPIENTS_PROCESSORS: QT_TRANSLATE_NOOP(
        "NoticeSection", "Recipients and processors"
    ),
    SectionKey.TRANSFERS: QT_TRANSLATE_NOOP("NoticeSection", "Transfers outside the EU/EEA"),
    SectionKey.RETENTION: QT_TRANSLATE_NOOP("NoticeSection", "Retention"),
    SectionKey.SECURITY: QT_TRANSLATE_NOOP("NoticeSection", "Security measures"),
    SectionKey.RIGHTS: QT_TRANSLATE_NOOP("NoticeSection", "Rights of the data subject"),
    SectionKey.DIRECT_MARKETING: QT_TRANSLATE_NOOP(
        "NoticeSection", "Right to object to direct marketing"
    ),
    SectionKey.WITHDRAW_CONSENT: QT_TRANSLATE_NOOP("NoticeSection", "Withdrawing consent"),
    SectionKey.COMPLAINT: QT_TRANSLATE_NOOP(
        "NoticeSection", "Complaint to the supervisory authority"
    ),
    SectionKey.STATUTORY_REQUIREMENT: QT_TRANSLATE_NOOP(
        "NoticeSection", "Required by law or contract"
    ),
    SectionKey.AUTOMATED_DECISIONS: QT_TRANSLATE_NOOP(
        "NoticeSection", "Automated decision-making and profiling"
    ),
    SectionKey.LAST_UPDATED: QT_TRANSLATE_NOOP("NoticeSection", "Date of the last update"),
    SectionKey.CUSTOM: QT_TRANSLATE_NOOP("NoticeSection", "Own section"),
}

#: Good practice from the repealed Personal Data Act 523/1999 (the register's name, its
#: contact person, security) and the date of the last update: not items of GDPR Art. 13/14,
#: so the check recommends them rather than requiring them.
RECOMMENDED_KEYS: tuple[SectionKey, ...] = (
    SectionKey.CONTACT_PERSON,
    SectionKey.REGISTER_NAME,
    SectionKey.SECURITY,
    SectionKey.LAST_UPDATED,
)

#: Items every notice must cover (Art. 13/14, and 21(4) for the direct-marketing objection
#: in a section of its own); a DPO only when one is designated (Art. 37).
REQUIRED_KEYS: tuple[SectionKey, ...] = tuple(
    k
    for k in SectionKey
    if k not in (SectionKey.DPO, SectionKey.CUSTOM) and k not in RECOMMENDED_KEYS
)

#: The order a fresh notice uses (templates follow it).
CHECKLIST_ORDER: tuple[SectionKey, ...] = tuple(k for k in SectionKey if k != SectionKey.CUSTOM)

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class Section:
    """One part of the notice; `id` keeps identity through edits and moves."""

    key: SectionKey
    title: str
    body: str
    id: str = field(default_factory=_new_id)
    #: Further checklist items this section also covers (an imported
    #: "Controller and contact person" section covers two items).
    covers: tuple[SectionKey, ...] = ()

    def is_empty(self) -> bool:
        return not self.body.strip()

    def all_keys(self) -> tuple[SectionKey, ...]:
        return (self.key, *self.covers)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "key": self.key.value,
            "title": self.title,
            "body": self.body,
        }
        if self.covers:
            data["covers"] = [k.value for k in self.covers]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Section:
        return cls(
            key=SectionKey(data["key"]),
            title=str(data.get("title", "")),
            body=str(data.get("body", "")),
            id=str(data.get("id") or _new_id()),
            covers=tuple(SectionKey(k) for k in data.get("covers", ())),
        )


@dataclass(frozen=True)
class NoticeDocument:
    """An immutable notice; every edit returns a new document (undo is then trivial)."""

    language: str
    title: str
    sections: tuple[Section, ...] = ()

    # --- queries -------------------------------------------------------------

    def find(self, key: SectionKey) -> Section | None:
        """First section covering `key` (custom sections are never found this way)."""
        return next((s for s in self.sections if s.key == key), None)

    def index_of(self, section_id: str) -> int:
        for i, s in enumerate(self.sections):
            if s.id == section_id:
                return i
        raise KeyError(section_id)

    def covering(self, key: SectionKey) -> list[Section]:
        """Every section whose key or `covers` includes `key`."""
        return [s for s in self.sections if key in s.all_keys()]

    def keys(self) -> set[SectionKey]:
        return {k for s in self.sections for k in s.all_keys()}

    def full_text(self) -> str:
        """All titles and bodies, for checks that look through the whole notice."""
        return "\n\n".join(f"{s.title}\n{s.body}" for s in self.sections)

    # --- edits ---------------------------------------------------------------

    def with_sections(self, sections: list[Section] | tuple[Section, ...]) -> NoticeDocument:
        return replace(self, sections=tuple(sections))

    def with_section(self, section: Section) -> NoticeDocument:
        """Replace the section with the same id."""
        idx = self.index_of(section.id)
        items = list(self.sections)
        items[idx] = section
        return self.with_sections(items)

    def with_body(self, section_id: str, body: str) -> NoticeDocument:
        return self.with_section(replace(self.sections[self.index_of(section_id)], body=body))

    def with_title(self, section_id: str, title: str) -> NoticeDocument:
        return self.with_section(replace(self.sections[self.index_of(section_id)], title=title))

    def inserted(self, index: int, section: Section) -> NoticeDocument:
        items = list(self.sections)
        items.insert(max(0, min(index, len(items))), section)
        return self.with_sections(items)

    def removed(self, section_id: str) -> NoticeDocument:
        return self.with_sections([s for s in self.sections if s.id != section_id])

    def moved(self, section_id: str, delta: int) -> NoticeDocument:
        """Move a section up (negative) or down (positive), clamped to the ends."""
        items = list(self.sections)
        idx = self.index_of(section_id)
        new = max(0, min(len(items) - 1, idx + delta))
        items.insert(new, items.pop(idx))
        return self.with_sections(items)

    # --- serialisation -------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": 1,
            "language": self.language,
            "title": self.title,
            "sections": [s.to_dict() for s in self.sections],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NoticeDocument:
        return cls(
            language=str(data.get("language", "fi")),
            title=str(data.get("title", "")),
            sections=tuple(Section.from_dict(s) for s in data.get("sections", [])),
        )

    @classmethod
    def from_json(cls, text: str) -> NoticeDocument:
        return cls.from_dict(json.loads(text))

    def content_hash(self) -> str:
        """SHA-256 of what a reader sees: language, title, and each key/title/body in order.

        Section ids are left out so that the same text always hashes the same.
        """
        canonical = json.dumps(
            {
                "language": self.language,
                "title": self.title,
                "sections": [
                    [s.key.value, s.title, s.body, [k.value for k in s.covers]]
                    for s in self.sections
                ],
            },
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
