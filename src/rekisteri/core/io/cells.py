"""CSV cells that cannot attack the person who opens the file in a spreadsheet.

A cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which
some spreadsheets skip before reading one of those) is run as a formula by Excel and
LibreOffice: an imported "name" such as ``=HYPERLINK(...)`` would then reach out from the
owner's computer. Every CSV the app writes passes its text cells through ``safe_cell``,
which prefixes such a cell with an apostrophe, as OWASP recommends: spreadsheets show the
rest as text, so a phone number in E.164 still reads ``'+358401234567``. The importers drop
that apostrophe again (``unescape_cell``), so a file the app wrote imports unchanged.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"


def safe_cell(value: Any) -> Any:
    """``value`` with a leading apostrophe if a spreadsheet would run it; non-text as is."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return ESCAPE + value
    return value


def unescape_cell(value: str) -> str:
    """The importers' inverse: ``'=x`` back to ``=x``; a plain leading apostrophe stays."""
    if value.startswith(ESCAPE) and value[1:].startswith(TRIGGERS):
        return value[1:]
    return value


class SafeWriter:
    """``csv.writer`` whose every text cell goes through ``safe_cell``."""

    def __init__(self, stream: Any, **kwargs: Any) -> None:
        self._writer = csv.writer(stream, **kwargs)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([safe_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def safe_writer(stream: Any, **kwargs: Any) -> SafeWriter:
    return SafeWriter(stream, **kwargs)
