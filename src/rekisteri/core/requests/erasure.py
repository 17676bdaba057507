"""Erasure on request (GDPR Art. 17) through the retention review's own erasure path.

A private-person customer is erased as a whole with ``RetentionService.erase_customers`` (what
``Register.delete_customer`` does); a contact person of an organisation is erased alone with
the same planner and executor the review uses for contacts (``retention.erase.plan_contact``
and ``execute``), so a legal hold keeps exactly what it keeps in the review. The answer says
what was kept and until when, in the person's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rekisteri.core import audit
from rekisteri.core.db.compact import checkpoint
from rekisteri.core.denorm import refresh_customer
from rekisteri.core.enums import CustomerKind
from rekisteri.core.formats import format_date, plural_form
from rekisteri.core.i18n import Message
from rekisteri.core.requests import texts
from rekisteri.core.retention.erase import Decision, Effect, ErasePlan, execute, plan_contact
from rekisteri.core.retention.erase import plan_customer as _plan_customer

if TYPE_CHECKING:
    from rekisteri.core.requests.facade import RequestsFacade


@dataclass(frozen=True)
class ErasureOutcome:
    """What an erasure removes and keeps (a preview before, the result after)."""

    whole_customer: bool
    effect: str
    removed: Message
    kept: Message | None
    kept_until: dt.date | None
    invoices_kept: int = 0
    hold_kind: str = ""
    hold_note: str = ""  # the user's own note on a hold (not for derived bookkeeping holds)

    @property
    def removes_anything(self) -> bool:
        return self.effect not in (Effect.HELD, Effect.MISSING, Effect.KEPT)


def _outcome(plan: ErasePlan, whole: bool) -> ErasureOutcome:
    hold = plan.hold
    return ErasureOutcome(
        whole_customer=whole,
        effect=plan.effect,
        removed=plan.removed_message(),
        kept=plan.kept_message(),
        kept_until=hold.until if hold is not None else None,
        invoices_kept=plan.invoices_kept,
        hold_kind=hold.kind if hold is not None else "",
        hold_note="" if hold is None or hold.derived else hold.reason,
    )


def _whole_customer(register: RequestsFacade, contact_id: int) -> tuple[int, bool]:
    """A private person's request erases their customer record; a contact person's, them."""
    contact = register.get_contact(contact_id)
    detail = register.get_customer(contact.customer_id)
    return detail.id, detail.kind == CustomerKind.PERSON and len(detail.contacts) == 1


def preview(register: RequestsFacade, contact_id: int) -> ErasureOutcome:
    customer_id, whole = _whole_customer(register, contact_id)
    today = register.db.clock.today()
    with register.db.session() as s:
        if whole:
            plan = _plan_customer(s, customer_id, Decision.DELETE, today)
        else:
            plan = plan_contact(s, contact_id, Decision.DELETE, today)
        s.rollback()
    return _outcome(plan, whole)


def erase(register: RequestsFacade, contact_id: int) -> ErasureOutcome:
    customer_id, whole = _whole_customer(register, contact_id)
    if whole:
        before = preview(register, contact_id)
        register.delete_customer(customer_id)  # the retention path, audited there
        return before
    today, now = register.db.clock.today(), register.db.clock.now()
    with register.db.session() as s:
        plan = plan_contact(s, contact_id, Decision.DELETE, today)
        execute(s, plan, today, register.actor, now)
        s.flush()
        if plan.effect != Effect.MISSING:
            refresh_customer(s, customer_id)
        audit.record(
            s,
            register.actor,
            "contact.erased",
            "customer",
            customer_id,
            f"{plan.effect}: 1 contact, on request",
            at=now,
        )
    checkpoint(register.db)
    return _outcome(plan, whole)


def answer(outcome: ErasureOutcome, lang: str) -> str:
    """The answer in the person's language: what was erased, and what the law still keeps."""
    letters = texts.load(lang)["letters"]
    until = format_date(outcome.kept_until, lang) if outcome.kept_until else ""
    parts = []
    if outcome.removes_anything:
        parts.append(str(letters["outcome"]["erasure"]))
    if outcome.effect == Effect.REDUCED:
        n = outcome.invoices_kept
        key = plural_form(n, "erasure_kept_invoice", "erasure_kept_invoices")
        parts.append(letters[key].format(n=n, until=until))
    elif outcome.effect == Effect.HELD:
        reason = texts.label(lang, "hold_kind", outcome.hold_kind)
        if outcome.hold_note:
            reason = f"{reason}: {outcome.hold_note}"
        parts.append(letters["erasure_held"].format(until=until, reason=reason))
    return " ".join(parts)
