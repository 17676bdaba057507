"""A closing contact paragraph of an imported notice becomes its contact section.

Hand-made notices often end their last section with "Lisätietoja antaa …, puh. …" with
no heading of its own; left there it sits in the wrong section (often security or
rights) and the check reports the contact as missing although the text gives it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rekisteri.core.notice.document import Section, SectionKey
from rekisteri.core.notice.templates import load_template

_CUE = re.compile(
    r"^(lisätieto|yhtey|kysymy|tiedustel|frågor|kontakt|mer information|ytterligare "
    r"information|questions|contact|further information|for more information)",
    re.IGNORECASE,
)
_REACH = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d \-]{6,}\d")
_NOT_FROM = {SectionKey.CONTROLLER, SectionKey.CONTACT_PERSON, SectionKey.LAST_UPDATED}


def _contact_title(language: str) -> str:
    try:
        sections = load_template(language)["sections"]
    except (OSError, KeyError, ValueError):
        return ""
    return next((s["title"] for s in sections if s["key"] == SectionKey.CONTACT_PERSON), "")


def split_closing_contact(sections: list[Section], language: str) -> Section | None:
    """Move a closing contact paragraph into a new contact section; returns that section."""
    if any(SectionKey.CONTACT_PERSON in s.all_keys() for s in sections):
        return None
    index = next(
        (i for i in range(len(sections) - 1, -1, -1) if sections[i].key != SectionKey.LAST_UPDATED),
        None,
    )
    if index is None or set(sections[index].all_keys()) & _NOT_FROM:
        return None
    paragraphs = sections[index].body.split("\n\n")
    last = paragraphs[-1].strip()
    if len(paragraphs) < 2 or not _CUE.match(last) or not _REACH.search(last):
        return None
    body = "\n\n".join(paragraphs[:-1]).strip()
    sections[index] = replace(sections[index], body=body)
    contact = Section(key=SectionKey.CONTACT_PERSON, title=_contact_title(language), body=last)
    sections.insert(index + 1, contact)
    return contact
