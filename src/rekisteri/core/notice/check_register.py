"""Checks of the notice against what the register knows: its retention rules, its service
providers and where they work, and the fields it holds."""

from __future__ import annotations

from collections.abc import Sequence

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.notice.check_words import (
    EXCEPTION,
    NEGATED_TRANSFER,
    POSITIVE_TRANSFER,
    PRIVACY_SHIELD,
    SAFEGUARD,
    rule_periods,
    stated_periods,
)
from rekisteri.core.notice.document import NoticeDocument, Section, SectionKey
from rekisteri.core.notice.findings import CTX, Finding, Severity
from rekisteri.core.notice.markup import plain_text
from rekisteri.core.notice.templates import Processor, RetentionRuleLike
from rekisteri.core.notice.words import mentions


def _other_periods(
    backup_days: int | None, review_months: int | None, suppression_years: int | None
) -> set[tuple[int, str]]:
    """Periods the retention section may state that are no rule's: backups kept, the review
    interval, the do-not-contact check values kept."""
    known: set[tuple[int, str]] = set()
    if backup_days:
        known.add((backup_days, "day"))
    if review_months:  # "two reviews are at most 2 years apart" is no retention period
        years, months = divmod(review_months, 12)
        known |= {(n, unit) for n, unit in ((years, "year"), (months, "month")) if n}
    if suppression_years:
        known.add((suppression_years, "year"))
    return known


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
    known |= _other_periods(backup_days, review_months, suppression_years)
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
        findings += _transfer_text(section, processors)
    return findings


def _transfer_text(section: Section, processors: Sequence[Processor]) -> list[Finding]:
    """The transfers text allows transfers (says so, or denies them with an exception) but
    names no safeguard for them."""
    findings: list[Finding] = []
    text = plain_text(section.body)
    transfers = (
        not NEGATED_TRANSFER.search(text)
        or EXCEPTION.search(text)
        or POSITIVE_TRANSFER.search(text)
    )
    named = any(p.safeguard and p.safeguard.lower() in text.lower() for p in processors)
    safeguarded = named or SAFEGUARD.search(text) or PRIVACY_SHIELD.search(text)
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
    found = doc.find(SectionKey.RECIPIENTS_PROCESSORS)
    section_id = found.id if found else None
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
            section_id,
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
