"""After an upgrade that changed the rules, bring every stored judgment up to date once.

A migration changes the schema and the rule rows in SQL only; the dates that follow from
the rules (retention due dates, last contact, request deadlines) are computed by the
application, so the first open after such a migration recomputes them here, and the audit
records it as one rule change, with counts and never a person.
"""

from __future__ import annotations

from sqlalchemy import select

from rekisteri.core import settings_registry as reg
from rekisteri.core.db.engine import Database
from rekisteri.core.models import SubjectRequest

#: The markers migrations leave (each writes its counts as a JSON object).
PENDING = (reg.MIGRATION_0009,)
ACTOR = "Rekisteri"


def _request_deadlines(session) -> int:  # type: ignore[no-untyped-def]
    """Open requests' legal due dates, moved off weekends and holidays; returns how many."""
    from rekisteri.core.requests import deadlines
    from rekisteri.core.requests.kinds import OPEN_STATUSES

    moved = 0
    rows = session.scalars(select(SubjectRequest).where(SubjectRequest.status.in_(OPEN_STATUSES)))
    for r in rows:
        first = deadlines.first_due(r.received_on)
        due = deadlines.extended_due(r.received_on) if r.extension_reason else first
        if (r.first_due_on, r.due_on) != (first, due):
            r.first_due_on, r.due_on = first, due
            moved += 1
    return moved


def apply_pending(db: Database) -> bool:
    """Recompute what a finished migration asked for; True when anything was pending.

    Called on every open (one key lookup), so a first open that was cut short after the
    schema upgrade still brings the dates up to date the next time; the rest of the work's
    imports wait until something is pending.
    """
    with db.session() as s:
        pending = [spec for spec in PENDING if reg.is_stored(s, spec)]
        if not pending:
            return False
        from rekisteri.core import audit
        from rekisteri.core.denorm import recompute_last_contacts
        from rekisteri.core.retention.due import recompute

        counts: dict[str, object] = {}
        for spec in pending:
            stored = reg.read(s, spec)
            counts.update(stored)
            reg.delete(s, spec.key)
        counts.pop("recompute", None)
        counts["last_contact"] = recompute_last_contacts(s)
        s.flush()
        counts["due_dates"] = recompute(s)
        counts["request_deadlines"] = _request_deadlines(s)
        summary = "; ".join(f"{k}={v}" for k, v in sorted(counts.items()))
        audit.record(s, ACTOR, "rules.updated", "rules", None, summary, at=db.clock.now())
    return True
