"""Import an existing notice written by hand in a word processor.

The text is split into sections by its headings (numbered or not, Finnish,
Swedish or English), each heading is mapped to the checklist items it covers,
and what could not be placed is reported so that the user can confirm before
anything replaces the draft. Heading detection in plain text is deliberately
conservative: an unnumbered line counts as a heading only when it reads like
one of the checklist's headings, so that short body lines ("Koulutustodistukset")
stay body text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rekisteri.core.notice.check import Finding, check_notice, check_outdated
from rekisteri.core.notice.document import (
    REQUIRED_KEYS,
    NoticeDocument,
    Section,
    SectionKey,
)
from rekisteri.core.notice.import_contact import split_closing_contact
from rekisteri.core.notice.import_headings import body_covers, classify_heading
from rekisteri.core.notice.import_markdown import (
    bold_line_text,
    html_to_markdown,
    looks_like_html,
    normalize,
)
from rekisteri.core.notice.templates import Processor, RetentionRuleLike

_TITLE_WORDS = re.compile(
    r"^(tietosuojaseloste|tietosuoja-?\s*/?\s*rekisteriseloste|rekisteriseloste|"
    r"dataskyddsbeskrivning|privacy (notice|policy)|integritetspolicy|tietosuojakäytäntö)$",
    re.IGNORECASE,
)
_NUMBER_PREFIX = re.compile(r"^\d{1,2}[.)]?\s+")
_NUMBERED = re.compile(r"^(\d{1,2})[.)]?\s+(\S.*)$")
_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")
_DATE_LABEL = re.compile(
    r"^(päivitetty(\s+viimeksi)?|laatimispäivä|päiväys|päivämäärä|(senast\s+)?uppdaterad|"
    r"datum|updated|last updated|date)\b[:\s]*",
    re.IGNORECASE,
)
#: A line with one of these verbs is a sentence, not a heading ("Rekisterin tarkoituksena on").
_VERB = re.compile(r"\b(on|ovat|ei|voi|voidaan|är|kan|finns|is|are|can|will)\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[•·▪◦]|\*(?!\*)|-(?=\s))\s*")  # "**" opens bold, not a list


# --- splitting -----------------------------------------------------------------


@dataclass(frozen=True)
class ImportedSection:
    heading: str
    keys: tuple[SectionKey, ...]
    body: str

    @property
    def placed(self) -> bool:
        return bool(self.keys)


@dataclass(frozen=True)
class ImportResult:
    document: NoticeDocument
    sections: tuple[ImportedSection, ...]
    preamble: str
    unplaced: tuple[str, ...]
    missing: tuple[SectionKey, ...]
    #: The check's findings on the imported text, including its preamble
    #: (where hand-made notices tend to cite the repealed Personal Data Act).
    findings: tuple[Finding, ...] = ()

    @property
    def left_out(self) -> str:
        """Preamble lines the draft does not hold: neither the title nor the date line."""
        dated = {s.body for s in self.document.sections if s.key == SectionKey.LAST_UPDATED}
        return "\n".join(
            line
            for line in self.preamble.split("\n")
            if line.strip()
            and not _TITLE_WORDS.match(line.strip().strip("*#").strip())
            and line.strip() not in dated
        )


@dataclass
class _Heading:
    title: str
    keys: tuple[SectionKey, ...]
    date_line: bool = False


def _clean_body_line(line: str) -> str:
    stripped = line.strip()
    if _BULLET.match(line) and stripped not in ("-", "*"):
        return "- " + _BULLET.sub("", line).strip()
    return stripped


def _heading_of(line: str, explicit: bool, last_number: int) -> tuple[_Heading | None, int]:
    """Decide whether one line is a heading; returns it and the last section number seen."""
    raw = line.rstrip()
    text = raw.strip()
    if not explicit and (bold := bold_line_text(text)) is not None:
        text = bold  # a bold-only line reads as a heading when its words make one
    if not text:
        return None, last_number
    if explicit:
        if _DATE_LABEL.match(text) and _DATE.search(text) and len(text) <= 60:
            return _Heading(text, (SectionKey.LAST_UPDATED,), date_line=True), last_number
        m = re.match(r"^#{1,6}\s+(.*)$", text)
        if not m:
            return None, last_number
        title = m.group(1).strip().strip("*").strip()
        numbered = _NUMBERED.match(title)
        if numbered:
            title = numbered.group(2).strip()
        return _Heading(title, classify_heading(title)), last_number
    if _DATE_LABEL.match(text) and _DATE.search(text) and len(text) <= 60:
        return _Heading(text, (SectionKey.LAST_UPDATED,), date_line=True), last_number
    if len(text) > 100 or text.endswith((".", ",", ";", "!", "?")):
        return None, last_number
    numbered = _NUMBERED.match(text)
    if numbered and not raw[:1].isspace():
        number = int(numbered.group(1))
        title = numbered.group(2).strip()
        if number > last_number and title[:1].isupper() and len(title) <= 90:
            return _Heading(title, classify_heading(title)), number
        return None, last_number
    words = text.rstrip(":").split()
    if text.endswith(":") and len(words) > 3:
        return None, last_number
    if len(words) > 12 or not text[:1].isupper() or _VERB.search(text):
        return None, last_number
    keys = classify_heading(text.rstrip(":"))
    if keys:
        return _Heading(text.rstrip(":").strip(), keys), last_number
    return None, last_number


def _generic_heading(lines: list[str], i: int) -> _Heading | None:
    """A heading outside the checklist's vocabulary ("Evästeet verkkosivuilla").

    Only a standalone short line between a finished sentence and a real paragraph
    counts, so that one-line list items of a hand-made notice stay body text.
    """
    text = lines[i].strip()
    text = bold_line_text(text) or text
    words = text.split()
    if not (2 <= len(words) <= 10 and len(text) <= 80 and text[:1].isupper()):
        return None
    if text.endswith((".", ",", ";", ":", "!", "?")) or _VERB.search(text):
        return None
    if i == 0 or i + 1 >= len(lines) or lines[i - 1].strip() or lines[i + 1].strip():
        return None
    before = next((line.strip() for line in reversed(lines[:i]) if line.strip()), "")
    after = next((line.strip() for line in lines[i + 1 :] if line.strip()), "")
    finished = before.endswith((".", "!", "?")) or bool(_BULLET.match(before))
    if not finished or len(after) <= 60 or _BULLET.match(after):  # a list's lead-in
        return None
    return _Heading(text, ())


def _is_numbered_document(lines: list[str]) -> bool:
    count = 0
    for line in lines:
        m = _NUMBERED.match(line.rstrip())
        if m and not line[:1].isspace() and m.group(2)[:1].isupper():
            count += 1
    return count >= 3


def split_sections(text: str) -> tuple[str, list[tuple[_Heading, str]]]:
    """The preamble and each (heading, body) pair in document order."""
    if looks_like_html(text):
        text = html_to_markdown(text)
    text = normalize(text, lambda title: bool(classify_heading(_NUMBER_PREFIX.sub("", title))))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    explicit = any(re.match(r"^\s*#{1,6}\s+\S", line) for line in lines)
    generic_allowed = not explicit and not _is_numbered_document(lines)

    preamble: list[str] = []
    sections: list[tuple[_Heading, list[str]]] = []
    last_number = 0
    after_date = False
    for i, line in enumerate(lines):
        heading, last_number = _heading_of(line, explicit, last_number)
        if heading is None and sections and not explicit:
            generic = _generic_heading(lines, i)
            if generic_allowed:
                heading = generic
            elif generic is not None:  # numbered sections: an unnumbered one is a sub-heading
                line = f"**{generic.title}**"
        if heading and explicit and not sections and _TITLE_WORDS.match(heading.title):
            preamble.append(heading.title)
            continue
        if heading:
            sections.append((heading, [heading.title] if heading.date_line else []))
            after_date = heading.date_line
            continue
        if after_date and line.strip():
            # Text after a "Päivitetty 6.4.2018" line starts something new (seed 000
            # has a second register's notice there): its first line names it.
            first = line.strip()
            sections.append((_Heading(first if len(first) <= 100 else "", ()), []))
            after_date = False
            if len(first) <= 100:
                continue
        if sections:
            sections[-1][1].append(line)
        else:
            preamble.append(line)
    result = []
    for heading, body_lines in sections:
        body = "\n".join(_clean_body_line(b) for b in body_lines)
        body = re.sub(r"\n{3,}", "\n\n", body).strip()
        result.append((heading, body))
    return "\n".join(p.strip() for p in preamble if p.strip()), result


def _preamble_date(preamble: str) -> str | None:
    for line in preamble.split("\n"):
        stripped = line.strip()
        if _DATE.search(stripped) and (
            _DATE_LABEL.match(stripped) or _DATE.fullmatch(stripped.replace(" ", ""))
        ):
            return stripped
    return None


def import_notice(
    text: str,
    language: str = "fi",
    title: str = "",
    rules: Sequence[RetentionRuleLike] = (),
    processors: Sequence[Processor] = (),
    backup_days: int | None = None,
    field_labels: Sequence[str] = (),
    **facts: Any,
) -> ImportResult:
    """Split `text` into checklist sections; unplaced parts become custom sections.

    ``facts`` are the rest of the register's facts the check reads (``check_notice``'s
    review_months, controller, encrypted, suppression_years), so that the import report
    shows the same findings the editor will.

    The rules and processors from the register let the check compare the old text
    with what the register now enforces.
    """
    preamble, pairs = split_sections(text)
    imported: list[ImportedSection] = []
    sections: list[Section] = []
    date_line = _preamble_date(preamble)
    if date_line and not any(h.date_line for h, _ in pairs):
        imported.append(ImportedSection(date_line, (SectionKey.LAST_UPDATED,), date_line))
        sections.append(Section(key=SectionKey.LAST_UPDATED, title=date_line, body=date_line))
    for heading, body in pairs:
        keys = heading.keys
        imported.append(ImportedSection(heading.title, keys, body))
        if keys:
            extra = tuple(k for k in body_covers(body) if k not in keys)
            sections.append(
                Section(key=keys[0], title=heading.title, body=body, covers=keys[1:] + extra)
            )
        else:
            sections.append(Section(key=SectionKey.CUSTOM, title=heading.title, body=body))
    contact = split_closing_contact(sections, language)
    if contact is not None:
        imported.append(ImportedSection(contact.title, (SectionKey.CONTACT_PERSON,), contact.body))
    if sections and sections[0].key == SectionKey.LAST_UPDATED and len(sections) > 1:
        # A date at the top of the notice belongs with the other closing matter.
        sections.append(sections.pop(0))
    doc = NoticeDocument(language=language, title=title, sections=tuple(sections))
    covered = doc.keys()
    findings = check_notice(doc, rules, processors, backup_days, field_labels, **facts)
    if preamble:
        opening = Section(SectionKey.CUSTOM, preamble.split("\n")[0], preamble)
        findings += check_outdated(NoticeDocument(language, title, (opening,)))
    return ImportResult(
        findings=tuple(findings),
        document=doc,
        sections=tuple(imported),
        preamble=preamble,
        unplaced=tuple(s.heading for s in imported if not s.placed),
        missing=tuple(k for k in REQUIRED_KEYS if k not in covered),
    )


__all__ = [
    "ImportResult",
    "ImportedSection",
    "body_covers",
    "classify_heading",
    "import_notice",
    "split_sections",
]
