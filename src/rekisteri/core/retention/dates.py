"""Date wording for reasons and minutes, through the shared formatter (``core.formats``)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from rekisteri.core.formats import format_date, resolve_language


def fmt_date(d: dt.date | None, lang: str | None = None) -> str:
    """``d`` in ``lang``, or in the UI language when none is given (never a fixed one:
    the English review must not write Finnish dates)."""
    if d is None:
        return ""
    return _cached(d, resolve_language(lang))


@lru_cache(maxsize=8192)  # the review renders tens of thousands of dates, mostly repeats
def _cached(d: dt.date, lang: str) -> str:
    return format_date(d, lang)
