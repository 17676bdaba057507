"""vCard 2.1, 3.0 and 4.0 contacts, read with vobject's line parser.

vobject splits each logical line into name, parameters and value. Building its full
component tree costs about half a millisecond per card, too slow for 10,000 cards, and its
quoted-printable decoding fails on a multi-byte letter split over a soft break; so the
values are decoded here, from the parameters vobject parsed. The lines are unfolded here
too (``_logical_lines``): vobject's own unfolding numbers the first line 0 and a line after a
blank one by the blank, and an error must name the line the user can find in the file.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator

from vobject.base import ParseError, parseLine

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


# A soft line break: "=" at the end of a line (trailing blanks allowed), and at most one
# folding blank at the start of the next. A bare "=" just before an "=XX" escape is a soft
# break whose line end a writer lost (a literal "=" is always written "=3D").
_SOFT_BREAK = re.compile(r"=[ \t]*\r?\n[ \t]?|=(?==[0-9A-Fa-f]{2})")


def _decode(value: str, params: dict[str, str]) -> str | None:
    encoding = params.get("ENCODING", "")
    if encoding in ("BASE64", "B"):
        return None  # photos and sounds: not contact details we keep
    if encoding == "QUOTED-PRINTABLE":
        joined = _SOFT_BREAK.sub("", value)
        data = quopri.decodestring(joined.encode("utf-8", "replace"))
        charset = params.get("CHARSET", "UTF-8").lower() or "utf-8"
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return data.decode("cp1252", "replace")
    return value


Property = tuple[str, dict[str, str], str]
# Only real line ends: str.splitlines would also split on form feeds and U+2028 in a value.
_LINE_END = re.compile(r"\r\n|\r|\n")


def _logical_lines(text: str) -> Iterator[tuple[str, int]]:
    """(logical line, its first line number counted from 1), unfolded.

    RFC folding (a line starting with a blank continues the previous one) and vCard 2.1
    quoted-printable soft breaks (a QP line ending in "=" continues on the next line, kept
    as "\n" for ``_decode``).
    """
    current: list[str] = []
    start = 0
    soft = False
    for number, line in enumerate(_LINE_END.split(text), start=1):
        if soft:
            current.append("\n" + line)
        elif line[:1] in (" ", "\t") and current:
            current.append(line[1:])
        else:
            if current:
                yield "".join(current), start
            current, start = ([line], number) if line.strip() else ([], number)
        logical = "".join(current)
        soft = logical.rstrip(" \t").endswith("=") and "quoted-printable" in logical.lower()
    if current:
        yield "".join(current), start


def _cards(text: str) -> Iterator[tuple[int, list[Property], list[Message]]]:
    """Each card: the line of its BEGIN, its properties and what could not be read."""
    card: list[Property] | None = None
    problems: list[Message] = []
    start = 0
    for line, number in _logical_lines(text):
        try:
            name, raw_params, value, _group = parseLine(line, number)
        except ParseError:
            if card is not None:
                problems.append(_unreadable(number))
            continue
        name = name.upper()
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                raise _no_end(start)
            card, start, problems = [], number, []
        elif name == "END" and value.strip().upper() == "VCARD":
            if card is not None:
                yield start, card, problems
            card = None
        elif card is not None:
            params = _params(raw_params)
            decoded = _decode(value, params)
            if decoded is not None:
                card.append((name, params, decoded))
    if card is not None:
        raise _no_end(start)


def _unreadable(line: int) -> Message:
    return Message(
        _CTX,
        QT_TRANSLATE_NOOP(
            "Import", "Line {line} of this card could not be read (it is not NAME:value)."
        ),
        {"line": line},
    )


def _no_end(line: int) -> ImportFileError:
    return ImportFileError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "Import",
                "The contact card that starts on line {line} has no END:VCARD; the file may "
                "be cut short. Nothing was imported.",
            ),
            {"line": line},
        )
    )


def _record(line: int, props: list[Property], problems: list[Message]) -> RawRecord:
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
    return RawRecord(
        line=line, emails=tuple(emails), phones=tuple(phones), problems=tuple(problems), **fields
    )


def parse_vcards(text: str) -> list[RawRecord]:
    records = [_record(line, props, problems) for line, props, problems in _cards(text)]
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
