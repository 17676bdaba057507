"""Dates on screen in the Finnish way (3.2.2024) until the shared ``core.formats`` lands."""

from __future__ import annotations

import datetime as dt


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return f"{value.day}.{value.month}.{value.year}"
