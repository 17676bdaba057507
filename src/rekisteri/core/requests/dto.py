"""Plain data crossing the request service: the form's input and the screens' views."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rekisteri.core.requests.kinds import RequestChannel, RequestKind, RequestStatus


@dataclass(frozen=True)
class RequestInput:
    """A request as logged. ``contact_id`` None with a ``person_name``: not (yet) found."""

    kind: str = RequestKind.ACCESS
    received_on: dt.date | None = None
    channel: str = RequestChannel.EMAIL
    contact_id: int | None = None
    person_name: str = ""
    language: str = ""
    identity_check: str = ""
    details: str = ""


@dataclass(frozen=True)
class RequestView:
    id: int
    contact_id: int | None
    customer_id: int | None
    person_name: str
    language: str
    kind: str
    details: str
    received_on: dt.date
    channel: str
    identity_check: str
    status: str
    first_due_on: dt.date  # the legal due date of the first month (moved to a working day)
    due_on: dt.date  # the legal due date in force (after an extension, the extended one)
    extension_reason: str
    told_on: dt.date | None
    answer: str
    answered_on: dt.date | None
    anonymised: bool
    overdue: bool
    due_soon: bool
    created_by: str
    target_on: dt.date | None = None  # the calendar date to aim for (before moving it)

    @property
    def is_open(self) -> bool:
        return RequestStatus(self.status).is_open

    @property
    def can_extend(self) -> bool:
        return self.status == RequestStatus.OPEN


@dataclass(frozen=True)
class RequestCounts:
    """What the start-up banner says: open requests, and how many are late or close."""

    open: int
    overdue: int
    due_soon: int
