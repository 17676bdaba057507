"""Dates, numbers, money and phone numbers the way each of our three languages writes them.

Qt-free so that the PDFs, letters and CSV previews the core renders read exactly like the
screens. Written out by hand rather than through ``locale``/``strftime`` because those follow
the process locale (whatever the laptop happens to be set to), while a document's language is
chosen per document: a Swedish letter printed from a Finnish UI must still say "3.2.2024".

Language codes are "fi", "sv" and "en"; anything else (or None) falls back to the UI language
set through :func:`rekisteri.core.i18n.set_language`.

English dates are written "3 Feb 2024" (day, abbreviated month, year). Our English readers
are Finnish business users and the foreigners they deal with: "03/02/2024" reads as 3 February
to a Briton and as 2 March to an American, and ISO "2024-02-03" looks like a database value in
a letter. Day-month-year with the month spelt out cannot be misread by anyone, matches the EU
style guide for English, and keeps the Finnish day-first order our users think in.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import phonenumbers

from rekisteri.core.clock import SYSTEM_CLOCK
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, current_language
from rekisteri.core.validation import format_phone as readable

SUPPORTED = ("fi", "sv", "en")

# Finnish and Swedish group thousands with a space; a narrow no-break space (U+202F) is what
# CLDR and the Finnish standard SFS 4175 use, and it never lets a line break split a number.
NARROW_NBSP = "\u202f"
# Between an amount and its currency sign: an ordinary no-break space, as in "12,50 €".
NBSP = "\u00a0"

_EN_MONTHS_SHORT = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
_EN_MONTHS_LONG = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# Genitive/partitive forms as they stand in a dated letter: "3. helmikuuta 2024".
_FI_MONTHS_LONG = (
    "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
    "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
)  # fmt: skip
_SV_MONTHS_LONG = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
)  # fmt: skip


class DateParseError(ValueError):
    """The text is not a date we can read.

    Carries a translatable ``message`` for the form; the typed text is deliberately left out
    (a date of birth is personal data and must not end up in a log).
    """

    message_context = "Formats"
    message_text = QT_TRANSLATE_NOOP("Formats", "Write the date as day.month.year, e.g. 3.2.2024.")

    def __init__(self) -> None:
        super().__init__("unreadable date")


def resolve_language(lang: str | None) -> str:
    """Map "fi_FI", "sv-FI", "EN", None … to one of fi, sv, en."""
    code = (lang or current_language() or "en").lower().replace("-", "_").split("_")[0]
    return code if code in SUPPORTED else "en"


# -- dates -------------------------------------------------------------------------------


def format_date(d: dt.date | None, lang: str | None = None) -> str:
    """Short date for tables, forms and documents; "" for no date."""
    if d is None:
        return ""
    if isinstance(d, dt.datetime):
        d = _local(d).date()
    code = resolve_language(lang)
    if code == "en":
        return f"{d.day} {_EN_MONTHS_SHORT[d.month - 1]} {d.year}"
    return f"{d.day}.{d.month}.{d.year}"


def format_date_long(d: dt.date | None, lang: str | None = None) -> str:
    """The date line of a letter or notice: "3. helmikuuta 2024", "3 februari 2024"."""
    if d is None:
        return ""
    if isinstance(d, dt.datetime):
        d = _local(d).date()
    code = resolve_language(lang)
    if code == "fi":
        return f"{d.day}. {_FI_MONTHS_LONG[d.month - 1]} {d.year}"
    if code == "sv":
        return f"{d.day} {_SV_MONTHS_LONG[d.month - 1]} {d.year}"
    return f"{d.day} {_EN_MONTHS_LONG[d.month - 1]} {d.year}"


def format_time(t: dt.time | dt.datetime, lang: str | None = None, seconds: bool = False) -> str:
    """Finnish and Finland-Swedish write "14.05" (Kotus, Svenska språkbyrån); English "14:05".

    ``seconds`` where two moments a few seconds apart must be told apart (backups).
    """
    if isinstance(t, dt.datetime):
        t = _local(t).time()
    if resolve_language(lang) == "en":
        text = f"{t.hour:02d}:{t.minute:02d}"
        return f"{text}:{t.second:02d}" if seconds else text
    text = f"{t.hour}.{t.minute:02d}"
    return f"{text}.{t.second:02d}" if seconds else text


def format_datetime(
    moment: dt.datetime | None, lang: str | None = None, seconds: bool = False
) -> str:
    """A recorded moment in the user's local time: "3.2.2024 klo 14.05".

    Moments are stored in UTC (naive values from SQLite are UTC too); the reader wants the
    wall-clock time of their own laptop.
    """
    if moment is None:
        return ""
    local = _local(moment)
    code = resolve_language(lang)
    day = format_date(local.date(), code)
    time = format_time(local.time(), code, seconds)
    if code == "fi":
        return f"{day} klo {time}"
    if code == "sv":
        return f"{day} kl. {time}"
    return f"{day}, {time}"


def _local(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


_NUMERIC_DATE = re.compile(r"^(\d{1,2})\s*[./]\s*(\d{1,2})\s*(?:[./]\s*(\d{2}|\d{4})?)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORD_DATE = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})$")


def parse_date(text: str, lang: str | None = None, today: dt.date | None = None) -> dt.date:
    """Read a date the way people type it: "3.2.2024", "3.2.24", "3.2." and ISO "2024-02-03".

    Day first in every language (also English: our users are Finnish, and "3/2" meaning
    2 March would silently file an event a month wrong). "3.2." means this year, as people
    write when logging a meeting. A two-digit year is put in the century that lands within
    80 years back or 20 years ahead of ``today``. English month names ("3 Feb 2024") are also
    read, so that what :func:`format_date` writes can be read back in every language.
    """
    today = today or SYSTEM_CLOCK.today()
    value = " ".join(text.strip().split())
    if not value:
        raise DateParseError
    try:
        if m := _ISO_DATE.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC_DATE.match(value):
            year = _full_year(m[3], today)
            return dt.date(year, int(m[2]), int(m[1]))
        if m := _WORD_DATE.match(value):
            month = _month_from_name(m[2])
            if month:
                return dt.date(int(m[3]), month, int(m[1]))
    except ValueError:
        pass  # 31.2.2024 and friends
    raise DateParseError


def _full_year(digits: str | None, today: dt.date) -> int:
    if not digits:
        return today.year
    year = int(digits)
    if len(digits) == 4:
        return year
    candidate = today.year - today.year % 100 + year
    if candidate > today.year + 20:
        candidate -= 100
    elif candidate < today.year - 80:
        candidate += 100
    return candidate


def _month_from_name(name: str) -> int | None:
    key = name.lower()
    for names in (_EN_MONTHS_LONG, _SV_MONTHS_LONG, _FI_MONTHS_LONG):
        for index, full in enumerate(names):
            if full.lower() == key or (len(key) >= 3 and full.lower().startswith(key)):
                return index + 1
    return None


# -- numbers and money -------------------------------------------------------------------


def _to_decimal(x: int | float | Decimal | str) -> Decimal:
    try:
        return x if isinstance(x, Decimal) else Decimal(str(x))
    except InvalidOperation as exc:
        raise ValueError("not a number") from exc


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def format_number(
    x: int | float | Decimal | str | None, lang: str | None = None, decimals: int | None = None
) -> str:
    """ "1 234,5" in fi/sv, "1,234.5" in en; ``decimals`` fixes the number of decimals.

    The minus is the ASCII hyphen-minus, not U+2212: users copy figures into spreadsheets,
    which do not read U+2212 as a sign.
    """
    if x is None:
        return ""
    value = _to_decimal(x)
    if decimals is not None:
        value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    negative = value < 0
    text = format(abs(value), "f")
    whole, _, frac = text.partition(".")
    if decimals is None and frac:
        frac = frac.rstrip("0")
    code = resolve_language(lang)
    group_sep, dec_sep = (",", ".") if code == "en" else (NARROW_NBSP, ",")
    out = _group(whole, group_sep)
    if frac:
        out += dec_sep + frac
    return ("-" if negative and out.strip("0.,") else "") + out


def format_money(x: int | float | Decimal | str | None, lang: str | None = None) -> str:
    """Euros with cents: "1 234,50 €" in fi/sv, "€1,234.50" in en."""
    if x is None:
        return ""
    value = _to_decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    number = format_number(abs(value), lang, decimals=2)
    sign = "-" if value < 0 else ""
    if resolve_language(lang) == "en":
        return f"{sign}€{number}"
    return f"{sign}{number}{NBSP}€"


# -- sizes -------------------------------------------------------------------------------

# Decimal units (1 kB = 1000 bytes), as file managers on every platform now show them, so
# the size a backup list gives matches what the user sees in Explorer or Finder. Finnish
# writes "tavu" (t): "1,3 Mt".
_SIZE_UNITS = {
    "fi": ("kt", "Mt", "Gt", "Tt"),
    "sv": ("kB", "MB", "GB", "TB"),
    "en": ("kB", "MB", "GB", "TB"),
}
_BYTES = {"fi": ("tavu", "tavua"), "sv": ("byte", "byte"), "en": ("byte", "bytes")}


def format_size(size: int, lang: str | None = None) -> str:
    """A file size: "1,3 Mt" (fi), "1,3 MB" (sv), "1.3 MB" (en); one decimal above a kilobyte."""
    code = resolve_language(lang)
    if abs(size) < 1000:
        one, many = _BYTES[code]
        return f"{size}{NBSP}{one if abs(size) == 1 else many}"
    value = Decimal(size)
    units = _SIZE_UNITS[code]
    index = 0
    value /= 1000
    while abs(value) >= Decimal("999.95") and index < len(units) - 1:
        value /= 1000
        index += 1
    return f"{format_number(value, code, decimals=1)}{NBSP}{units[index]}"


def plural_form(n: int, one: str, many: str) -> str:
    """Pick the form for ``n``: Finnish, Swedish and English all say one, then many.

    For Qt-free texts in two source forms (``QT_TRANSLATE_NOOP`` cannot carry a count);
    the UI itself uses ``self.tr("%n …", "", n)``.
    """
    return one if abs(n) == 1 else many


# -- phone numbers -----------------------------------------------------------------------


def format_phone(e164: str, lang: str | None = None) -> str:
    """A stored E.164 number the way a printed document in ``lang`` should show it.

    Finnish and Swedish documents use the national form for Finnish numbers, "040 5005634":
    their readers are in Finland and that is how Finns write and dial a number. English
    documents use the international form, "+358 40 5005634": an English notice, letter or
    access pack is read by someone who may be abroad, for whom the national trunk prefix 0
    is wrong to dial, and the grouped "+358 40" still reads at a glance (the form the EU's
    Interinstitutional Style Guide uses for an international reader). Foreign numbers
    are international in every language. Machine-readable files (the access pack's JSON,
    CSV exports) keep E.164 and do not come through here. Text that does not parse as a
    number (an old free-form value) is returned as it is rather than lost.
    """
    if not e164:
        return ""
    if resolve_language(lang) != "en":
        return readable(e164)
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
