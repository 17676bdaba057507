"""The legal month of GDPR Art. 12(3), as pure date arithmetic.

A period "of one month" ends on the same day number in the next month, or on that month's
last day when it has no such day (EU Regulation 1182/71 Art. 3(2)(c)): received 31.1. is
due 28.2. (29.2. in a leap year), received 30.4. is due 30.5. An extension adds "two further
months" to the first deadline; counting from the first deadline (not three months from
receipt) gives the earlier of the two possible readings, so the date shown is never later
than the law allows.
"""

from __future__ import annotations

import calendar
import datetime as dt

FIRST_PERIOD_MONTHS = 1
EXTENSION_MONTHS = 2
DUE_SOON_DAYS = 7


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months, clamped to the target month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def first_due(received_on: dt.date) -> dt.date:
    return add_months(received_on, FIRST_PERIOD_MONTHS)


def extended_due(received_on: dt.date) -> dt.date:
    return add_months(first_due(received_on), EXTENSION_MONTHS)


def is_overdue(due_on: dt.date, today: dt.date) -> bool:
    return due_on < today


def is_due_soon(due_on: dt.date, today: dt.date) -> bool:
    """Due today or within the coming week (the list's "due this week" mark)."""
    return today <= due_on <= today + dt.timedelta(days=DUE_SOON_DAYS)
