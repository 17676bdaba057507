"""The 72 hours of GDPR Art. 33(1), counted as an absolute instant.

The period runs from the moment the controller became aware of the breach. It is a span of
hours, not of days, so it is counted on UTC instants: 72 hours after 10.00 on the Friday
before the clocks go forward in Finland is 11.00 local time on the Monday, and that is
correct, since 72 real hours have passed. Regulation 1182/71 does not move a period
expressed in hours off weekends or holidays (Art. 3(4) applies to days, weeks, months and
years), so neither does this clock.

Moments are shown in Europe/Helsinki, the time of the owner and of the authority.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from zoneinfo import ZoneInfo

from rekisteri.core.breaches.kinds import RiskLevel

NOTIFY_WITHIN = dt.timedelta(hours=72)
HELSINKI = ZoneInfo("Europe/Helsinki")


class ClockState(StrEnum):
    RUNNING = "running"  # undecided, or notification due, and time is left
    OVERDUE = "overdue"  # the same, with the 72 hours gone
    MET = "met"  # the authority was notified within 72 hours
    LATE = "late"  # notified after the 72 hours (the notice must say why)
    STOPPED = "stopped"  # decided: no notification needed

    @property
    def ticking(self) -> bool:
        return self in (ClockState.RUNNING, ClockState.OVERDUE)


def utc(moment: dt.datetime) -> dt.datetime:
    """An aware UTC moment; SQLite hands back stored UTC moments naive."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def local(moment: dt.datetime) -> dt.datetime:
    """The moment on a Helsinki wall clock."""
    return utc(moment).astimezone(HELSINKI)


def from_local(wall: dt.datetime) -> dt.datetime:
    """A naive Helsinki wall-clock time as an aware UTC moment.

    In the hour the clocks go back (an autumn 03.00-04.00 happens twice) the first of the
    two is taken, the earlier instant: the deadline is then never later than the law's.
    """
    return wall.replace(tzinfo=HELSINKI, fold=0).astimezone(dt.UTC)


def deadline(aware_at: dt.datetime) -> dt.datetime:
    return utc(aware_at) + NOTIFY_WITHIN


def remaining(aware_at: dt.datetime, now: dt.datetime) -> dt.timedelta:
    """Time left until the deadline; negative once it has passed."""
    return deadline(aware_at) - utc(now)


def is_overdue(aware_at: dt.datetime, now: dt.datetime) -> bool:
    """Late only after the deadline: a notification at the 72nd hour is in time."""
    return utc(now) > deadline(aware_at)


def state(
    aware_at: dt.datetime,
    risk: str,
    authority_notified_at: dt.datetime | None,
    now: dt.datetime,
) -> ClockState:
    if authority_notified_at is not None:
        return ClockState.LATE if is_overdue(aware_at, authority_notified_at) else ClockState.MET
    if risk == RiskLevel.NONE:
        return ClockState.STOPPED
    return ClockState.OVERDUE if is_overdue(aware_at, now) else ClockState.RUNNING


def hours_minutes(span: dt.timedelta) -> tuple[int, int]:
    """A span as whole hours and minutes (absolute value), rounded down to the minute."""
    minutes = int(abs(span).total_seconds()) // 60
    return divmod(minutes, 60)
