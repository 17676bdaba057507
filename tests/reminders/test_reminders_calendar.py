"""The calendar file: read back with icalendar, right dates and alarms, stable UIDs, no
personal data, and rewritten by the changes that move its dates."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from calendar_support import by_key, events, read, start, triggers, unfolded_text

from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.enums import ContactKind, CustomerKind
from rekisteri.core.register import Register
from rekisteri.core.reminders.ical import build_calendar
from rekisteri.core.reminders.sources import SOURCES, Reminder, gather
from rekisteri.core.requests import deadlines
from rekisteri.core.requests.dto import RequestInput
from rekisteri.core.requests.kinds import RequestStatus

D = dt.date
WEEK_AND_DAY = [-dt.timedelta(days=6, hours=15), -dt.timedelta(hours=15)]


def _aino(register: Register) -> int:
    c = register.create_customer(
        CustomerInput(
            kind=CustomerKind.PERSON,
            name="Aino Virtanen",
            contacts=(
                ContactInput(
                    kind=ContactKind.PRIVATE,
                    first_name="Aino",
                    last_name="Virtanen",
                    emails=("aino.virtanen@example.fi",),
                    phones=("040 123 4567",),
                ),
            ),
        )
    )
    return c.contacts[0].id


def test_off_by_default_writes_nothing(register: Register, tmp_path: Path) -> None:
    assert register.reminders.settings().path is None
    register.requests.log(RequestInput(person_name="Matti Meikäläinen"))
    assert register.reminders.refresh() is True
    assert list(tmp_path.glob("*.ics")) == []


def test_file_reads_back_with_dates_alarms_and_stamp(register: Register, tmp_path: Path) -> None:
    received = D(2026, 10, 30)  # the month ends on Monday 30.11.
    r = register.requests.log(RequestInput(person_name="Matti", received_on=received))
    out = tmp_path / "muistutukset.ics"
    assert register.reminders.export(out, "fi") == 2

    cal = read(out)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]).startswith("-//Rekisteri//")
    assert len(cal.walk("VEVENT")) == 2

    review = by_key(out, "review")
    assert start(review) == register.retention.next_review_on() == D(2027, 11, 22)
    assert not isinstance(start(review), dt.datetime)  # an all-day event
    assert review.decoded("DTEND") == D(2027, 11, 23)
    assert triggers(review) == WEEK_AND_DAY
    assert review.decoded("DTSTAMP") == register.clock.now()

    request = by_key(out, f"request-{r.id}")
    assert start(request) == r.due_on == deadlines.first_due(received) == D(2026, 11, 30)
    assert triggers(request) == WEEK_AND_DAY
    assert f"nro {r.id}" in str(request["SUMMARY"])
    assert "30.11.2026" in str(request["DESCRIPTION"])
    assert os.stat(out).st_mode & 0o077 == 0  # owner-only, like every file the app writes


def test_no_personal_data_in_the_file(register: Register, tmp_path: Path) -> None:
    contact_id = _aino(register)
    register.requests.log(
        RequestInput(
            kind="erasure",
            contact_id=contact_id,
            identity_check="Ajokortti 123456",
            details="Aino pyytää poistamaan aino.virtanen@example.fi",
        )
    )
    register.requests.log(
        RequestInput(person_name="Matti Meikäläinen", details="matti@example.com, 050 765 4321")
    )
    for lang in ("fi", "sv", "en"):
        out = tmp_path / f"{lang}.ics"
        register.reminders.export(out, lang)
        text = unfolded_text(out)
        assert len(events(out)) == 3
        for secret in (
            "Aino",
            "Virtanen",
            "aino.virtanen@example.fi",
            "040 123 4567",
            "Ajokortti",
            "Matti",
            "Meikäläinen",
            "matti@example.com",
            "765 4321",
        ):
            assert secret not in text, (lang, secret)


def test_uids_stay_and_the_sequence_rises_across_exports(
    register: Register, clock, tmp_path: Path
) -> None:
    r = register.requests.log(RequestInput(person_name="Matti"))
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    register.reminders.export(first)
    clock.set(D(2026, 11, 25))
    register.requests.extend(r.id, "Laaja pyyntö", D(2026, 11, 25))
    register.reminders.export(second)

    before, after = events(first), events(second)
    assert set(before) == set(after)
    uid = next(u for u in after if u.startswith(f"request-{r.id}-"))
    assert start(before[uid]) == D(2026, 12, 22)
    assert start(after[uid]) == register.requests.get(r.id).due_on == D(2027, 2, 22)
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    # Another register's events never take these UIDs.
    assert uid.endswith(f"{register.reminders._calendar_id()}@rekisteri.invalid")


def test_kept_file_follows_requests_and_the_review(register: Register, tmp_path: Path) -> None:
    out = tmp_path / "synced" / "rekisteri.ics"
    out.parent.mkdir()
    register.reminders.set_file(out, "sv")
    assert list(events(out)) and len(events(out)) == 1  # the review only

    r = register.requests.log(RequestInput(person_name="Matti"))
    assert start(by_key(out, f"request-{r.id}")) == r.due_on
    assert "nr " + str(r.id) in str(by_key(out, f"request-{r.id}")["SUMMARY"])

    register.requests.close(r.id, RequestStatus.DONE, "Vastattu")
    assert len(events(out)) == 1

    register.retention.set_review_interval_months(6)
    assert start(by_key(out, "review")) == D(2027, 5, 22)
    register.retention.apply([])
    assert start(by_key(out, "review")) == D(2027, 5, 22)  # held today, next in six months
    assert "22.11.2026" in str(by_key(out, "review")["DESCRIPTION"])  # the last review


def test_a_failed_rewrite_does_not_fail_the_change(register: Register, tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    out = folder / "rekisteri.ics"
    register.reminders.set_file(out)
    out.unlink()
    folder.rmdir()  # the synced folder went away

    r = register.requests.log(RequestInput(person_name="Matti"))
    assert register.requests.get(r.id).is_open
    assert register.reminders.last_failure == "FileNotFoundError"

    folder.mkdir()
    register.requests.log(RequestInput(person_name="Maija"))
    assert register.reminders.last_failure == ""
    assert len(events(out)) == 3


def test_choosing_an_unwritable_place_fails_and_keeps_nothing(
    register: Register, tmp_path: Path
) -> None:
    with pytest.raises(OSError):
        register.reminders.set_file(tmp_path / "missing" / "r.ics")
    assert register.reminders.settings().path is None


def test_language_of_the_events(register: Register, tmp_path: Path) -> None:
    register.requests.log(RequestInput(person_name="Matti"))
    summaries = {}
    for lang in ("fi", "sv", "en"):
        out = tmp_path / f"{lang}.ics"
        register.reminders.export(out, lang)
        summaries[lang] = str(by_key(out, "review")["SUMMARY"])
        assert str(read(out)["PRODID"]).endswith(lang.upper())
    assert summaries == {
        "fi": "Säilytysaikojen läpikäynti",
        "sv": "Dags för granskning av lagringstider",
        "en": "Retention review due",
    }


def test_a_further_source_is_one_function(register: Register) -> None:
    """The breach log's 72-hour deadline will be a source like this: a time of day, hours."""
    aware = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)

    def deadline(_register: object, lang: str) -> list[Reminder]:
        return [Reminder("breach-4", aware, f"72 h ({lang})", "", (dt.timedelta(hours=12),))]

    reminders = gather(register, "fi", [*SOURCES, deadline])
    data = build_calendar(
        reminders, stamp=register.clock.now(), calendar_id="abc", name="n", lang="fi"
    )
    path = register.db.path.with_name("x.ics")
    path.write_bytes(data)
    event = by_key(path, "breach-4")
    assert start(event) == aware and "DTEND" not in event
    assert triggers(event) == [-dt.timedelta(hours=12)]
    with pytest.raises(ValueError):
        build_calendar(
            [Reminder("x", dt.datetime(2026, 1, 1), "", "")],  # naive: refused
            stamp=register.clock.now(),
            calendar_id="abc",
            name="n",
            lang="fi",
        )


def test_a_breach_deadline_is_an_event_to_the_hour_until_decided(
    register: Register, tmp_path: Path
) -> None:
    from rekisteri.core.breaches.dto import BreachInput, DecisionInput

    out = tmp_path / "rekisteri.ics"
    register.reminders.set_file(out, "en")
    aware = dt.datetime(2026, 11, 21, 14, 30, tzinfo=dt.UTC)
    b = register.breaches.log(
        BreachInput(
            aware_at=aware,
            description="Newsletter sent to Aino Virtanen's whole list by mistake",
            nature=("confidentiality",),
            data_categories="e-mail addresses",
            people_count=3,
        )
    )
    event = by_key(out, f"breach-{b.id}")
    assert event.decoded("DTSTART") == aware + dt.timedelta(hours=72)  # an instant, not a day
    assert triggers(event) == [-dt.timedelta(hours=24), -dt.timedelta(hours=2)]
    assert f"no. {b.id}" in str(event["SUMMARY"])
    text = unfolded_text(out)
    assert "Aino" not in text and "Newsletter" not in text  # what happened stays in the register

    register.breaches.decide(b.id, DecisionInput(risk="none", reasons="Addresses only, all ours"))
    assert not [uid for uid in events(out) if uid.startswith("breach-")]
