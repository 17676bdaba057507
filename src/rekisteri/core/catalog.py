"""Qt Linguist catalogues read without Qt, for documents in a language other than the UI's.

Qt's translator serves one language (the UI's). A notice, access pack or letter picks its own
language per document, and the core renders it without Qt, so we read the same ``.ts`` sources
the translators edit (shipped next to the ``.qm`` files) with ``xml.etree``. Unfinished,
obsolete and vanished entries are skipped exactly as ``lrelease`` skips them, so a document
never shows a half-done translation the UI would not show either.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import rekisteri

CATALOG_PREFIX = "rekisteri_"
_SKIPPED_TYPES = {"unfinished", "obsolete", "vanished"}


def translations_dirs() -> tuple[Path, ...]:
    """Where catalogues may be: inside the installed package, then the source checkout."""
    package = Path(rekisteri.__file__).resolve().parent
    return (package / "translations", package.parent.parent / "translations")


def catalog_path(lang: str, suffix: str = ".ts") -> Path | None:
    for folder in translations_dirs():
        path = folder / f"{CATALOG_PREFIX}{lang}{suffix}"
        if path.is_file():
            return path
    return None


@dataclass(frozen=True)
class Catalog:
    """(context, source, comment) → translation; numerus entries keep all their forms."""

    language: str
    singular: dict[tuple[str, str, str], str]
    plural: dict[tuple[str, str, str], tuple[str, ...]]

    def lookup(self, context: str, text: str, comment: str = "", n: int | None = None) -> str:
        key = (context, text, comment)
        if n is not None and key in self.plural:
            forms = self.plural[key]
            return forms[plural_index(self.language, n, len(forms))]
        return self.singular.get(key, "")


def plural_index(lang: str, n: int, count: int) -> int:
    """Finnish, Swedish and English share the rule: one, then everything else."""
    return 0 if abs(n) == 1 or count < 2 else 1


def parse_ts(path: Path, language: str) -> Catalog:
    singular: dict[tuple[str, str, str], str] = {}
    plural: dict[tuple[str, str, str], tuple[str, ...]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _SKIPPED_TYPES:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if forms and all(forms):
                    plural[key] = forms
            elif translation.text:
                singular[key] = translation.text
    return Catalog(language, singular, plural)


@functools.cache
def load_catalog(lang: str) -> Catalog | None:
    """The catalogue of ``lang``, parsed once per process; None when none is shipped."""
    path = catalog_path(lang)
    return parse_ts(path, lang) if path else None
