"""Plain views the retention service returns: erasure previews, review history, statistics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rekisteri.core.i18n import Message


@dataclass(frozen=True)
class ErasureLine:
    customer_id: int
    name: str
    removed: Message
    kept: Message | None
    kept_until: dt.date | None

    @property
    def what(self) -> str:
        """The record a kept reason belongs to (the delete dialog lists "what: reason")."""
        return self.name

    @property
    def reason(self) -> Message | None:
        return self.kept


@dataclass(frozen=True)
class ErasurePreview:
    lines: tuple[ErasureLine, ...]

    @property
    def anything_kept(self) -> bool:
        return any(line.kept is not None for line in self.lines)

    @property
    def kept(self) -> tuple[ErasureLine, ...]:
        """The lines where a legal duty keeps something, with ``what`` and ``reason``."""
        return tuple(line for line in self.lines if line.kept is not None)


@dataclass(frozen=True)
class ReviewRecordView:
    id: int
    held_on: dt.date
    reviewer: str
    deleted: int
    anonymised: int
    kept: int
    next_review_on: dt.date | None
    backup_expires_on: dt.date | None
    has_minutes: bool


@dataclass(frozen=True)
class AnonymisedView:
    customer_kind: str
    industry: str
    postcode: str
    year: int | None
    anonymised_on: dt.date
