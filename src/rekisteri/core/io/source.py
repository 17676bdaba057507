"""Reading an import file safely: size and content checks, then the text encoding.

Accepted: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252 (what Finnish Excel
and Outlook write). A file that decodes but looks like another legacy code page (DOS or Mac:
"M„kel„" for "Mäkelä") is refused rather than imported garbled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rekisteri.core.errors import RekisteriError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message

MAX_BYTES = 20 * 1024 * 1024
_CTX = "Import"

# Windows-1252 characters that only appear between letters when the file was written in
# another code page (cp850: ä=„ ö=” å=†; Mac Roman: å=Œ); never in real names.
_MOJIBAKE = re.compile(r"[^\W\d_][„”†‡‰™Œ‹›][^\W\d_]")


class ImportFileError(RekisteriError):
    """The file cannot be imported at all; nothing was written."""


def _fail(text: str, **params: object) -> ImportFileError:
    return ImportFileError(Message(_CTX, text, params))


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def check_size(size: int, limit: int = MAX_BYTES) -> None:
    if size > limit:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import",
                "The file is too large to import ({size} MB; the limit is {limit} MB). "
                "Split it into smaller files.",
            ),
            size=round(size / 1024 / 1024, 1),
            limit=limit // (1024 * 1024),
        )


def read_file(path: Path, limit: int = MAX_BYTES) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise _fail(QT_TRANSLATE_NOOP("Import", "The file cannot be opened.")) from None
    check_size(size, limit)
    try:
        return path.read_bytes()
    except OSError:
        raise _fail(QT_TRANSLATE_NOOP("Import", "The file cannot be read.")) from None


def decode(data: bytes) -> DecodedText:
    if data.startswith(b"\xef\xbb\xbf"):
        return DecodedText(_strict(data[3:], "utf-8"), "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return DecodedText(_strict(data, "utf-16"), "utf-16")
    if b"\x00" in data[:65536] or _looks_binary(data[:65536]):
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Import",
                "This is not a text file (it looks like a program, picture or spreadsheet "
                "file). Save contacts as CSV or vCard (.vcf) and import that file.",
            )
        )
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise _wrong_encoding() from None
    if _MOJIBAKE.search(text):
        raise _wrong_encoding()
    return DecodedText(text, "cp1252")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _wrong_encoding() from None


def _wrong_encoding() -> ImportFileError:
    return _fail(
        QT_TRANSLATE_NOOP(
            "Import",
            "The file's character encoding is not recognised (letters such as ä and ö would "
            "come out wrong). Save it again as UTF-8 (in Excel: CSV UTF-8) and import that.",
        )
    )


def _looks_binary(sample: bytes) -> bool:
    """Control bytes other than tab, line feeds and form feed do not occur in text files."""
    if not sample:
        return False
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > max(2, len(sample) // 1000)


def load(path: Path, limit: int = MAX_BYTES) -> DecodedText:
    text = decode(read_file(path, limit))
    if not text.text.strip():
        raise _fail(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    return text
