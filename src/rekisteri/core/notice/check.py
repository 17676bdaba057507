"""Completeness check of a notice against GDPR Art. 13/14 and against the register.

Findings are of two kinds: a required item missing or empty (the notice is not
lawful without it) and warnings (outdated law, text that disagrees with the
configured retention rules or processors). Each names the section to jump to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.notice.check_law import (
    LawFinding,
    check_bases,
    check_hollow,
    check_security_promise,
    check_suppression_period,
)
from rekisteri.core.notice.check_processors import check_agreements
from rekisteri.core.notice.document import (
    RECOMMENDED_KEYS,
    REQUIRED_KEYS,
    NoticeDocument,
    Section,
    SectionKey,
)
from rekisteri.core.notice.markup import plain_text
from rekisteri.core.notice.templates import ControllerFacts, Processor, RetentionRuleLike
from rekisteri.core.notice.words import mentions

CTX = "NoticeCheck"  # QT_TRANSLATE_NOOP below spells it out: lupdate reads literals only


class Severity(StrEnum):
    ERROR = "error"  # the notice would print something false or hollow: cannot be published
    MISSING = "missing"  # a required item (GDPR Art. 13/14, 21(4)) is absent or empty
    WARNING = "warning"
    RECOMMENDED = "recommended"  # good practice, not required by law


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: Message
    section_key: SectionKey | None = None
    section_id: str | None = None
    setting: str | None = None  # the setting to fill ("controller.email"): where to jump


# --- vocabularies -------------------------------------------------------------

_REPEALED_LAW = re.compile(
    r"\b523\s*/\s*(?:19)?99\b|\bhenkilötietola(?:ki|\w*)|\bpersonuppgiftslag\w*|"
    r"\bpersonal data act\b",
    re.IGNORECASE,
)
_PRIVACY_SHIELD = re.compile(r"privacy\s+shield", re.IGNORECASE)

_NEGATED_TRANSFER = re.compile(
    r"ei siirretä|emme siirrä|ei siirry|ei luovuteta|emme luovuta|överförs inte|"
    r"överför inte|lämnas inte ut|lämnar inte ut|överlåts inte|do not transfer|"
    r"is not transferred|are not transferred|no transfers?|not disclosed",
    re.IGNORECASE,
)
_POSITIVE_TRANSFER = re.compile(
    r"voidaan siirtää|siirretään|saatetaan (siirtää|luovuttaa)|voidaan luovuttaa|"
    r"kan överföras|överförs till|may be transferred|are transferred|is transferred",
    re.IGNORECASE,
)
_EXCEPTION = re.compile(r"\bellei\b|\bpaitsi\b|\bunless\b|\butom om\b|\bom inte\b", re.IGNORECASE)
_SAFEGUARD = re.compile(
    r"vakiolausek|vakiosopimuslausek|mallisopimuslausek|standard contractual|"
    r"standardavtalsklausul|riittävyyspäätö|adequacy|adekvat skyddsnivå|"
    r"data privacy framework|tietosuojakehy|dataskyddsramverk|sitovat yrityssäännöt|"
    r"binding corporate|bindande företagsbestämmelser|\b46\s*art|artikla\s*46|article\s*46",
    re.IGNORECASE,
)

#: Each right of Art. 15-21 and words that show a text mentions it (fi, sv, en).
RIGHTS_VOCABULARY: dict[str, tuple[str, tuple[str, ...]]] = {
    "access": (
        QT_TRANSLATE_NOOP("NoticeCheck", "access to the data"),
        ("tarkast", "tarkist", "pääsy", "saada tietää", "kopio", "tillgång", "granska", "access"),
    ),
    "rectification": (
        QT_TRANSLATE_NOOP("NoticeCheck", "rectification"),
        ("oikais", "korja", "rätta", "rättelse", "rectif", "correct"),
    ),
    "erasure": (
        QT_TRANSLATE_NOOP("NoticeCheck", "erasure"),
        ("poist", "radera", "eras", "delet"),
    ),
    "restriction": (
        QT_TRANSLATE_NOOP("NoticeCheck", "restriction of processing"),
        ("rajoit", "begräns", "restrict"),
    ),
    "objection": (
        QT_TRANSLATE_NOOP("NoticeCheck", "objection to processing"),
        ("vastust", "invänd", "object"),
    ),
    "portability": (
        QT_TRANSLATE_NOOP("NoticeCheck", "data portability"),
        (
            "siirtää",
            "siirto-oikeus",
            "koneluettav",
            "portabilitet",
            "maskinläsbar",
            "portab",
            "machine-readable",
        ),
    ),
    "direct_marketing": (
        QT_TRANSLATE_NOOP("NoticeCheck", "objection to direct marketing"),
        ("suoramarkkin", "suoramainon", "direktmarknadsföring", "direct marketing"),
    ),
}

_NUMBER_WORDS = {
    "yksi": 1, "yhden": 1, "kaksi": 2, "kahden": 2, "kolme": 3, "kolmen": 3, "neljä": 4,
    "viisi": 5, "viiden": 5, "kuusi": 6, "kuuden": 6, "seitsemän": 7, "kahdeksan": 8,
    "yhdeksän": 9, "kymmenen": 10, "kaksitoista": 12,
    "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "tolv": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
}  # fmt: skip
_UNIT = (
    r"(?P<unit>vuorokau\w*|vrk|vuo\w*|kuukau\w*|kk|päiv\w*|år\w*|månad\w*|dag\w*|dygn\w*|"
    r"years?|months?|days?)"
)
_PERIOD = re.compile(
    r"\b(?P<num>\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\s+" + _UNIT,
    re.IGNORECASE,
)


def _unit_of(word: str) -> str:
    w = word.lower()
    if w.startswith(("vuorokau", "vrk", "päiv", "dag", "dygn", "day")):
        return "day"
    if w.startswith(("kuukau", "kk", "månad", "month")):
        return "month"
    return "year"


def stated_periods(text: str) -> dict[tuple[int, str], str]:
    """Every 'N years/months/days' a text states (any of the three languages), as written."""
    found: dict[tuple[int, str], str] = {}
    for m in _PERIOD.finditer(text):
        num = m.group("num").lower()
        value = int(num) if num.isdigit() else _NUMBER_WORDS[num]
        found.setdefault((value, _unit_of(m.group("unit"))), m.group(0))
    return found


def rule_periods(rule: RetentionRuleLike) -> set[tuple[int, str]]:
    parts = ((rule.period_years, "year"), (rule.period_months, "month"), (rule.period_days, "day"))
    return {(n, unit) for n, unit in parts if n}


# --- the check ----------------------------------------------------------------


def _sections(doc: NoticeDocument, key: SectionKey) -> list[Section]:
    return doc.covering(key)


def _first_id(doc: NoticeDocument, key: SectionKey) -> str | None:
    found = doc.find(key)
    return found.id if found else None


def check_required(doc: NoticeDocument) -> list[Finding]:
    findings = []
    for key in RECOMMENDED_KEYS:
        sections = _sections(doc, key)
        if not sections or all(s.is_empty() for s in sections):
            findings.append(
                Finding(
                    Severity.RECOMMENDED,
                    "recommended",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck", "Recommended, not required by law: {item}."
                        ),
                        {"item": key.label()},
                    ),
                    key,
                    sections[0].id if sections else None,
                )
            )
    for key in REQUIRED_KEYS:
        sections = _sections(doc, key)
        if not sections:
            findings.append(
                Finding(
                    Severity.MISSING,
                    "missing",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP("NoticeCheck", "Missing: {item}."),
                        {"item": key.label()},
                    ),
                    key,
                )
            )
        elif all(s.is_empty() for s in sections):
            findings.append(
                Finding(
                    Severity.MISSING,
                    "empty",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP("NoticeCheck", "Empty: {item}."),
                        {"item": key.label()},
                    ),
                    key,
                    sections[0].id,
                )
            )
    return findings


def check_outdated(doc: NoticeDocument) -> list[Finding]:
    findings = []
    for s in doc.sections:
        text = f"{s.title}\n{s.body}"
        if _REPEALED_LAW.search(text):
            findings.append(
                Finding(
                    Severity.WARNING,
                    "repealed_law",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "“{title}” cites the Personal Data Act 523/1999, repealed on "
                            "1.1.2019. Refer to the GDPR and the Data Protection Act 1050/2018.",
                        ),
                        {"title": s.title},
                    ),
                    s.key,
                    s.id,
                )
            )
        if _PRIVACY_SHIELD.search(text):
            findings.append(
                Finding(
                    Severity.WARNING,
                    "privacy_shield",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "“{title}” relies on Privacy Shield, which the EU Court of Justice "
                            "invalidated in 2020. Name a valid safeguard.",
                        ),
                        {"title": s.title},
                    ),
                    s.key,
                    s.id,
                )
            )
    return findings


def check_rights(doc: NoticeDocument) -> list[Finding]:
    sections = _sections(doc, SectionKey.RIGHTS)
    if not sections or all(s.is_empty() for s in sections):
        return []
    text = " ".join(plain_text(s.body) for s in sections).lower()
    findings = []
    for code, (label, words) in RIGHTS_VOCABULARY.items():
        if not any(w in text for w in words):
            findings.append(
                Finding(
                    Severity.WARNING,
                    f"right_{code}",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck", "The rights section does not mention {right}."
                        ),
                        {"right": translate(CTX, label)},  # like key.label(): UI language
                    ),
                    SectionKey.RIGHTS,
                    sections[0].id,
                )
            )
    return findings


def check_retention(
    doc: NoticeDocument,
    rules: Sequence[RetentionRuleLike],
    backup_days: int | None,
    review_months: int | None = None,
    suppression_years: int | None = None,
) -> list[Finding]:
    section = next(iter(doc.covering(SectionKey.RETENTION)), None)
    enabled = [r for r in rules if r.enabled]
    if section is None or section.is_empty() or not enabled:
        return []
    stated = stated_periods(plain_text(section.body))
    findings = []
    known: set[tuple[int, str]] = set()
    for rule in enabled:
        periods = rule_periods(rule)
        known |= periods
        if periods and not periods <= stated.keys():
            findings.append(
                Finding(
                    Severity.WARNING,
                    "retention_rule_absent",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "The retention section does not state the period of the rule "
                            "“{rule}” that the review enforces.",
                        ),
                        {"rule": rule.name},
                    ),
                    SectionKey.RETENTION,
                    section.id,
                )
            )
    if backup_days:
        known.add((backup_days, "day"))
    if review_months:  # "two reviews are at most 2 years apart" is no retention period
        years, months = divmod(review_months, 12)
        known |= {(n, unit) for n, unit in ((years, "year"), (months, "month")) if n}
    if suppression_years:  # how long the do-not-contact check values are kept
        known.add((suppression_years, "year"))
    for period in sorted(stated.keys() - known):
        findings.append(
            Finding(
                Severity.WARNING,
                "retention_unknown_period",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "NoticeCheck",
                        "The retention section states a period (“{period}”) that no "
                        "retention rule has.",
                    ),
                    {"period": stated[period]},
                ),
                SectionKey.RETENTION,
                section.id,
            )
        )
    return findings


def check_transfers(doc: NoticeDocument, processors: Sequence[Processor]) -> list[Finding]:
    findings = []
    section = next(iter(doc.covering(SectionKey.TRANSFERS)), None)
    section_id = section.id if section else None
    for p in processors:
        if p.outside_eea and not p.safeguard:
            findings.append(
                Finding(  # an error: the notice would claim a safeguard that is not there
                    Severity.ERROR,
                    "transfer_no_safeguard",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "{name} processes data outside the EU/EEA but no safeguard is "
                            "named for it in Settings.",
                        ),
                        {"name": p.name},
                    ),
                    SectionKey.TRANSFERS,
                    section_id,
                    "processors",
                )
            )
        elif p.outside_eea and section and p.name.lower() not in section.body.lower():
            findings.append(
                Finding(  # an error: the notice would hide (or deny) a transfer that happens
                    Severity.ERROR,
                    "transfer_not_named",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "{name} processes data outside the EU/EEA but the "
                            "transfers section does not name it.",
                        ),
                        {"name": p.name},
                    ),
                    SectionKey.TRANSFERS,
                    section_id,
                    "processors",
                )
            )
    already_warned = any(f.code == "transfer_no_safeguard" for f in findings)
    if section and not section.is_empty() and not already_warned:
        text = plain_text(section.body)
        transfers = (
            not _NEGATED_TRANSFER.search(text)
            or _EXCEPTION.search(text)
            or _POSITIVE_TRANSFER.search(text)
        )
        named = any(p.safeguard and p.safeguard.lower() in text.lower() for p in processors)
        safeguarded = named or _SAFEGUARD.search(text) or _PRIVACY_SHIELD.search(text)
        if transfers and not safeguarded:
            findings.append(
                Finding(
                    Severity.WARNING,
                    "transfer_text_no_safeguard",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "The transfers section allows transfers outside the EU/EEA but "
                            "names no safeguard (standard contractual clauses, an adequacy "
                            "decision).",
                        ),
                    ),
                    SectionKey.TRANSFERS,
                    section.id,
                )
            )
    return findings


def check_processors(doc: NoticeDocument, processors: Sequence[Processor]) -> list[Finding]:
    text = doc.full_text().lower()
    return [
        Finding(
            Severity.WARNING,
            "processor_absent",
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "NoticeCheck",
                    "The processor {name} is listed in Settings but not named in the notice.",
                ),
                {"name": p.name},
            ),
            SectionKey.RECIPIENTS_PROCESSORS,
            _first_id(doc, SectionKey.RECIPIENTS_PROCESSORS),
        )
        for p in processors
        if p.name and p.name.lower() not in text
    ]


def check_categories(doc: NoticeDocument, field_labels: Sequence[str]) -> list[Finding]:
    """Fields the register holds (e.g. henkilötunnus) that the data section does not name."""
    sections = doc.covering(SectionKey.DATA_CATEGORIES)
    if not sections or all(s.is_empty() for s in sections):
        return []
    text = " ".join(plain_text(s.body) for s in sections).lower()
    findings = []
    for label in field_labels:
        core = label.split(" (")[0].strip().lower()
        if core and not mentions(text, core, doc.language):
            findings.append(
                Finding(
                    Severity.WARNING,
                    "category_absent",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "The register holds “{field}” but the data section does not name it.",
                        ),
                        {"field": core},
                    ),
                    SectionKey.DATA_CATEGORIES,
                    sections[0].id,
                )
            )
    return findings


@dataclass(frozen=True)
class CheckContext:
    """What the register knows that the notice's text is checked against."""

    rules: Sequence[RetentionRuleLike] = ()
    processors: Sequence[Processor] = ()
    backup_days: int | None = None
    field_labels: Sequence[str] = ()
    review_months: int | None = 12
    controller: ControllerFacts | None = None
    encrypted: bool | None = None
    suppression_years: int | None = 5


#: One kind of finding: reads the notice and the register's facts.
Finder = Callable[[NoticeDocument, CheckContext], Iterable[Finding]]


def _law(doc: NoticeDocument, ctx: CheckContext) -> list[LawFinding]:
    return [
        *check_hollow(doc, ctx.controller, ctx.processors),
        *check_bases(doc),
        *check_security_promise(doc, ctx.encrypted),
        *check_suppression_period(
            doc, ctx.suppression_years, lambda text: set(stated_periods(text))
        ),
    ]


def _law_errors(doc: NoticeDocument, ctx: CheckContext) -> list[Finding]:
    return [_finding(f) for f in _law(doc, ctx) if f.error]


def _law_warnings(doc: NoticeDocument, ctx: CheckContext) -> list[Finding]:
    return [_finding(f) for f in _law(doc, ctx) if not f.error]


#: Every finding the check makes, in the order the user reads them. A new kind of
#: finding is one more entry here (``FINDERS.append(...)`` from its own module works too).
FINDERS: list[Finder] = [
    _law_errors,
    lambda doc, ctx: check_required(doc),
    lambda doc, ctx: check_outdated(doc),
    lambda doc, ctx: check_categories(doc, ctx.field_labels),
    lambda doc, ctx: check_rights(doc),
    lambda doc, ctx: check_retention(
        doc, ctx.rules, ctx.backup_days, ctx.review_months, ctx.suppression_years
    ),
    lambda doc, ctx: check_transfers(doc, ctx.processors),
    lambda doc, ctx: check_processors(doc, ctx.processors),
    lambda doc, ctx: [_finding(f) for f in check_agreements(ctx.processors)],
    _law_warnings,
]


def check_notice(
    doc: NoticeDocument,
    rules: Sequence[RetentionRuleLike] = (),
    processors: Sequence[Processor] = (),
    backup_days: int | None = None,
    field_labels: Sequence[str] = (),
    review_months: int | None = 12,
    controller: ControllerFacts | None = None,
    encrypted: bool | None = None,
    suppression_years: int | None = 5,
) -> list[Finding]:
    """All findings, hollow text first, then required items, then warnings.

    `field_labels` name the fields the register holds, in the notice's language;
    `review_months` is the review interval the retention section states (default: the
    register's default interval).
    """
    ctx = CheckContext(
        rules, processors, backup_days, field_labels, review_months, controller, encrypted,
        suppression_years,
    )  # fmt: skip
    return [finding for finder in FINDERS for finding in finder(doc, ctx)]


def _finding(f: LawFinding) -> Finding:
    severity = Severity.ERROR if f.error else Severity.WARNING
    return Finding(severity, f.code, f.message, f.section_key, f.section_id, f.setting)


def blocking(findings: Sequence[Finding]) -> list[Finding]:
    """Findings that stop publishing: the notice would print something hollow or false."""
    return [f for f in findings if f.severity == Severity.ERROR]


def missing_keys(findings: Sequence[Finding]) -> list[SectionKey]:
    return [f.section_key for f in findings if f.severity == Severity.MISSING and f.section_key]
