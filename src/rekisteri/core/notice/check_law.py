"""Findings about what the notice *says*, beyond which sections it has.

- Hollow text: a setting the notice prints is empty, so the published text would read
  "send your request to ." (an error: such a notice cannot be published).
- A purpose with no legal basis (GDPR Art. 13(1)(c) asks for the basis of each purpose).
- The old-law basis "asiallinen yhteys" (Personal Data Act 523/1999, repealed 2019).
- A promise of encrypted backups while the register is not encrypted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.notice.document import NoticeDocument, Section, SectionKey
from rekisteri.core.notice.markup import plain_text
from rekisteri.core.notice.templates import ControllerFacts, Processor

CTX = "NoticeCheck"


@dataclass(frozen=True)
class LawFinding:
    """The fields of ``check.Finding``; check.py wraps these (it owns the Severity enum)."""

    error: bool
    code: str
    message: Message
    section_key: SectionKey | None = None
    section_id: str | None = None
    setting: str | None = None


# The settings the notice prints, the words that name them, and where they are set.
_CONTROLLER_FIELDS = (
    ("business_name", QT_TRANSLATE_NOOP("NoticeCheck", "the business name")),
    ("email", QT_TRANSLATE_NOOP("NoticeCheck", "the business e-mail address")),
    ("street", QT_TRANSLATE_NOOP("NoticeCheck", "the business street address")),
    ("postcode", QT_TRANSLATE_NOOP("NoticeCheck", "the business postcode")),
    ("city", QT_TRANSLATE_NOOP("NoticeCheck", "the business town or city")),
    # The objection section promises "by phone"; the contact section names a person.
    ("phone", QT_TRANSLATE_NOOP("NoticeCheck", "the business phone number")),
    ("contact_person_name", QT_TRANSLATE_NOOP("NoticeCheck", "the contact person's name")),
)

# A word followed by a lone punctuation mark, or empty brackets: where a blank was printed.
_BLANK = re.compile(r"\w[ \t]+[.,;:](?=\s|$)|\(\s*\)|\[\s*\]", re.MULTILINE)

_BASIS_WORDS = re.compile(
    r"sopimu|suostumu|oikeutettu|oikeutetun|oikeutettuun|lakisääteinen|lakisääteis|"
    r"velvoite|velvoitte|\blaki|\blain\b|kirjanpitolai|\b6\s*art|artiklan?\s*6|"
    r"avtal|samtycke|berättigat|berättigade|rättslig|förpliktelse|\blag\b|lagen|"
    r"contract|consent|legitimate interest|legal obligation|\blaw\b|\bact\b|article\s*6",
    re.IGNORECASE,
)
_OLD_BASIS = re.compile(r"asiallinen\s+yhteys|asiallis\w*\s+yhtey\w*|saklig\s+koppling", re.I)
_ENCRYPTION_PROMISE = re.compile(r"salat|salaus|krypter|encrypt", re.IGNORECASE)
_BACKUP_WORDS = re.compile(r"varmuuskop|säkerhetskop|backup", re.IGNORECASE)


def check_hollow(
    doc: NoticeDocument, controller: ControllerFacts | None, processors: Sequence[Processor]
) -> list[LawFinding]:
    """Settings the notice prints but that are empty, and blanks left in the text."""
    # The settings named explain the blanks they leave in the text: those come only after.
    return _hollow_settings(doc, controller, processors) or _hollow_text(doc)


def _hollow_settings(
    doc: NoticeDocument, controller: ControllerFacts | None, processors: Sequence[Processor]
) -> list[LawFinding]:
    findings: list[LawFinding] = []
    if controller is not None:
        first = doc.find(SectionKey.CONTROLLER)
        for name, words in _CONTROLLER_FIELDS:
            if not str(getattr(controller, name, "")).strip():
                findings.append(
                    LawFinding(
                        True,
                        "hollow_setting",
                        Message(
                            CTX,
                            QT_TRANSLATE_NOOP(
                                "NoticeCheck",
                                "Empty: {what}. The notice prints it, so fill it in "
                                "Settings → General.",
                            ),
                            {"what": Message(CTX, words)},
                        ),
                        SectionKey.CONTROLLER,
                        first.id if first else None,
                        f"controller.{name}",
                    )
                )
    for p in processors:
        if not p.name.strip():
            findings.append(
                LawFinding(
                    True,
                    "hollow_processor",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "A service provider has no name. Name it in Settings → Processors.",
                        ),
                    ),
                    SectionKey.RECIPIENTS_PROCESSORS,
                    None,
                    "processors",
                )
            )
    return findings


def _hollow_text(doc: NoticeDocument) -> list[LawFinding]:
    findings: list[LawFinding] = []
    for s in doc.sections:
        body = plain_text(s.body)
        m = _BLANK.search(body)
        if m is not None:
            excerpt = " ".join(body[max(0, m.start() - 30) : m.end()].split())
            findings.append(
                LawFinding(
                    True,
                    "hollow_text",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "“{title}” has a blank where a name, address or other detail "
                            "should be: “…{text}”.",
                        ),
                        {"title": s.title, "text": excerpt},
                    ),
                    s.key,
                    s.id,
                )
            )
    return findings


def _bullets(text: str) -> list[str]:
    return [
        plain_text(line.lstrip("-•*– ").strip())
        for line in text.splitlines()
        if line.lstrip().startswith(("- ", "• ", "* ", "– "))
    ]


def check_bases(doc: NoticeDocument) -> list[LawFinding]:
    """Each listed purpose names its legal basis; no basis from the repealed law."""
    findings: list[LawFinding] = []
    for s in doc.covering(SectionKey.PURPOSES_LEGAL_BASIS):
        findings += _purposes_without_basis(s)
    for s in doc.sections:
        if _OLD_BASIS.search(f"{s.title}\n{s.body}"):
            findings.append(
                LawFinding(
                    False,
                    "old_law_basis",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "“{title}” gives “asiallinen yhteys” as a basis: that was the "
                            "repealed Personal Data Act's. Name a basis of GDPR Art. 6.",
                        ),
                        {"title": s.title},
                    ),
                    s.key,
                    s.id,
                )
            )
    return findings


def _purposes_without_basis(s: Section) -> list[LawFinding]:
    """When some purposes name a basis, each that does not; else the section if none does."""
    findings: list[LawFinding] = []
    text = s.body  # the markup, whose "- " marks the list items
    has_basis_list = sum(bool(_BASIS_WORDS.search(b)) for b in _bullets(text))
    for purpose in _bullets(text):
        if has_basis_list and not _BASIS_WORDS.search(purpose):
            findings.append(
                LawFinding(
                    False,
                    "purpose_no_basis",
                    Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "NoticeCheck",
                            "The purpose “{purpose}” names no legal basis (GDPR Art. "
                            "13(1)(c)): add contract, legal obligation, legitimate "
                            "interest or consent.",
                        ),
                        {"purpose": purpose[:80]},
                    ),
                    s.key,
                    s.id,
                )
            )
    if not has_basis_list and _bullets(text) and not _BASIS_WORDS.search(text):
        findings.append(
            LawFinding(
                False,
                "purpose_no_basis",
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "NoticeCheck",
                        "The purposes name no legal basis (GDPR Art. 13(1)(c)).",
                    ),
                ),
                s.key,
                s.id,
            )
        )
    return findings


_CHECK_VALUES = re.compile(r"tarkiste|kontrollvärde|check value", re.IGNORECASE)


def check_suppression_period(
    doc: NoticeDocument, years: int | None, stated: Callable[[str], set[tuple[int, str]]]
) -> list[LawFinding]:
    """The notice's promise on the do-not-contact check values matches the setting."""
    if not years:
        return []
    findings: list[LawFinding] = []
    for s in doc.covering(SectionKey.RETENTION):
        for sentence in re.split(r"(?<=[.!?])\s+", plain_text(s.body)):
            if not _CHECK_VALUES.search(sentence):
                continue
            periods = stated(sentence)
            if periods and (years, "year") not in periods:
                findings.append(
                    LawFinding(
                        True,
                        "suppression_period",
                        Message(
                            CTX,
                            QT_TRANSLATE_NOOP(
                                "NoticeCheck",
                                "The notice says how long the do-not-contact check values "
                                "are kept, but Settings keeps them {years} years. Update the "
                                "retention section from the register.",
                            ),
                            {"years": years},
                        ),
                        s.key,
                        s.id,
                        "retention.suppression_years",
                    )
                )
    return findings


def check_security_promise(doc: NoticeDocument, encrypted: bool | None) -> list[LawFinding]:
    """The notice must not promise encrypted backups that the register does not make."""
    if encrypted is None or encrypted:
        return []
    findings: list[LawFinding] = []
    for s in doc.covering(SectionKey.SECURITY):
        for sentence in re.split(r"(?<=[.!?])\s+", plain_text(s.body)):
            if _ENCRYPTION_PROMISE.search(sentence) and _BACKUP_WORDS.search(sentence):
                findings.append(
                    LawFinding(
                        False,
                        "encryption_promise",
                        Message(
                            CTX,
                            QT_TRANSLATE_NOOP(
                                "NoticeCheck",
                                "The notice promises encrypted backups, but encryption is off. "
                                "Turn it on in Settings → Security or change the sentence.",
                            ),
                        ),
                        s.key,
                        s.id,
                        "security.encryption",
                    )
                )
                break
    return findings
