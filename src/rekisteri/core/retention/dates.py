"""Date wording for reasons and minutes, through the shared locale formatter when present."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache, lru_cache


@cache
def _formatter() -> Callable[[dt.date, str], str] | None:
    try:
        from rekisteri.core.formats import format_date
    except ImportError:
        return None
    return format_date


@lru_cache(maxsize=8192)  # the review renders tens of thousands of dates, mostly repeats
def fmt_date(d: dt.date | None, lang: str = "fi") -> str:
    """Finnish and Swedish both write 3.2.2024 (and so does this register's English)."""
    if d is None:
        return ""
    fn = _formatter()
    if fn is None:
        return f"{d.day}.{d.month}.{d.year}"
    return str(fn(d, lang))
