"""The reminders as an iCalendar (RFC 5545) file that every calendar program reads.

Choices that make the file behave in Outlook, Google Calendar and Apple Calendar:

- The UID of an event comes from the duty it reminds of and the register's own calendar id,
  never from its date: a re-exported file moves the event instead of adding another, and two
  registers (a test one, a second business) never overwrite each other's events.
- SEQUENCE rises with every export (minutes since 2024 on the register's clock), because an
  importing program keeps its copy of an event unless the new one has a higher sequence.
- A date is an all-day event (DTEND the next day, as RFC 5545 counts) that does not show
  the owner as busy; a deadline with a time of day is an event at that moment.
- REFRESH-INTERVAL and X-PUBLISHED-TTL ask subscribing programs to look again twice a day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from icalendar import Alarm, Calendar, Event, vDuration

from rekisteri.core.reminders.sources import Reminder

PRODUCT = "-//Rekisteri//Rekisteri reminders//"
UID_DOMAIN = "rekisteri.invalid"  # RFC 2606: a host part that can belong to no one
_SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
REFRESH = dt.timedelta(hours=12)


def uid(key: str, calendar_id: str) -> str:
    return f"{key}-{calendar_id}@{UID_DOMAIN}"


def sequence(stamp: dt.datetime) -> int:
    return max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))


def build_calendar(
    reminders: Iterable[Reminder],
    *,
    stamp: dt.datetime,
    calendar_id: str,
    name: str,
    lang: str,
) -> bytes:
    """The file's bytes (UTF-8, CRLF lines folded at 75 octets, as RFC 5545 asks)."""
    if stamp.tzinfo is None:
        raise ValueError("the stamp must be an aware datetime")
    stamp = stamp.astimezone(dt.UTC)
    cal = Calendar()
    cal.add("prodid", f"{PRODUCT}{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    for reminder in reminders:
        cal.add_component(_event(reminder, stamp, calendar_id, lang))
    return bytes(cal.to_ical())


def _event(reminder: Reminder, stamp: dt.datetime, calendar_id: str, lang: str) -> Event:
    event = Event()
    event.add("uid", uid(reminder.key, calendar_id))
    event.add("dtstamp", stamp)
    event.add("sequence", sequence(stamp))
    event.add("summary", reminder.summary, parameters={"LANGUAGE": lang})
    event.add("description", reminder.description, parameters={"LANGUAGE": lang})
    when = reminder.when
    if isinstance(when, dt.datetime):
        if when.tzinfo is None:
            raise ValueError("a reminder with a time of day needs an aware datetime")
        event.add("dtstart", when.astimezone(dt.UTC))
    else:
        event.add("dtstart", when)
        event.add("dtend", when + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    event.add("class", "PRIVATE")
    for before in reminder.alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", reminder.summary)
        alarm.add("trigger", -before)
        event.add_component(alarm)
    return event
