"""Plain data crossing the breach service: the forms' input and the screens' views."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rekisteri.core.breaches import deadlines
from rekisteri.core.breaches.deadlines import ClockState
from rekisteri.core.breaches.kinds import BreachStage, RiskLevel


@dataclass(frozen=True)
class BreachInput:
    """The facts of a breach as logged or corrected. Moments are aware (any zone)."""

    aware_at: dt.datetime | None = None
    description: str = ""
    occurred_at: dt.datetime | None = None  # None: not known
    occurred_until: dt.datetime | None = None  # the end, when only a span is known
    discovered_how: str = ""
    nature: tuple[str, ...] = ()
    data_categories: str = ""
    people_categories: str = ""
    people_count: int | None = None
    records_count: int | None = None
    counts_approximate: bool = True
    consequences: str = ""
    measures_taken: str = ""
    measures_proposed: str = ""
    customer_ids: tuple[int, ...] | None = None  # None: leave the links as they are


@dataclass(frozen=True)
class DecisionInput:
    """The outcome of the risk assessment; ``decided_by`` empty: the handler in settings."""

    risk: str
    reasons: str = ""
    decided_by: str = ""


@dataclass(frozen=True)
class BreachView:
    id: int
    aware_at: dt.datetime  # UTC
    deadline_at: dt.datetime  # UTC, aware_at + 72 h
    occurred_at: dt.datetime | None
    occurred_until: dt.datetime | None
    discovered_how: str
    nature: tuple[str, ...]
    description: str
    data_categories: str
    people_categories: str
    people_count: int | None
    records_count: int | None
    counts_approximate: bool
    consequences: str
    measures_taken: str
    measures_proposed: str
    risk: str
    risk_reasons: str
    decided_at: dt.datetime | None
    decided_by: str
    authority_notified_at: dt.datetime | None
    authority_reference: str
    delay_reason: str
    people_notified_at: dt.datetime | None
    closed_at: dt.datetime | None
    customer_ids: tuple[int, ...]
    clock: ClockState
    remaining: dt.timedelta  # until the deadline at the time of reading; negative after
    created_by: str

    @property
    def stage(self) -> BreachStage:
        risk = RiskLevel(self.risk)
        if self.closed_at is not None:
            return BreachStage.CLOSED
        if risk == RiskLevel.UNDECIDED:
            return BreachStage.UNDECIDED
        if risk.notify_authority and self.authority_notified_at is None:
            return BreachStage.NOTIFY_AUTHORITY
        if risk.notify_people and self.people_notified_at is None:
            return BreachStage.NOTIFY_PEOPLE
        return BreachStage.DECIDED

    def risk_label(self) -> str:
        return RiskLevel(self.risk).label()

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def overdue(self) -> bool:
        return self.clock == ClockState.OVERDUE

    @property
    def aware_local(self) -> dt.datetime:
        return deadlines.local(self.aware_at)

    @property
    def deadline_local(self) -> dt.datetime:
        return deadlines.local(self.deadline_at)


@dataclass(frozen=True)
class BreachClock:
    """What the status bar and the start-up banner say: the most urgent running clock."""

    ticking: int  # breaches undecided or with the authority's notification due
    overdue: int
    people_due: int  # high risk, the people affected not yet told
    next_deadline: dt.datetime | None  # UTC: the earliest deadline of a ticking clock
    remaining: dt.timedelta | None
