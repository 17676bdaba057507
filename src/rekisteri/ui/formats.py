"""Every date, time, number and size on screen, written the way the UI language writes it.

The language is the one ``install_translations`` chose, the same one it gives Qt's default
``QLocale`` (fi_FI, sv_FI, en_IE), so the program's own texts and Qt's widgets agree. The
rules themselves are those of ``rekisteri.core.formats``, which the PDFs and letters use for
their own language: a date on screen and in a document printed from it read alike.

- Finnish and Finland-Swedish: 4.12.2026, 4.12.2026 klo 14.05, 1 234,5, 1,3 Mt / 1,3 MB
- English: 4 Dec 2026, 4 Dec 2026, 14:05, 1,234.5, 1.3 MB (day, month spelt out, year:
  cannot be misread on either side of the Atlantic)

Machine formats (ISO dates in file names, CSV and JSON) do not come through here;
``tests/i18n/test_i18n_display_formats.py`` keeps display code in ui/ from formatting a date
or size by hand.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rekisteri.core import formats as _core
from rekisteri.core.i18n import current_language

# What a QDateEdit shows and takes: digits, day first, in every language. parse_date reads
# the same form ("3.2.2024") in every language, and a user typing a date into an English
# field types digits, not "Dec".
DATE_INPUT_FORMAT = "d.M.yyyy"


def ui_language() -> str:
    """ "fi", "sv" or "en": the language the UI was started in."""
    return _core.resolve_language(current_language())


def format_date(d: dt.date | None) -> str:
    """ "4.12.2026" (fi, sv), "4 Dec 2026" (en); "" for no date."""
    return _core.format_date(d, ui_language())


def format_date_long(d: dt.date | None) -> str:
    """ "4. joulukuuta 2026", "4 december 2026", "4 December 2026"."""
    return _core.format_date_long(d, ui_language())


def format_datetime(moment: dt.datetime | None, seconds: bool = False) -> str:
    """A stored (UTC) moment in local time: "4.12.2026 klo 14.05", "4 Dec 2026, 14:05"."""
    return _core.format_datetime(moment, ui_language(), seconds)


def format_time(t: dt.time | dt.datetime) -> str:
    return _core.format_time(t, ui_language())


def format_number(x: int | float | Decimal | None, decimals: int | None = None) -> str:
    """ "12 345" (fi, sv), "12,345" (en)."""
    return _core.format_number(x, ui_language(), decimals)


def format_money(x: int | float | Decimal | None) -> str:
    return _core.format_money(x, ui_language())


def format_size(size: int) -> str:
    """ "1,3 Mt" (fi), "1,3 MB" (sv), "1.3 MB" (en)."""
    return _core.format_size(size, ui_language())
