"""Applying a review: backup first, all decisions in one transaction, then compaction.

The order matters. The backup is the owner's way back from a wrong click; the single
transaction means a failure half-way leaves nothing half-erased; the checkpoint and VACUUM
afterwards make the erased rows disappear from the database file and its WAL.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from rekisteri.core import audit
from rekisteri.core import settings_registry as reg
from rekisteri.core.db.backups import BackupReason, Rotation, backup_now, rotate
from rekisteri.core.db.compact import compact
from rekisteri.core.denorm import refresh_customer
from rekisteri.core.models import Customer, ReviewRecord
from rekisteri.core.retention.erase import Effect, ErasePlan, execute
from rekisteri.core.retention.review import ReviewDecision, ReviewOutcome, outcome, plan_all

if TYPE_CHECKING:
    from rekisteri.core.context import Handle
    from rekisteri.core.db.engine import Database
    from rekisteri.core.retention.rules import RuleView


class RetentionService(Protocol):
    """The calls of ``register.retention`` applying a review makes (it is handed the service)."""

    @property
    def handle(self) -> Handle: ...

    @property
    def db(self) -> Database: ...

    def list_rules(self) -> list[RuleView]: ...

    def backup_retention_days(self) -> int: ...

    def next_review_after(self, today: dt.date) -> dt.date: ...


def audit_summary(counts: dict[str, int], rules: dict[str, int]) -> str:
    """Counts and rule names only: the deleted people must not survive in the trail."""
    parts = [f"{k}: {v}" for k, v in sorted(counts.items())]
    if rules:
        parts.append("rules: " + ", ".join(f"{k} ×{v}" for k, v in sorted(rules.items())))
    return "; ".join(parts)


def _execute_all(
    s: Session, plans: list[ErasePlan], today: dt.date, actor: str, now: dt.datetime, progress: Any
) -> None:
    """Carry out every plan, then refresh the customers that remain and were changed."""
    touched: set[int] = set()
    for n, plan in enumerate(plans):
        execute(s, plan, today, actor, now)
        if plan.effect in (Effect.REDUCED, Effect.KEPT) or (
            (plan.contact_id is not None or plan.interaction_ids) and plan.effect != Effect.MISSING
        ):
            touched.add(plan.customer_id)
        if progress is not None:
            progress(n + 1, len(plans))
    s.flush()
    for cid in sorted(touched):
        if s.get(Customer, cid) is not None:
            refresh_customer(s, cid)


def apply_review(
    service: RetentionService, decisions: list[ReviewDecision], lang: str, progress: Any
) -> ReviewOutcome:
    db, actor = service.db, service.handle.actor
    today, now = db.clock.today(), db.clock.now()
    rules = service.list_rules()
    settings = service.handle.controller()
    controller = settings.business_name
    # The minutes prove who reviewed: the handler named in Settings, not the computer login
    # the register fell back to before a handler was named.
    reviewer = settings.handler_name.strip() or actor
    backup_now(db, BackupReason.REVIEW, rotate_after=False)
    expires = today + dt.timedelta(days=service.backup_retention_days())
    next_on = service.next_review_after(today)
    with db.session() as s:
        planned = plan_all(s, decisions, today)
        result = outcome(planned)
        _execute_all(s, [p for _d, p, _name, _rule in planned], today, actor, now, progress)
        counts = result.counts
        summary = audit_summary(counts, result.rules)
        audit.record(s, actor, "retention.review_applied", "review", None, summary, at=now)
        record = ReviewRecord(
            held_on=today,
            reviewer=reviewer,
            deleted=counts.get(Effect.DELETED, 0) + counts.get(Effect.REDUCED, 0),
            anonymised=counts.get(Effect.ANONYMISED, 0),
            kept=counts.get(Effect.KEPT, 0) + counts.get(Effect.HELD, 0),
            summary=json.dumps({"counts": counts, "rules": result.rules}, ensure_ascii=False),
            next_review_on=next_on,
            backup_expires_on=expires,
            created_at=now,
        )
        s.add(record)
        s.flush()
        result = replace(
            result, review_id=record.id, backup_expires_on=expires, next_review_on=next_on
        )
        from rekisteri.core.retention.minutes import MinutesData, build_minutes  # reportlab

        record.minutes_pdf = build_minutes(
            MinutesData(today, reviewer, tuple(rules), result, controller), lang
        )
        reg.write(s, reg.LAST_REVIEW_ON, today.isoformat())
    compact(db)
    # The notice promises backups go after the retention days: here that is a hard limit
    # (only the backup just taken is kept whatever its age).
    rotation = Rotation(keep_last=1, keep_days=service.backup_retention_days())
    if db.is_server:
        from rekisteri.core.db.server_backups import rotate as rotate_snapshots

        rotate_snapshots(db, rotation, now)  # type: ignore[arg-type]
    else:
        rotate(db.path, rotation, now)
    return result
