"""Completeness check of a notice against GDPR Art. 13/14 and against the register.

Findings are of two kinds: a required item missing or empty (the notice is not
lawful without it) and warnings (outdated law, text that disagrees with the
configured retention rules or processors). Each names the section to jump to.

This module runs every finder (``FINDERS``) and checks which sections are there;
``check_register`` compares the text with the register, ``check_law`` with the law.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.notice.check_law import (
    LawFinding,
    check_bases,
    check_hollow,
    check_security_promise,
    check_suppression_period,
)
from rekisteri.core.notice.check_processors import check_agreements
from rekisteri.core.notice.check_register import (
    check_categories,
    check_processors,
    check_retention,
    check_transfers,
)
from rekisteri.core.notice.check_words import (
    PRIVACY_SHIELD,
    REPEALED_LAW,
    RIGHTS_VOCABULARY,
    stated_periods,
)
from rekisteri.core.notice.document import (
    RECOMMENDED_KEYS,
    REQUIRED_KEYS,
    NoticeDocument,
    Section,
    SectionKey,
)
from rekisteri.core.notice.findings import CTX, Finding, Severity
from rekisteri.core.notice.markup import plain_text
from rekisteri.core.notice.templates import ControllerFacts, Processor, RetentionRuleLike

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
        if REPEALED_LAW.search(text):
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
        if PRIVACY_SHIELD.search(text):
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
    return run_checks(doc, ctx)


def run_checks(doc: NoticeDocument, ctx: CheckContext) -> list[Finding]:
    """Every finder's findings, in ``FINDERS`` order (``check_notice`` with the facts held)."""
    return [finding for finder in FINDERS for finding in finder(doc, ctx)]


def _finding(f: LawFinding) -> Finding:
    severity = Severity.ERROR if f.error else Severity.WARNING
    return Finding(severity, f.code, f.message, f.section_key, f.section_id, f.setting)


def blocking(findings: Sequence[Finding]) -> list[Finding]:
    """Findings that stop publishing: the notice would print something hollow or false."""
    return [f for f in findings if f.severity == Severity.ERROR]


def missing_keys(findings: Sequence[Finding]) -> list[SectionKey]:
    return [f.section_key for f in findings if f.severity == Severity.MISSING and f.section_key]


__all__ = [
    "CTX",
    "FINDERS",
    "RIGHTS_VOCABULARY",
    "CheckContext",
    "Finder",
    "Finding",
    "Severity",
    "blocking",
    "check_categories",
    "check_notice",
    "check_outdated",
    "check_processors",
    "check_required",
    "check_retention",
    "check_rights",
    "check_transfers",
    "missing_keys",
    "run_checks",
]
