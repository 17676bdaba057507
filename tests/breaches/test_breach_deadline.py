"""The 72-hour clock of Art. 33(1): an absolute instant, whatever the zone or the season."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from breach_support import hki

from rekisteri.core.breaches import deadlines
from rekisteri.core.breaches.deadlines import ClockState

UTC = dt.UTC


def test_the_deadline_is_three_days_later_on_an_ordinary_week() -> None:
    aware = hki(2026, 11, 16, 14, 30)  # a Monday
    assert deadlines.local(deadlines.deadline(aware)) == hki(2026, 11, 19, 14, 30)
    assert deadlines.remaining(aware, hki(2026, 11, 17, 14, 30)) == dt.timedelta(hours=48)
    assert deadlines.remaining(aware, hki(2026, 11, 19, 14, 29)) == dt.timedelta(minutes=1)


def test_the_same_instant_in_any_zone_gives_the_same_deadline() -> None:
    in_helsinki = hki(2026, 11, 16, 14, 30)
    in_utc = dt.datetime(2026, 11, 16, 12, 30, tzinfo=UTC)
    in_new_york = dt.datetime(2026, 11, 16, 7, 30, tzinfo=ZoneInfo("America/New_York"))
    naive_utc = dt.datetime(2026, 11, 16, 12, 30)  # as SQLite hands a stored moment back
    results = {deadlines.deadline(x) for x in (in_helsinki, in_utc, in_new_york, naive_utc)}
    assert results == {dt.datetime(2026, 11, 19, 12, 30, tzinfo=UTC)}


def test_spring_forward_keeps_72_real_hours() -> None:
    """29.3.2026 at 03.00 the clocks in Finland go to 04.00: the deadline reads an hour later."""
    aware = hki(2026, 3, 27, 10, 0)  # Friday, UTC+2
    due = deadlines.deadline(aware)
    assert due - deadlines.utc(aware) == dt.timedelta(hours=72)
    assert deadlines.local(due) == hki(2026, 3, 30, 11, 0)  # Monday, UTC+3
    assert deadlines.local(due).utcoffset() == dt.timedelta(hours=3)
    assert deadlines.remaining(aware, hki(2026, 3, 30, 10, 59)) == dt.timedelta(minutes=1)


def test_fall_back_keeps_72_real_hours() -> None:
    """25.10.2026 at 04.00 the clocks go back to 03.00: the deadline reads an hour earlier."""
    aware = hki(2026, 10, 23, 10, 0)  # Friday, UTC+3
    due = deadlines.deadline(aware)
    assert due == dt.datetime(2026, 10, 26, 7, 0, tzinfo=UTC)
    assert deadlines.local(due) == hki(2026, 10, 26, 9, 0)  # Monday, UTC+2
    assert not deadlines.is_overdue(aware, hki(2026, 10, 26, 9, 0))
    assert deadlines.is_overdue(aware, hki(2026, 10, 26, 9, 0, 1))


def test_awareness_on_the_night_of_the_change() -> None:
    # 03.30 on 25.10. happens twice; the first (summer time) is taken: the earlier deadline.
    first = deadlines.from_local(dt.datetime(2026, 10, 25, 3, 30))
    assert first == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # 03.30 on 29.3. never happens on a Finnish clock; it is read with winter time.
    gap = deadlines.from_local(dt.datetime(2026, 3, 29, 3, 30))
    assert gap == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert deadlines.local(deadlines.deadline(gap)) == hki(2026, 4, 1, 4, 30)


def test_the_deadline_itself_is_in_time_a_second_later_is_not() -> None:
    aware = dt.datetime(2026, 12, 31, 23, 0, tzinfo=UTC)  # across the year's end
    due = dt.datetime(2027, 1, 3, 23, 0, tzinfo=UTC)
    assert deadlines.deadline(aware) == due
    assert not deadlines.is_overdue(aware, due)
    assert deadlines.is_overdue(aware, due + dt.timedelta(seconds=1))
    assert deadlines.remaining(aware, due + dt.timedelta(hours=2)) == -dt.timedelta(hours=2)
    assert deadlines.hours_minutes(dt.timedelta(hours=-2, minutes=-5)) == (2, 5)


@pytest.mark.parametrize(
    ("risk", "notified", "now", "expected"),
    [
        ("undecided", None, hki(2026, 11, 18, 12, 0), ClockState.RUNNING),
        ("undecided", None, hki(2026, 11, 20, 12, 0), ClockState.OVERDUE),
        ("risk", None, hki(2026, 11, 20, 12, 0), ClockState.OVERDUE),
        ("none", None, hki(2026, 11, 20, 12, 0), ClockState.STOPPED),
        ("high", hki(2026, 11, 19, 14, 30), hki(2026, 11, 25, 12, 0), ClockState.MET),
        ("risk", hki(2026, 11, 19, 14, 31), hki(2026, 11, 25, 12, 0), ClockState.LATE),
    ],
)
def test_clock_states(risk, notified, now, expected) -> None:  # type: ignore[no-untyped-def]
    aware = hki(2026, 11, 16, 14, 30)
    assert deadlines.state(aware, risk, notified, now) == expected
    assert expected.ticking == (expected in (ClockState.RUNNING, ClockState.OVERDUE))
