"""vCard 2.1, 3.0 and 4.0 contacts, read with vobject's line parser.

vobject unfolds the lines (including vCard 2.1 quoted-printable soft breaks) and splits
each into name, parameters and value. Building its full component tree costs about half a
millisecond per card, too slow for 10,000 cards, and its quoted-printable decoding fails on
a multi-byte letter split over a soft break; so the values are decoded here, from the
parameters vobject parsed.
"""

from __future__ import annotations

import io
import quopri
import re
from collections.abc import Iterator

from vobject.base import ParseError, getLogicalLines, parseLine

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.io.records import RawRecord
from rekisteri.core.io.source import ImportFileError

_CTX = "Import"
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_SPLIT = re.compile(r"(?<!\\);")


def looks_like_vcard(text: str) -> bool:
    return "BEGIN:VCARD" in text[:4096].upper()


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _parts(value: str) -> list[str]:
    if "\\" not in value:
        return [p.strip() for p in value.split(";")]
    return [_unescape(p).strip() for p in _SPLIT.split(value)]


def _params(raw: list[list[str]]) -> dict[str, str]:
    """``[['ENCODING', 'QUOTED-PRINTABLE'], ['CELL']]`` → {"ENCODING": ..., "CELL": ""}."""
    out: dict[str, str] = {}
    for item in raw:
        if not item:
            continue
        name = item[0].upper()
        values = ",".join(item[1:]).upper()
        if not values and name in ("QUOTED-PRINTABLE", "BASE64", "B"):
            out["ENCODING"] = name
        else:
            out[name] = values
    return out


def _decode(value: str, params: dict[str, str]) -> str | None:
    encoding = params.get("ENCODING", "")
    if encoding in ("BASE64", "B"):
        return None  # photos and sounds: not contact details we keep
    if encoding == "QUOTED-PRINTABLE":
        data = quopri.decodestring(value.replace("\r\n", "\n").encode("ascii", "replace"))
        charset = params.get("CHARSET", "UTF-8").lower() or "utf-8"
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return data.decode("cp1252", "replace")
    return value


def _cards(text: str) -> Iterator[tuple[int, list[tuple[str, dict[str, str], str]]]]:
    card: list[tuple[str, dict[str, str], str]] | None = None
    start = 0
    for line, number in getLogicalLines(io.StringIO(text)):
        if not line.strip():
            continue
        try:
            name, raw_params, value, _group = parseLine(line, number)
        except ParseError:
            if card is not None:
                card.append(("X-UNREADABLE", {}, ""))
            continue
        name = name.upper()
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card, start = [], number
        elif name == "END" and value.strip().upper() == "VCARD":
            if card is not None:
                yield start, card
            card = None
        elif card is not None:
            params = _params(raw_params)
            decoded = _decode(value, params)
            if decoded is not None:
                card.append((name, params, decoded))


def _record(line: int, props: list[tuple[str, dict[str, str], str]]) -> RawRecord:
    fields: dict[str, str] = {}
    emails: list[str] = []
    phones: list[str] = []
    for name, _params, value in props:
        if name == "N":
            parts = [*_parts(value), "", ""]
            fields.setdefault("last_name", parts[0])
            fields.setdefault("first_name", " ".join(p for p in parts[1:3] if p))
        elif name == "FN":
            fields.setdefault("full_name", _unescape(value).strip())
        elif name == "ORG":
            fields.setdefault("company", _parts(value)[0])
        elif name == "TITLE":
            fields.setdefault("title", _unescape(value).strip())
        elif name == "EMAIL":
            emails.append(_unescape(value).strip())
        elif name == "TEL":
            phones.append(_unescape(value).strip())
        elif name == "ADR" and "street" not in fields:
            parts = [*_parts(value), "", "", "", "", "", "", ""]
            fields.update(street=parts[2], city=parts[3], postcode=parts[5], country=parts[6])
        elif name == "NOTE":
            fields.setdefault("notes", _unescape(value).strip())
        elif name == "LANG":
            fields.setdefault("language", _unescape(value).strip().split("-")[0])
    return RawRecord(line=line, emails=tuple(emails), phones=tuple(phones), **fields)


def parse_vcards(text: str) -> list[RawRecord]:
    records = [_record(line, props) for line, props in _cards(text)]
    if not records:
        raise ImportFileError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "Import", "No contact cards were found in the file (BEGIN:VCARD is missing)."
                ),
            )
        )
    return records
