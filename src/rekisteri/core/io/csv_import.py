"""CSV contacts: Outlook and Google exports and spreadsheets, with a guessed column mapping.

The mapping is guessed from the header words (English as Outlook and Google write them,
Finnish and Swedish as a user's own spreadsheet has them) and the user may correct it before
anything is read as a contact.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.io.cells import unescape_cell
from rekisteri.core.io.records import ImportField, RawRecord
from rekisteri.core.io.source import ImportFileError
from rekisteri.core.validation import FieldError, normalize_email

F = ImportField
_CTX = "Import"

# Exact header words first (after normalising case and punctuation).
_EXACT: dict[str, ImportField] = {
    "title": F.TITLE,
    "name": F.FULL_NAME, "nimi": F.FULL_NAME, "namn": F.FULL_NAME, "full name": F.FULL_NAME,
    "koko nimi": F.FULL_NAME, "fullständigt namn": F.FULL_NAME,
    "ort": F.CITY, "stad": F.CITY, "postort": F.CITY, "maa": F.COUNTRY, "land": F.COUNTRY,
    "tel": F.PHONE, "gsm": F.PHONE, "mail": F.EMAIL, "lupa": F.CONSENT,
    "fo nummer": F.BUSINESS_ID, "fo": F.BUSINESS_ID, "y tunnus": F.BUSINESS_ID,
    "ytunnus": F.BUSINESS_ID, "business id": F.BUSINESS_ID,
}  # fmt: skip

# Then words the header contains, in this order (the first that matches wins).
_IGNORE_WORDS = (
    "type", "label", "display name", "fax", "middle", "suffix", "prefix", "yomi", "phonetic",
    "formatted", "po box", "extended", "state", "department", "osasto", "manager", "assistant",
    "spouse", "nickname", "initials", "web", "pager", "birthday", "anniversary",
)  # fmt: skip
_CONTAINS: tuple[tuple[tuple[str, ...], ImportField], ...] = (
    (("given", "first name", "firstname", "etunimi", "förnamn", "fornamn"), F.FIRST_NAME),
    (("family", "last name", "lastname", "surname", "sukunimi", "efternamn"), F.LAST_NAME),
    (("e mail", "email", "sähköposti", "sahkoposti", "e post", "epost"), F.EMAIL),
    (
        (
            "phone",
            "puhelin",
            "mobile",
            "matkapuhelin",
            "telefon",
            "mobil",
            "gsm",
            "työpuhelin",
            "kotipuhelin",
            "autopuhelin",
        ),
        F.PHONE,
    ),
    (("postal code", "zip", "postinumero", "postnummer", "post code", "postcode"), F.POSTCODE),
    (
        ("city", "postitoimipaikka", "toimipaikka", "kaupunki", "paikkakunta", "postort", "ort"),
        F.CITY,
    ),
    (("country", "valtio", "maa", "maa/alue", "land", "land/region"), F.COUNTRY),
    (
        (
            "street",
            "katuosoite",
            "gatuadress",
            "address",
            "osoite",
            "adress",
            "lähiosoite",
            "postiosoite",
            "työosoite",
            "kotiosoite",
            "katu",
        ),
        F.STREET,
    ),
    (
        (
            "job title",
            "organization title",
            "organisation title",
            "titteli",
            "nimike",
            "tehtävä",
            "befattning",
            "titel",
            "asema",
            "title",
        ),
        F.TITLE,
    ),
    (("y tunnus", "ytunnus", "business id", "fo nummer", "vat"), F.BUSINESS_ID),
    (
        (
            "company",
            "organization",
            "organisation",
            "yritys",
            "företag",
            "foretag",
            "firma",
            "yhtiö",
            "organisaatio",
        ),
        F.COMPANY,
    ),
    (("language", "kieli", "språk", "sprak"), F.LANGUAGE),
    (
        (
            "consent",
            "markkinointilupa",
            "newsletter",
            "uutiskirje",
            "samtycke",
            "nyhetsbrev",
            "marketing",
            "markkinointi",
        ),
        F.CONSENT,
    ),
    (
        ("notes", "note", "lisätiedot", "lisatiedot", "muistiinpano", "anteckning", "huom"),
        F.NOTES,
    ),
    (("name", "nimi", "namn"), F.FULL_NAME),
)


@dataclass(frozen=True)
class CsvTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    delimiter: str
    lines: tuple[int, ...]  # the file line each row starts on (for messages)


def normalise_header(header: str) -> str:
    text = header.strip().strip("\ufeff").casefold().replace("_", " ").replace("-", " ")
    text = re.sub(r"[^\w\s/]", " ", text)
    return " ".join(text.split())


def guess_field(header: str) -> ImportField:
    key = normalise_header(header)
    if not key:
        return F.IGNORE
    if key in _EXACT:
        return _EXACT[key]
    if any(word in key for word in _IGNORE_WORDS):
        return F.IGNORE
    if "region" in key and not re.search(r"country|\bmaa\b|\bland\b", key):
        return F.IGNORE
    padded = f" {key} "
    for words, target in _CONTAINS:
        for word in words:
            # Short words stand alone ("maa" not in "maakunta"); longer ones start a word,
            # so Finnish compounds match ("sähköpostiosoite") but "home postal" is no "e post".
            if (len(word) <= 4 and f" {word} " in padded) or (
                len(word) > 4 and f" {word}" in padded
            ):
                return target
    return F.IGNORE


def guess_mapping(headers: Sequence[str]) -> tuple[ImportField, ...]:
    """One field per column. Outlook's "Title" is Mr/Ms when a "Job Title" column exists."""
    fields = [guess_field(h) for h in headers]
    keys = [normalise_header(h) for h in headers]
    if "job title" in keys and "title" in keys:
        fields[keys.index("title")] = F.IGNORE
    # A single-valued field keeps its first column (Outlook: business before home address).
    seen: set[ImportField] = set()
    for i, f in enumerate(fields):
        if f is F.IGNORE or f.repeatable:
            continue
        if f in seen and f in (F.FULL_NAME, F.FIRST_NAME, F.LAST_NAME, F.COMPANY):
            fields[i] = F.IGNORE
        seen.add(f)
    return tuple(fields)


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _fail(text: str) -> ImportFileError:
    return ImportFileError(Message(_CTX, text))


def parse_csv(text: str) -> CsvTable:
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = _sniff_delimiter(first_line)
    rows: list[list[str]] = []
    starts: list[int] = []  # the file line each row starts on (values may span lines)
    previous = 0
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for row in reader:
            rows.append(row)
            starts.append(previous + 1)
            previous = reader.line_num
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise ImportFileError(
                Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "A value on line {line} is longer than {limit} characters, more than "
                        "any contact detail; the file is not a contact list. Nothing was "
                        "imported.",
                    ),
                    {"line": previous + 1, "limit": csv.field_size_limit()},
                )
            ) from None
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import", "The file is not valid CSV (a quoted value is never closed)."
            )
        ) from None
    while rows and not any(cell.strip() for cell in rows[0]):
        rows.pop(0)
        starts.pop(0)
    if not rows:
        raise _fail(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    headers = tuple(h.strip() for h in rows[0])
    if _looks_like_data(headers):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import",
                "The first row holds contact details, not column names. Add a header row "
                "naming the columns (e.g. First name; Last name; E-mail) and import again.",
            )
        )
    if len(headers) < 2 and delimiter == ",":
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import",
                "Only one column was found. Columns must be separated by commas or semicolons.",
            )
        )
    kept = [(row, line) for row, line in zip(rows[1:], starts[1:], strict=True) if any(
        c.strip() for c in row
    )]  # fmt: skip
    # A file the app exported has formula-looking cells escaped ('+358…): read them back.
    body = tuple(tuple(unescape_cell(cell.strip()) for cell in row) for row, _ in kept)
    return CsvTable(headers, body, delimiter, tuple(line for _, line in kept))


def _looks_like_data(headers: Sequence[str]) -> bool:
    for cell in headers:
        if "@" in cell:
            try:
                normalize_email(cell)
                return True
            except FieldError:
                pass
        if sum(ch.isdigit() for ch in cell) >= 6:
            return True
    return False


def split_emails(value: str) -> list[str]:
    """Several addresses in one cell (``:::``, ``;``, ``,`` or spaces between addresses); a
    cell whose spaces are inside one bad address stays whole, to be reported once."""
    out: list[str] = []
    for part in re.split(r":::|[;,]", value):
        words = part.split()
        if len(words) > 1 and all("@" in w for w in words):
            out += words
        elif part.strip():
            out.append(part.strip())
    return out


def records(table: CsvTable, mapping: Sequence[ImportField]) -> list[RawRecord]:
    """Read each data row through the mapping; empty rows were dropped by ``parse_csv``."""
    out: list[RawRecord] = []
    for n, row in enumerate(table.rows):
        single: dict[str, Any] = {}
        emails: list[str] = []
        phones: list[str] = []
        notes: list[str] = []
        for col, target in enumerate(mapping):
            if target is F.IGNORE or col >= len(row) or not row[col]:
                continue
            value = row[col]
            if target is F.EMAIL:  # Google joins several with " ::: "
                emails += split_emails(value)
            elif target is F.PHONE:
                phones += [v for v in re.split(r":::|;", value) if v.strip()]
            elif target is F.NOTES:
                notes.append(value)
            else:
                single.setdefault(target.value, value)
        out.append(
            RawRecord(
                line=table.lines[n],
                emails=tuple(emails),
                phones=tuple(phones),
                notes="\n".join(notes),
                **single,
            )
        )
    return out
