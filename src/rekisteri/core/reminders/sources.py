"""What the calendar file reminds of, gathered from the register through its facade.

Each source is one function from the register and a language to its reminders; ``SOURCES``
lists them in the order the file holds them. A new duty with a date (the breach log's
72-hour deadline, a processor agreement's review) is one more function appended there: the
file, its alarms and its re-export need nothing else.

A reminder carries no personal data: a request is named by its number and its type, never
by the person, because the file leaves the register for a calendar service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from rekisteri.core.formats import format_date
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, translate_for
from rekisteri.core.reminders.port import RegisterPort
from rekisteri.core.requests.kinds import RequestKind, RequestStatus

CTX = "Reminders"

#: Alarms of a date-only reminder, as time before the start of its day (00:00): 6 days 15
#: hours before is 9 o'clock a week ahead, 15 hours before is 9 o'clock the day before, so
#: the owner is reminded in working hours rather than at midnight.
WEEK_AND_DAY_BEFORE = (dt.timedelta(days=6, hours=15), dt.timedelta(hours=15))


@dataclass(frozen=True)
class Reminder:
    """One event of the calendar file.

    ``key`` names the duty, not the moment ("review", "request-12"): the event's UID comes
    from it, so a re-export moves the same event in the owner's calendar instead of adding a
    second one. ``when`` is a date for an all-day event, an aware datetime for a deadline
    with a time of day. ``alarms`` are how long before ``when`` the calendar should ring.
    """

    key: str
    when: dt.date | dt.datetime
    summary: str
    description: str
    alarms: tuple[dt.timedelta, ...] = WEEK_AND_DAY_BEFORE


Source = Callable[[RegisterPort, str], list[Reminder]]


def review_reminders(register: RegisterPort, lang: str) -> list[Reminder]:
    """The next scheduled retention review (seed 002: at least every five years)."""
    next_on = register.retention.next_review_on()
    held = register.retention.reviews()
    if held:
        since = translate_for(
            lang, CTX, QT_TRANSLATE_NOOP("Reminders", "The last review was held on {date}.")
        ).format(date=format_date(held[0].held_on, lang))
    else:
        since = translate_for(
            lang, CTX, QT_TRANSLATE_NOOP("Reminders", "No review has been held yet.")
        )
    what = translate_for(
        lang,
        CTX,
        QT_TRANSLATE_NOOP(
            "Reminders",
            "The scheduled review of the register: go through the records whose retention "
            "period has ended and delete or anonymise them. Rekisteri lists them under "
            "Review and writes the minutes.",
        ),
    )
    summary = translate_for(lang, CTX, QT_TRANSLATE_NOOP("Reminders", "Retention review due"))
    return [Reminder("review", next_on, summary, f"{what} {since}")]


def request_reminders(register: RegisterPort, lang: str) -> list[Reminder]:
    """Each open data-subject request's legal due date (GDPR Art. 12(3))."""
    reminders = []
    for r in register.requests.list_open():
        kind = translate_for(lang, "Enums", RequestKind._labels()[r.kind])
        summary = translate_for(
            lang, CTX, QT_TRANSLATE_NOOP("Reminders", "Answer data-subject request no. {number}")
        ).format(number=r.id)
        text = translate_for(
            lang,
            CTX,
            QT_TRANSLATE_NOOP(
                "Reminders",
                "Request no. {number} ({kind}), received on {received}, must be answered by "
                "{due} at the latest (GDPR Art. 12(3)). The details are in Rekisteri under "
                "Requests.",
            ),
        ).format(
            number=r.id,
            kind=kind,
            received=format_date(r.received_on, lang),
            due=format_date(r.due_on, lang),
        )
        if r.status == RequestStatus.EXTENDED:
            text += " " + translate_for(
                lang,
                CTX,
                QT_TRANSLATE_NOOP("Reminders", "The deadline has been extended by two months."),
            )
        reminders.append(Reminder(f"request-{r.id}", r.due_on, summary, text))
    return reminders


#: A breach's deadline is to the hour: the calendar rings a day and two hours before it.
BREACH_ALARMS = (dt.timedelta(hours=24), dt.timedelta(hours=2))


def breach_reminders(register: RegisterPort, lang: str) -> list[Reminder]:
    """Each breach whose 72 hours run (GDPR Art. 33(1)): until it is decided or notified.

    Named by its number only: what happened and to whom stays in the register.
    """
    reminders = []
    for b in register.breaches.list_all(open_only=True):
        if not b.clock.ticking:
            continue
        summary = translate_for(
            lang,
            CTX,
            QT_TRANSLATE_NOOP("Reminders", "72-hour deadline of personal-data breach no. {number}"),
        ).format(number=b.id)
        text = translate_for(
            lang,
            CTX,
            QT_TRANSLATE_NOOP(
                "Reminders",
                "Breach no. {number} must be assessed and, unless a risk to people's rights "
                "is unlikely, notified to the Office of the Data Protection Ombudsman without "
                "undue delay and within 72 hours of becoming aware of it (GDPR Art. 33). The "
                "details are in Rekisteri under Breaches.",
            ),
        ).format(number=b.id)
        reminders.append(Reminder(f"breach-{b.id}", b.deadline_at, summary, text, BREACH_ALARMS))
    return reminders


#: Every source of reminders, in the order the file lists them.
SOURCES: list[Source] = [review_reminders, request_reminders, breach_reminders]


def gather(
    register: RegisterPort, lang: str, sources: list[Source] | None = None
) -> list[Reminder]:
    """Every reminder of every source, in the calendar's language."""
    reminders: list[Reminder] = []
    for source in SOURCES if sources is None else sources:
        reminders.extend(source(register, lang))
    return reminders
