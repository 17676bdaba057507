"""The audit trail. Summaries must never hold the data of a deleted person."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from rekisteri.core.clock import SYSTEM_CLOCK
from rekisteri.core.models import AuditEvent


def record(
    session: Session,
    actor: str,
    action: str,
    entity_kind: str = "",
    entity_id: int | None = None,
    summary: str = "",
    *,
    at: dt.datetime | None = None,
) -> None:
    session.add(
        AuditEvent(
            at=at or SYSTEM_CLOCK.now(),
            actor=actor,
            action=action,
            entity_kind=entity_kind,
            entity_id=entity_id,
            summary=summary,
        )
    )
