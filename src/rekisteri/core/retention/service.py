"""``register.retention``: rules, holds, due dates, the review and erasure, behind one facade.

Every method opens its own short Session and returns frozen data, like the register facade.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rekisteri.core import audit
from rekisteri.core import settings_registry as reg
from rekisteri.core.db.compact import checkpoint
from rekisteri.core.denorm import refresh_customer
from rekisteri.core.errors import NotFoundError, ValidationError
from rekisteri.core.gc_pause import paused_gc
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import (
    AnonymisedRecord,
    Contact,
    Customer,
    LegalHold,
    RetentionRule,
    ReviewRecord,
    SuppressionEntry,
)
from rekisteri.core.reminders.hook import refreshes_reminders
from rekisteri.core.retention.due import recompute
from rekisteri.core.retention.erase import Decision, Effect, ErasePlan, execute, plan_customer
from rekisteri.core.retention.holds import Hold, HoldKind
from rekisteri.core.retention.interactions import expired_interactions
from rekisteri.core.retention.review import (
    CONTACT,
    CUSTOMER,
    ReviewDecision,
    ReviewItem,
    ReviewOutcome,
    ReviewStatus,
    due_filters,
    outcome,
    plan_all,
    review_items,
    validate_decisions,
)
from rekisteri.core.retention.rules import (
    CTX,
    RuleView,
    add_period,
    load_rules,
    save_rule,
    validate_rule,
)
from rekisteri.core.retention.suppression import (
    MAX_YEARS,
    digest,
    purge_expired,
    register_key,
    suppression_years,
)
from rekisteri.core.retention.views import (
    AnonymisedView,
    ErasureLine,
    ErasurePreview,
    ReviewRecordView,
)

if TYPE_CHECKING:
    from rekisteri.core.context import Handle
    from rekisteri.core.db.engine import Database


MAX_GAP_MONTHS = 60  # seed 002: a review at least every five years


class RetentionService:
    def __init__(self, handle: Handle) -> None:
        self.handle = handle

    @property
    def db(self) -> Database:
        return self.handle.db

    # --- settings ---------------------------------------------------------------------

    def review_interval_months(self) -> int:
        """The stored interval, clamped: a damaged setting must not keep the review shut."""
        value = self.handle.setting(reg.REVIEW_INTERVAL_MONTHS)
        return max(1, min(MAX_GAP_MONTHS, value))

    @refreshes_reminders
    def set_review_interval_months(self, months: int) -> None:
        if not 1 <= months <= MAX_GAP_MONTHS:
            raise ValidationError(
                {
                    "interval": Message(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Retention", "Review at least every five years (1 to 60 months)."
                        ),
                    )
                }
            )
        self.handle.set_setting(reg.REVIEW_INTERVAL_MONTHS, months)

    def backup_retention_days(self) -> int:
        # One setting: the security page's backup rotation uses it too.
        return self.handle.setting(reg.BACKUP_KEEP_DAYS)

    def set_backup_retention_days(self, days: int) -> None:
        if not 1 <= days <= 365:
            raise ValidationError(
                {
                    "backup_days": Message(
                        CTX, QT_TRANSLATE_NOOP("Retention", "Keep backups 1 to 365 days.")
                    )
                }
            )
        self.handle.set_setting(reg.BACKUP_KEEP_DAYS, days)

    def financial_year_end(self) -> tuple[int, int]:
        with self.db.session() as s:
            from rekisteri.core.retention.due import fy_end_setting

            return fy_end_setting(s)

    def set_financial_year_end(self, month: int, day: int) -> None:
        dt.date(2001, month, day)  # raises on an impossible day
        self.handle.set_setting(reg.FINANCIAL_YEAR_END, f"{month:02d}-{day:02d}")
        self.recompute_all()

    def bookkeeping_years(self) -> int:
        rule = next((r for r in self.list_rules() if r.key == "bookkeeping"), None)
        return rule.period_years if rule else 0

    def set_bookkeeping_years(self, years: int) -> None:
        """6 years for vouchers, 10 for the books themselves (Kirjanpitolaki 2:10)."""
        if years not in (6, 10):
            raise ValidationError(
                {"years": Message(CTX, QT_TRANSLATE_NOOP("Retention", "Choose 6 or 10 years."))}
            )
        rule = next((r for r in self.list_rules() if r.key == "bookkeeping"), None)
        if rule is None:
            raise NotFoundError("retention_rule", "bookkeeping")
        self.save_rule(replace(rule, period_years=years, period_months=0, period_days=0))

    # --- rules ------------------------------------------------------------------------

    def list_rules(self) -> list[RuleView]:
        with self.db.session() as s:
            return load_rules(s)

    def save_rule(self, rule: RuleView) -> RuleView:
        errors = validate_rule(rule)
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            load_rules(s)
            row = save_rule(s, rule)
            audit.record(
                s,
                self.handle.actor,
                "retention.rule_saved",
                "retention_rule",
                row.id,
                f"{row.applies_to}/{row.counts_from} {row.period_years}y{row.period_months}m"
                f"{row.period_days}d {row.action} enabled={row.enabled}",
                at=self.db.clock.now(),
            )
            recompute(s)
            return next(r for r in load_rules(s) if r.id == row.id)

    def delete_rule(self, rule_id: int) -> None:
        with self.db.session() as s:
            row = s.get(RetentionRule, rule_id)
            if row is None:
                raise NotFoundError("retention_rule", rule_id)
            s.delete(row)
            s.flush()
            audit.record(
                s,
                self.handle.actor,
                "retention.rule_deleted",
                "retention_rule",
                rule_id,
                at=self.db.clock.now(),
            )
            recompute(s)

    # --- holds ------------------------------------------------------------------------

    def add_hold(
        self,
        customer_id: int,
        kind: str,
        reason: str,
        until: dt.date,
        contact_id: int | None = None,
    ) -> Hold:
        if kind not in {k.value for k in HoldKind}:
            raise ValidationError(
                {"kind": Message(CTX, QT_TRANSLATE_NOOP("Retention", "Choose a kind."))}
            )
        if not reason.strip():
            raise ValidationError(
                {
                    "reason": Message(
                        CTX, QT_TRANSLATE_NOOP("Retention", "Give the reason for the hold.")
                    )
                }
            )
        with self.db.session() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFoundError("customer", customer_id)
            h = LegalHold(
                customer_id=customer_id,
                contact_id=contact_id,
                kind=kind,
                reason=reason.strip(),
                until=until,
                created_at=self.db.clock.now(),
                created_by=self.handle.actor,
            )
            s.add(h)
            s.flush()
            audit.record(
                s,
                self.handle.actor,
                "retention.hold_added",
                "customer",
                customer_id,
                f"{kind} until {until.isoformat()}",
                at=self.db.clock.now(),
            )
            refresh_customer(s, customer_id)
            return Hold(h.id, customer_id, contact_id, kind, h.reason, until)

    def holds(self, customer_id: int) -> list[Hold]:
        with self.db.session() as s:
            rows = s.scalars(select(LegalHold).where(LegalHold.customer_id == customer_id))
            return [
                Hold(h.id, h.customer_id, h.contact_id, h.kind, h.reason, h.until) for h in rows
            ]

    def remove_hold(self, hold_id: int) -> None:
        with self.db.session() as s:
            h = s.get(LegalHold, hold_id)
            if h is None:
                raise NotFoundError("legal_hold", hold_id)
            cid = h.customer_id
            s.delete(h)
            s.flush()
            audit.record(
                s,
                self.handle.actor,
                "retention.hold_removed",
                "customer",
                cid,
                at=self.db.clock.now(),
            )
            refresh_customer(s, cid)

    # --- due dates --------------------------------------------------------------------

    def recompute_all(self) -> int:
        with self.db.session() as s:
            return recompute(s)

    # --- the review -------------------------------------------------------------------

    def _next_review(self, s: Session, today: dt.date) -> tuple[dt.date | None, dt.date]:
        last_raw = reg.read(s, reg.LAST_REVIEW_ON)
        last = dt.date.fromisoformat(last_raw) if last_raw else None
        first_raw = reg.read(s, reg.FIRST_USE_ON)
        if not first_raw:
            first_raw = today.isoformat()
            if self.db.role == "owner":  # an assistant may not write settings: not kept
                reg.write(s, reg.FIRST_USE_ON, first_raw)
        months = max(1, min(MAX_GAP_MONTHS, reg.read(s, reg.REVIEW_INTERVAL_MONTHS)))
        return last, add_period(last or dt.date.fromisoformat(first_raw), months=months)

    def next_review_on(self) -> dt.date:
        """The date alone, without counting what is past due (the status bar needs no more)."""
        with self.db.session() as s:
            return self._next_review(s, self.db.clock.today())[1]

    def review_status(self) -> ReviewStatus:
        today = self.db.clock.today()
        with self.db.session() as s:
            last, next_on = self._next_review(s, today)
            customers_q, contacts_q = due_filters(today)
            past = s.execute(select(func.count()).select_from(customers_q.subquery())).scalar_one()
            past += s.execute(select(func.count()).select_from(contacts_q.subquery())).scalar_one()
            past += len(expired_interactions(s, today))
            expires = s.execute(
                select(ReviewRecord.backup_expires_on).order_by(ReviewRecord.id.desc()).limit(1)
            ).scalar()
        return ReviewStatus(last, next_on, today >= next_on, int(past), expires)

    def review_list(self) -> list[ReviewItem]:
        with paused_gc(), self.db.session() as s:
            return review_items(s, self.db.clock.today())

    def review(self) -> list[ReviewItem]:
        """The benchmark harness's name for ``review_list``."""
        return self.review_list()

    def dry_run(self, decisions: list[ReviewDecision]) -> ReviewOutcome:
        today = self.db.clock.today()
        self._check(decisions, today)
        with self.db.session() as s:
            result = outcome(plan_all(s, decisions, today))
            s.rollback()
        return replace(result, next_review_on=self.next_review_after(today))

    def _check(self, decisions: list[ReviewDecision], today: dt.date) -> None:
        errors = validate_decisions(decisions, today)
        if errors:
            raise ValidationError(errors)

    def next_review_after(self, today: dt.date) -> dt.date:
        return add_period(today, months=self.review_interval_months())

    @refreshes_reminders
    def apply(
        self, decisions: list[ReviewDecision], *, lang: str = "fi", progress: Any = None
    ) -> ReviewOutcome:
        """Backup, then every decision in one transaction, then make the erasure stick."""
        from rekisteri.core.db.shared_lock import exclusive
        from rekisteri.core.retention.apply import apply_review

        self._check(decisions, self.db.clock.today())
        with exclusive(self.db, "review"):  # one review at a time on a shared register
            return apply_review(self, decisions, lang, progress)

    def reviews(self) -> list[ReviewRecordView]:
        with self.db.session() as s:
            rows = s.execute(
                select(
                    ReviewRecord.id,
                    ReviewRecord.held_on,
                    ReviewRecord.reviewer,
                    ReviewRecord.deleted,
                    ReviewRecord.anonymised,
                    ReviewRecord.kept,
                    ReviewRecord.next_review_on,
                    ReviewRecord.backup_expires_on,
                    ReviewRecord.minutes_pdf.is_not(None),
                ).order_by(ReviewRecord.id.desc())
            ).all()
        return [ReviewRecordView(*r) for r in rows]

    def minutes_pdf(self, review_id: int) -> bytes:
        with self.db.session() as s:
            r = s.get(ReviewRecord, review_id)
            if r is None or r.minutes_pdf is None:
                raise NotFoundError("review", review_id)
            return bytes(r.minutes_pdf)

    def export_minutes(self, review_id: int, dest: Path) -> Path:
        """Write the minutes where the user chose, and leave a trace of the export."""
        data = self.minutes_pdf(review_id)
        dest.write_bytes(data)
        with self.db.session() as s:
            audit.record(
                s,
                self.handle.actor,
                "retention.minutes_exported",
                "review",
                review_id,
                at=self.db.clock.now(),
            )
        return dest

    def anonymised_records(self) -> list[AnonymisedView]:
        with self.db.session() as s:
            rows = s.scalars(select(AnonymisedRecord).order_by(AnonymisedRecord.id))
            return [
                AnonymisedView(r.customer_kind, r.industry, r.postcode, r.year, r.anonymised_on)
                for r in rows
            ]

    # --- erasure ----------------------------------------------------------------------

    def erasure_preview(self, customer_ids: list[int]) -> ErasurePreview:
        today = self.db.clock.today()
        with self.db.session() as s:
            lines = []
            for cid in customer_ids:
                plan = plan_customer(s, cid, Decision.DELETE, today)
                if plan.effect == Effect.MISSING:
                    raise NotFoundError("customer", cid)
                name = s.execute(select(Customer.name).where(Customer.id == cid)).scalar_one()
                lines.append(_erasure_line(plan, name))
            s.rollback()
        return ErasurePreview(tuple(lines))

    def erase_customers(
        self, customer_ids: list[int], *, missing_ok: bool = False
    ) -> ErasurePreview:
        """The one erasure path: a legal hold keeps what it must, the rest is removed.

        Many customers go in one transaction and one index purge, so a bulk delete costs
        about what a single one does. ``missing_ok`` skips customers already gone.
        """
        today, now = self.db.clock.today(), self.db.clock.now()
        with self.db.session() as s:
            lines: list[ErasureLine] = []
            effects: dict[str, int] = {}
            for cid in customer_ids:
                plan = plan_customer(s, cid, Decision.DELETE, today)
                if plan.effect == Effect.MISSING:
                    if missing_ok:
                        continue
                    raise NotFoundError("customer", cid)
                name = s.execute(select(Customer.name).where(Customer.id == cid)).scalar_one()
                lines.append(_erasure_line(plan, name))
                execute(s, plan, today, self.handle.actor, now)
                if plan.effect == Effect.REDUCED:
                    s.flush()
                    refresh_customer(s, cid)
                effects[plan.effect] = effects.get(plan.effect, 0) + 1
                effects["contacts removed"] = effects.get("contacts removed", 0) + (
                    plan.contacts if plan.effect != Effect.HELD else 0
                )
            audit.record(
                s,
                self.handle.actor,
                "customer.erased",
                "customer",
                None,
                ", ".join(f"{k}: {v}" for k, v in sorted(effects.items())),
                at=now,
            )
        checkpoint(self.db)
        return ErasurePreview(tuple(lines))

    # --- suppression ------------------------------------------------------------------

    def suppression_years(self) -> int:
        """How long an erased refuser's digest is kept (the privacy notice states it)."""
        with self.db.session() as s:
            return suppression_years(s)

    def set_suppression_years(self, years: int) -> None:
        if not 1 <= int(years) <= MAX_YEARS:
            raise ValidationError(
                {
                    "suppression_years": Message(
                        CTX, QT_TRANSLATE_NOOP("Retention", "Choose 1 to 10 years.")
                    )
                }
            )
        self.handle.set_setting(reg.SUPPRESSION_YEARS, int(years))
        with self.db.session() as s:
            purge_expired(s, self.db.clock.today())

    def is_suppressed(self, email: str | None = None, phone: str | None = None) -> bool:
        with self.db.session() as s:
            purge_expired(s, self.db.clock.today())
            key = register_key(s)
            digests = []
            if email:
                digests.append(digest(key, "email", email))
            if phone:
                digests.append(digest(key, "phone", phone))
            if not digests:
                return False
            hit = s.execute(
                select(SuppressionEntry.digest).where(SuppressionEntry.digest.in_(digests)).limit(1)
            ).scalar()
            return hit is not None

    def suppression_count(self) -> int:
        with self.db.session() as s:
            purge_expired(s, self.db.clock.today())
            return int(s.execute(select(func.count(SuppressionEntry.digest))).scalar_one())


def _erasure_line(plan: ErasePlan, name: str) -> ErasureLine:
    until = plan.hold.until if plan.hold is not None else None
    return ErasureLine(plan.customer_id, name, plan.removed_message(), plan.kept_message(), until)


__all__ = ["CONTACT", "CUSTOMER", "Contact", "ErasurePreview", "RetentionService"]
