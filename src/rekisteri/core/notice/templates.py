"""Notice templates (fi, sv, en) and the facts from the register that fill them.

The template texts live as data in `resources/notice/templates/<lang>.json` so
that a translator or the owner can read them without reading code. The parts
that must agree with the register (controller, retention rules, data
categories, processors) are generated here from `NoticeFacts`, one source of
truth for the notice and the review.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from rekisteri.core import formats
from rekisteri.core.formats import format_phone
from rekisteri.core.notice.document import LANGUAGES, NoticeDocument, Section, SectionKey
from rekisteri.core.retention.rules import BOOKS_YEARS


class RetentionRuleLike(Protocol):
    """What the notice needs of a retention rule (issue 5's dataclass fits).

    Properties, because the notice only reads them and a frozen dataclass's fields are
    read-only: plain attributes here would ask for settable ones.
    """

    @property
    def name(self) -> str: ...
    @property
    def applies_to(self) -> str: ...
    @property
    def counts_from(self) -> str: ...
    @property
    def period_years(self) -> int: ...
    @property
    def period_months(self) -> int: ...
    @property
    def period_days(self) -> int: ...
    @property
    def action(self) -> str: ...
    @property
    def enabled(self) -> bool: ...


def _iso_date(value: object) -> date | None:
    """A stored ISO date, or None for a missing or unreadable one (old or hand-edited JSON)."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Processor:
    """A service provider that handles the register's data on the controller's behalf.

    The agreement fields document the written contract GDPR Art. 28(3) requires; the
    record of processing activities (Art. 30) lists the same providers as recipients.
    Fields added later default to empty, so lists stored by older versions still load.
    """

    name: str
    purpose: str = ""
    outside_eea: bool = False
    safeguard: str = ""
    data_categories: str = ""  # what data of the register the provider handles
    country: str = ""  # where the data is processed
    agreement_signed: date | None = None
    agreement_location: str = ""  # where the signed document is kept ("the blue binder")
    agreement_file: str = ""  # a copy kept in the register's folder (a file name there)
    agreement_link: str = ""  # or the provider's web page of its terms
    review_on: date | None = None  # when the agreement is next looked at

    def has_agreement(self) -> bool:
        """Whether anything shows a written agreement exists (Art. 28(3))."""
        return bool(
            self.agreement_signed
            or self.agreement_location
            or self.agreement_file
            or self.agreement_link
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "purpose": self.purpose,
            "outside_eea": self.outside_eea,
            "safeguard": self.safeguard,
            "data_categories": self.data_categories,
            "country": self.country,
            "agreement_signed": self.agreement_signed.isoformat()
            if self.agreement_signed
            else None,
            "agreement_location": self.agreement_location,
            "agreement_file": self.agreement_file,
            "agreement_link": self.agreement_link,
            "review_on": self.review_on.isoformat() if self.review_on else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Processor:
        def text(key: str) -> str:
            return str(data.get(key, "") or "").strip()

        return cls(
            name=text("name"),
            purpose=text("purpose"),
            outside_eea=bool(data.get("outside_eea", False)),
            safeguard=text("safeguard"),
            data_categories=text("data_categories"),
            country=text("country"),
            agreement_signed=_iso_date(data.get("agreement_signed")),
            agreement_location=text("agreement_location"),
            agreement_file=text("agreement_file"),
            agreement_link=text("agreement_link"),
            review_on=_iso_date(data.get("review_on")),
        )


@dataclass(frozen=True)
class ControllerFacts:
    """Controller and contact person as the notice prints them."""

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
    register_name_sv: str = ""
    register_name_en: str = ""

    def register_name_in(self, language: str) -> str:
        """The register's name in ``language``; never another language's."""
        return {"sv": self.register_name_sv, "en": self.register_name_en}.get(
            language, self.register_name
        )

    @classmethod
    def from_settings(cls, settings: object) -> ControllerFacts:
        """Copy the matching attributes of the register's ControllerSettings."""
        values = {name: str(getattr(settings, name, "") or "") for name in cls.__dataclass_fields__}
        return cls(**values)


@dataclass(frozen=True)
class NoticeFacts:
    """Everything from the register that the generated sections state."""

    controller: ControllerFacts = field(default_factory=ControllerFacts)
    retention_rules: Sequence[RetentionRuleLike] = ()
    backup_retention_days: int | None = None
    fields_in_use: Sequence[str] = ()
    processors: Sequence[Processor] = ()
    today: date = field(default_factory=date.today)
    # The review interval and the soft opt-in period the register enforces (settings).
    review_interval_months: int = 12
    soft_opt_in_months: int = 24
    encrypted: bool = False  # the security sentence states what the settings do
    shared: bool = False  # kept on a PostgreSQL server with a login per user (issue 20)
    suppression_years: int = 5  # how long erased refusers' check values are kept


#: Sections whose body is generated from the facts and can be refreshed.
GENERATED_KEYS: tuple[SectionKey, ...] = (
    SectionKey.CONTROLLER,
    SectionKey.CONTACT_PERSON,
    SectionKey.REGISTER_NAME,
    SectionKey.DATA_CATEGORIES,
    SectionKey.RECIPIENTS_PROCESSORS,
    SectionKey.TRANSFERS,
    SectionKey.RETENTION,
    SectionKey.LAST_UPDATED,
)


def resources_dir() -> Path:
    """`resources/` beside the package when installed, else at the repository root."""
    here = Path(__file__).resolve()
    installed = here.parents[2] / "resources"
    if installed.is_dir():
        return installed
    return here.parents[4] / "resources"


@cache
def load_template(language: str) -> dict[str, Any]:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported notice language: {language!r}")
    path = resources_dir() / "notice" / "templates" / f"{language}.json"
    template: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return template


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _fill(text: str, values: Mapping[str, str]) -> str:
    return string.Formatter().vformat(text, (), _Blank(values))


def format_date(day: date, language: str) -> str:
    """The notice's "updated" date: spelt out in English, the short form in fi/sv.

    Through ``core.formats`` (never ``strftime``, whose month names follow the laptop's locale).
    """
    if language == "en":
        return formats.format_date_long(day, "en")
    return formats.format_date(day, language)


def format_period(years: int, months: int, days: int, language: str) -> str:
    """'5 vuotta', '2 years 6 months'; an all-zero period reads as 'at once'."""
    units = load_template(language)["units"]
    parts = []
    for amount, unit in ((years, "year"), (months, "month"), (days, "day")):
        if amount:
            forms = units[unit]
            parts.append(f"{amount} {forms[0] if amount == 1 else forms[1]}")
    return " ".join(parts) if parts else units["at_once"]


def format_months(months: int, language: str) -> str:
    """A period given in months, in whole years where it is one ("2 vuotta", "18 months")."""
    years, rest = divmod(max(0, months), 12)
    return format_period(years, rest, 0, language)


def _label(table: Mapping[str, str], code: str) -> str:
    return table.get(code, code.replace("_", " "))


def _counts_key(rule: RetentionRuleLike) -> str:
    """Bookkeeping counts vouchers from the calendar year's end, the books (ten years or
    more) from the financial year's end (Kirjanpitolaki 2:10 §): the notice says which."""
    if rule.counts_from == "financial_year_end" and rule.period_years >= BOOKS_YEARS:
        return "financial_year_end_books"
    return rule.counts_from


def retention_lines(
    rules: Sequence[RetentionRuleLike], language: str, backup_days: int | None = None
) -> str:
    """The retention section's generated part: one bullet per enabled rule."""
    tpl = load_template(language)
    parts = tpl["parts"]
    lines = []
    for rule in rules:
        if not rule.enabled:
            continue
        # Seeded rules carry a `key` and an English source name; the notice then names
        # what the rule applies to in its own language instead.
        seeded = bool(getattr(rule, "key", ""))
        values = {
            "name": _label(tpl["applies_to"], rule.applies_to) if seeded else rule.name,
            "applies_to": _label(tpl["applies_to"], rule.applies_to),
            "period": format_period(
                rule.period_years, rule.period_months, rule.period_days, language
            ),
            "counts_from": _label(tpl["counts_from"], _counts_key(rule)),
            "action": _label(tpl["actions"], rule.action),
        }
        lines.append(_fill(parts["retention_rule"], values))
    text = "\n".join(lines) if lines else parts["retention_none"]
    if backup_days:
        text += "\n\n" + _fill(parts["backup"], {"days": str(backup_days)})
    return text


def _controller_block(c: ControllerFacts, parts: Mapping[str, str], language: str) -> str:
    lines = [c.business_name]
    if c.business_id:
        lines.append(_fill(parts["business_id"], {"value": c.business_id}))
    if c.street:
        lines.append(c.street)
    if c.postcode or c.city:
        lines.append(f"{c.postcode} {c.city}".strip())
    if c.phone:
        lines.append(_fill(parts["phone"], {"value": format_phone(c.phone, language)}))
    if c.email:
        lines.append(_fill(parts["email"], {"value": c.email}))
    return "\n".join(line for line in lines if line)


def _contact_block(c: ControllerFacts, parts: Mapping[str, str], language: str) -> str:
    lines = [c.contact_person_name]
    email = c.contact_person_email or c.email
    phone = c.contact_person_phone or c.phone
    if phone:
        lines.append(_fill(parts["phone"], {"value": format_phone(phone, language)}))
    if email:
        lines.append(_fill(parts["email"], {"value": email}))
    return "\n".join(line for line in lines if line)


def _processor_text(processors: Sequence[Processor], parts: Mapping[str, str]) -> str:
    if not processors:
        return parts["processors_none"]
    lines = [parts["processors_intro"]]
    for p in processors:
        line = _fill(parts["processor"], {"name": p.name, "purpose": p.purpose})
        if not p.purpose:
            line = f"- {p.name}"
        if p.outside_eea:
            line += parts["processor_outside"]
        lines.append(line)
    return "\n".join(lines)


def _transfer_text(
    processors: Sequence[Processor], parts: Mapping[str, str], contact_email: str
) -> str:
    outside = [p for p in processors if p.outside_eea]
    if not outside:
        return parts["transfers_none"]
    lines = [_fill(parts["transfers_intro"], {"contact_email": contact_email})]
    for p in outside:
        if p.safeguard:
            lines.append(_fill(parts["transfer"], {"name": p.name, "safeguard": p.safeguard}))
        else:
            lines.append(f"- {p.name}")
    return "\n".join(lines)


def _category_list(fields_in_use: Sequence[str], tpl: Mapping[str, Any]) -> str:
    labels: Mapping[str, str] = tpl["fields"]
    return "\n".join(f"- {labels.get(f, f)}" for f in fields_in_use)


def field_labels(language: str, fields_in_use: Sequence[str]) -> list[str]:
    """How the notice in `language` names each field the register holds."""
    labels: Mapping[str, str] = load_template(language)["fields"]
    return [labels.get(f, f) for f in fields_in_use]


def fill_values(facts: NoticeFacts, language: str) -> dict[str, str]:
    """Placeholder values for the template bodies."""
    tpl = load_template(language)
    parts = tpl["parts"]
    c = facts.controller
    return {
        "business_name": c.business_name,
        "register_name": c.register_name_in(language) or _fill(parts["register_name_default"], {}),
        "contact_email": c.contact_person_email or c.email,
        "controller_block": _controller_block(c, parts, language),
        "contact_block": _contact_block(c, parts, language),
        "data_category_list": _category_list(facts.fields_in_use, tpl),
        "processor_text": _processor_text(facts.processors, parts),
        "transfer_text": _transfer_text(facts.processors, parts, c.contact_person_email or c.email),
        "retention_list": retention_lines(
            facts.retention_rules, language, facts.backup_retention_days
        ),
        "updated_date": format_date(facts.today, language),
        "review_interval": format_months(facts.review_interval_months, language),
        "soft_opt_in_period": format_months(facts.soft_opt_in_months, language),
        "suppression_period": format_period(facts.suppression_years, 0, 0, language),
        "security_text": parts[
            "security_shared"
            if facts.shared
            else "security_encrypted"
            if facts.encrypted
            else "security_plain"
        ],
    }


def build_notice(language: str, facts: NoticeFacts) -> NoticeDocument:
    """A fresh notice in `language` from the template, filled from the register."""
    tpl = load_template(language)
    values = fill_values(facts, language)
    sections = tuple(
        Section(
            key=SectionKey(s["key"]),
            title=s["title"],
            body=_fill(s["body"], values).strip(),
        )
        for s in tpl["sections"]
    )
    return NoticeDocument(language=language, title=tpl["title"], sections=sections)


def refresh_generated(
    doc: NoticeDocument, facts: NoticeFacts, keys: Sequence[SectionKey] = GENERATED_KEYS
) -> NoticeDocument:
    """Rewrite the generated sections from the register, leaving the user's own text alone."""
    fresh = build_notice(doc.language, facts)
    for key in keys:
        old = doc.find(key)
        new = fresh.find(key)
        if old is not None and new is not None:
            doc = doc.with_body(old.id, new.body)
    return doc


def last_updated_body(language: str, day: date) -> str:
    tpl = load_template(language)
    section = next(s for s in tpl["sections"] if s["key"] == SectionKey.LAST_UPDATED)
    return _fill(section["body"], {"updated_date": format_date(day, language)}).strip()
