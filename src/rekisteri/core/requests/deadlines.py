"""The legal month of GDPR Art. 12(3), with the end moved off weekends and holidays.

A period "of one month" ends on the same day number in the next month, or on that month's
last day when it has no such day (EU Regulation 1182/71 Art. 3(2)(c)): received 31.1. is
due 28.2. (29.2. in a leap year), received 30.4. is due 30.5. When that last day is a
Saturday, a Sunday or a public holiday, the period ends with the next working day
(Art. 3(4)); Finnish public holidays come from the ``holidays`` package, which also knows
the eves (juhannusaatto, jouluaatto) that offices keep closed.

Two dates come out of this: the *target* (the calendar date, which the owner should aim
for) and the *legal due date* (the target moved to a working day), which is the one an
answer is late against. An extension adds "two further months" to the first period;
counting from the first period's calendar end (not three months from receipt, and not from
a rolled date) gives the earliest of the possible readings, so the date shown is never
later than the law allows.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

FIRST_PERIOD_MONTHS = 1
EXTENSION_MONTHS = 2
DUE_SOON_DAYS = 7
COUNTRY = "FI"


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months, clamped to the target month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


@lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[dt.date]:
    import holidays  # loaded on the first deadline, not with every module that adds months

    return frozenset(holidays.country_holidays(COUNTRY, years=year))


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not a Finnish public holiday or eve the package lists."""
    return day.weekday() < 5 and day not in _holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def first_target(received_on: dt.date) -> dt.date:
    """The calendar end of the first month: the date to aim for."""
    return add_months(received_on, FIRST_PERIOD_MONTHS)


def extended_target(received_on: dt.date) -> dt.date:
    return add_months(first_target(received_on), EXTENSION_MONTHS)


def first_due(received_on: dt.date) -> dt.date:
    """The legal due date of the first period (Art. 12(3) with 1182/71 Art. 3(4))."""
    return next_working_day(first_target(received_on))


def extended_due(received_on: dt.date) -> dt.date:
    """The legal due date after an extension of two further months."""
    return next_working_day(extended_target(received_on))


def target(received_on: dt.date, extended: bool) -> dt.date:
    return extended_target(received_on) if extended else first_target(received_on)


def is_overdue(due_on: dt.date, today: dt.date) -> bool:
    """Late only after the legal due date: an answer on that day is in time."""
    return due_on < today


def is_due_soon(due_on: dt.date, today: dt.date) -> bool:
    """Due today or within the coming week (the list's "due this week" mark)."""
    return today <= due_on <= today + dt.timedelta(days=DUE_SOON_DAYS)
