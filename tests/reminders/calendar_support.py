"""Reading a calendar file back the way a calendar program does, for the reminder tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event


def read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def events(path: Path) -> dict[str, Event]:
    """The file's events by UID (a UID that appears twice fails the test)."""
    found: dict[str, Event] = {}
    for event in read(path).walk("VEVENT"):
        uid = str(event["UID"])
        assert uid not in found, f"UID {uid} twice"
        found[uid] = event
    return found


def by_key(path: Path, key: str) -> Event:
    """The one event whose UID starts with the reminder's key ("review", "request-3")."""
    hits = [e for uid, e in events(path).items() if uid.startswith(f"{key}-")]
    assert len(hits) == 1, (key, list(events(path)))
    return hits[0]


def start(event: Event) -> dt.date:
    return event.decoded("DTSTART")  # type: ignore[no-any-return]


def triggers(event: Event) -> list[dt.timedelta]:
    return sorted(alarm.decoded("TRIGGER") for alarm in event.walk("VALARM"))


def unfolded_text(path: Path) -> str:
    """The file as text with RFC 5545 line folding undone and escapes removed, so that a
    name split over two lines or written "Virtanen\\, Aino" is still found."""
    text = path.read_bytes().decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    return text.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
