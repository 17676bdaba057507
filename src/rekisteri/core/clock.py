"""Time as a dependency, so that due dates and deadlines can be tested on a frozen day."""

from __future__ import annotations

import datetime as dt


class Clock:
    def now(self) -> dt.datetime:
        """Aware UTC time: stored timestamps are always UTC."""
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        """The user's local calendar day: deadlines are counted in local days."""
        return dt.date.today()


class FrozenClock(Clock):
    def __init__(self, today: dt.date, time: dt.time = dt.time(12, 0)) -> None:
        self._today = today
        self._time = time

    def set(self, today: dt.date) -> None:
        self._today = today

    def now(self) -> dt.datetime:
        return dt.datetime.combine(self._today, self._time, tzinfo=dt.UTC)

    def today(self) -> dt.date:
        return self._today


#: The wall clock for code that has no register's clock at hand (a default argument, the
#: model of a list before its first fill, a crash report). Everything else takes the
#: register's clock, so that a test can freeze the day.
SYSTEM_CLOCK = Clock()
