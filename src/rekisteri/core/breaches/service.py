"""The breach log: logging a breach, its 72-hour clock, the decision and the notifications.

Documents made from a breach (the authority's notification, the letters to the people
affected) live in ``notification`` and ``letters``; this module is the record itself.
Audit events name the breach by number and the decision, never a person or the description.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rekisteri.core import audit
from rekisteri.core.breaches import checks, deadlines
from rekisteri.core.breaches.dto import BreachClock, BreachInput, BreachView, DecisionInput
from rekisteri.core.breaches.kinds import RiskLevel
from rekisteri.core.errors import NotFoundError, ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import Breach, BreachCustomer, Contact, Customer
from rekisteri.core.paths import write_private
from rekisteri.core.reminders.hook import refreshes_reminders
from rekisteri.core.validation import text_errors

if TYPE_CHECKING:
    from rekisteri.core.db.engine import Database
    from rekisteri.core.dto import ContactView
    from rekisteri.core.settings import ControllerSettings


class Host(Protocol):
    """What the service needs of the facade (named here, not imported: no import cycle)."""

    @property
    def db(self) -> Database: ...

    @property
    def actor(self) -> str: ...

    def get_controller(self) -> ControllerSettings: ...

    def get_contact(self, contact_id: int) -> ContactView: ...

    @property
    def reminders(self) -> _Refresher: ...


class _Refresher(Protocol):
    def refresh(self) -> bool: ...


def _opt(moment: dt.datetime | None) -> dt.datetime | None:
    return None if moment is None else deadlines.utc(moment)


class BreachService:
    def __init__(self, register: Host) -> None:
        self.register = register
        self.db = register.db

    # --- helpers ------------------------------------------------------------------------

    def _now(self) -> dt.datetime:
        return deadlines.utc(self.db.clock.now())

    def _audit(self, s: Session, action: str, ident: int | None, summary: str = "") -> None:
        audit.record(s, self.register.actor, action, "breach", ident, summary, at=self._now())

    def _load(self, s: Session, breach_id: int) -> Breach:
        b = s.get(Breach, breach_id)
        if b is None:
            raise NotFoundError("breach", breach_id)
        return b

    def _view(self, s: Session, b: Breach) -> BreachView:
        aware = deadlines.utc(b.aware_at)
        now = self._now()
        linked = s.scalars(
            select(BreachCustomer.customer_id)
            .where(BreachCustomer.breach_id == b.id)
            .order_by(BreachCustomer.customer_id)
        )
        notified = _opt(b.authority_notified_at)
        return BreachView(
            id=b.id,
            aware_at=aware,
            deadline_at=deadlines.deadline(aware),
            occurred_at=_opt(b.occurred_at),
            occurred_until=_opt(b.occurred_until),
            discovered_how=b.discovered_how,
            nature=tuple(x for x in b.nature.split(",") if x),
            description=b.description,
            data_categories=b.data_categories,
            people_categories=b.people_categories,
            people_count=b.people_count,
            records_count=b.records_count,
            counts_approximate=b.counts_approximate,
            consequences=b.consequences,
            measures_taken=b.measures_taken,
            measures_proposed=b.measures_proposed,
            risk=b.risk,
            risk_reasons=b.risk_reasons,
            decided_at=_opt(b.decided_at),
            decided_by=b.decided_by,
            authority_notified_at=notified,
            authority_reference=b.authority_reference,
            delay_reason=b.delay_reason,
            people_notified_at=_opt(b.people_notified_at),
            closed_at=_opt(b.closed_at),
            customer_ids=tuple(linked),
            clock=deadlines.state(aware, b.risk, notified, now),
            remaining=deadlines.remaining(aware, now),
            created_by=b.created_by,
        )

    def _touch(self, b: Breach) -> None:
        b.updated_at = self._now()
        b.updated_by = self.register.actor

    def _apply(self, s: Session, b: Breach, data: BreachInput) -> None:
        assert data.aware_at is not None
        b.aware_at = deadlines.utc(data.aware_at)
        b.occurred_at = _opt(data.occurred_at)
        b.occurred_until = _opt(data.occurred_until)
        b.discovered_how = data.discovered_how.strip()
        b.nature = ",".join(dict.fromkeys(data.nature))
        b.description = data.description.strip()
        b.data_categories = data.data_categories.strip()
        b.people_categories = data.people_categories.strip()
        b.people_count = data.people_count
        b.records_count = data.records_count
        b.counts_approximate = data.counts_approximate
        b.consequences = data.consequences.strip()
        b.measures_taken = data.measures_taken.strip()
        b.measures_proposed = data.measures_proposed.strip()
        s.flush()  # a new breach gets its number before the links name it
        if data.customer_ids is not None:
            self._set_links(s, b.id, data.customer_ids)

    def _set_links(self, s: Session, breach_id: int, customer_ids: tuple[int, ...]) -> None:
        wanted = set(customer_ids)
        found = set(s.scalars(select(Customer.id).where(Customer.id.in_(wanted))))
        if found != wanted:
            raise NotFoundError("customer", min(wanted - found))
        s.execute(delete(BreachCustomer).where(BreachCustomer.breach_id == breach_id))
        s.add_all(BreachCustomer(breach_id=breach_id, customer_id=c) for c in sorted(wanted))

    # --- logging and correcting ---------------------------------------------------------

    @refreshes_reminders
    def log(self, data: BreachInput) -> BreachView:
        """Record a breach as soon as it is known: the 72-hour clock runs from ``aware_at``."""
        now = self._now()
        errors = checks.facts(data, now)
        if errors:
            raise ValidationError(errors)
        actor = self.register.actor
        with self.db.session() as s:
            b = Breach(
                risk=RiskLevel.UNDECIDED.value,
                risk_reasons="",
                decided_by="",
                authority_reference="",
                delay_reason="",
                created_at=now,
                created_by=actor,
                updated_at=now,
                updated_by=actor,
            )
            s.add(b)
            self._apply(s, b, data)
            count = len(data.customer_ids or ())
            self._audit(s, "breach.logged", b.id, f"{count} customer(s) linked")
            return self._view(s, b)

    @refreshes_reminders
    def update(self, breach_id: int, data: BreachInput) -> BreachView:
        """Correct or complete the facts; the decision stays as it was taken."""
        errors = checks.facts(data, self._now())
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            b = self._load(s, breach_id)
            self._apply(s, b, data)
            self._touch(b)
            s.flush()
            self._audit(s, "breach.updated", b.id)
            return self._view(s, b)

    def link_customers(self, breach_id: int, customer_ids: tuple[int, ...]) -> BreachView:
        """Name the customers affected (all of them: the list replaces the previous one)."""
        with self.db.session() as s:
            b = self._load(s, breach_id)
            self._set_links(s, b.id, customer_ids)
            self._touch(b)
            s.flush()
            self._audit(s, "breach.linked", b.id, f"{len(set(customer_ids))} customer(s)")
            return self._view(s, b)

    @refreshes_reminders
    def delete(self, breach_id: int) -> None:
        """Remove an entry logged by mistake (a real breach stays documented: Art. 33(5)).

        Only while it is not assessed and nobody was notified: the assessment and the
        notifications are the controller's evidence and are never erased."""
        with self.db.session() as s:
            b = self._load(s, breach_id)
            if not _still_a_draft(b):
                raise ValidationError({"risk": _kept_message()})
            s.delete(b)
            self._audit(s, "breach.deleted", breach_id)

    # --- the decision and the notifications ---------------------------------------------

    @refreshes_reminders
    def decide(self, breach_id: int, data: DecisionInput) -> BreachView:
        """Record the risk assessment; a decision not to notify needs its reasons."""
        errors = checks.decision(data)
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:  # a notification made stands on the assessment made
            notified = self._load(s, breach_id)
            if notified.authority_notified_at or notified.people_notified_at:
                raise ValidationError({"risk": _kept_message()})
        ctrl = self.register.get_controller()
        by = (
            data.decided_by.strip()
            or ctrl.handler_name
            or ctrl.contact_person_name
            or self.register.actor
        )
        with self.db.session() as s:
            b = self._load(s, breach_id)
            if b.closed_at is not None:
                raise _closed()
            b.risk = data.risk
            b.risk_reasons = data.reasons.strip()
            b.decided_at = self._now()
            b.decided_by = by
            self._touch(b)
            self._audit(s, "breach.decided", b.id, f"risk: {data.risk}")
            return self._view(s, b)

    @refreshes_reminders
    def authority_notified(
        self, breach_id: int, at: dt.datetime, reference: str = "", delay_reason: str = ""
    ) -> BreachView:
        """The notification to Tietosuojavaltuutetun toimisto was sent at ``at``."""
        now = self._now()
        with self.db.session() as s:
            b = self._load(s, breach_id)
            errors = checks.authority_notice(b.aware_at, b.risk, at, delay_reason, now)
            errors.update(text_errors([("reference", "person_name", reference)]))
            if errors:
                raise ValidationError(errors)
            b.authority_notified_at = deadlines.utc(at)
            b.authority_reference = reference.strip()
            b.delay_reason = delay_reason.strip()
            self._touch(b)
            late = " (after 72 h)" if deadlines.is_overdue(b.aware_at, at) else ""
            self._audit(s, "breach.authority_notified", b.id, f"notified{late}")
            return self._view(s, b)

    @refreshes_reminders
    def people_notified(self, breach_id: int, at: dt.datetime) -> BreachView:
        """The people affected were told (Art. 34) at ``at``."""
        with self.db.session() as s:
            b = self._load(s, breach_id)
            if b.risk != RiskLevel.HIGH:
                raise ValidationError(
                    {
                        "risk": Message(
                            checks.CTX,
                            QT_TRANSLATE_NOOP(
                                "Breaches", "Only a high risk requires telling the people."
                            ),
                        )
                    }
                )
            if deadlines.utc(at) > self._now():
                raise ValidationError(
                    {
                        "notified_at": Message(
                            checks.CTX,
                            QT_TRANSLATE_NOOP("Breaches", "The moment cannot be in the future."),
                        )
                    }
                )
            b.people_notified_at = deadlines.utc(at)
            self._touch(b)
            self._audit(s, "breach.people_notified", b.id)
            return self._view(s, b)

    @refreshes_reminders
    def close(self, breach_id: int) -> BreachView:
        """Close a decided breach whose notifications are done; its record stays."""
        with self.db.session() as s:
            b = self._load(s, breach_id)
            stage = self._view(s, b).stage
            if stage.value != "decided":
                raise ValidationError(
                    {
                        "stage": Message(
                            checks.CTX,
                            QT_TRANSLATE_NOOP(
                                "Breaches",
                                "Decide on the risk and make the notifications it requires "
                                "before closing.",
                            ),
                        )
                    }
                )
            b.closed_at = self._now()
            self._touch(b)
            self._audit(s, "breach.closed", b.id)
            return self._view(s, b)

    # --- reading ------------------------------------------------------------------------

    def get(self, breach_id: int) -> BreachView:
        with self.db.session() as s:
            return self._view(s, self._load(s, breach_id))

    def list_all(self, *, open_only: bool = False) -> tuple[BreachView, ...]:
        """Newest awareness first; open ones only if asked."""
        with self.db.session() as s:
            stmt = select(Breach).order_by(Breach.aware_at.desc(), Breach.id.desc())
            if open_only:
                stmt = stmt.where(Breach.closed_at.is_(None))
            return tuple(self._view(s, b) for b in s.scalars(stmt))

    def for_customer(self, customer_id: int) -> tuple[BreachView, ...]:
        """The breaches that concerned a customer (for the person's access pack)."""
        with self.db.session() as s:
            rows = s.scalars(
                select(Breach)
                .join(BreachCustomer, BreachCustomer.breach_id == Breach.id)
                .where(BreachCustomer.customer_id == customer_id)
                .order_by(Breach.aware_at, Breach.id)
            )
            return tuple(self._view(s, b) for b in rows)

    def clock(self) -> BreachClock:
        """The running 72-hour clocks, for the status bar and the start-up banner."""
        views = self.list_all(open_only=True)
        ticking = [v for v in views if v.clock.ticking]
        first = min(ticking, key=lambda v: v.deadline_at, default=None)
        return BreachClock(
            ticking=len(ticking),
            overdue=sum(1 for v in ticking if v.overdue),
            people_due=sum(1 for v in views if v.stage.value == "notify_people"),
            next_deadline=first.deadline_at if first else None,
            remaining=first.remaining if first else None,
        )

    def contacts_to_tell(self, breach_id: int) -> tuple[int, ...]:
        """The contact persons of the customers linked to a breach: who gets a letter."""
        with self.db.session() as s:
            self._load(s, breach_id)
            ids = s.scalars(
                select(Contact.id)
                .join(BreachCustomer, BreachCustomer.customer_id == Contact.customer_id)
                .where(BreachCustomer.breach_id == breach_id)
                .order_by(Contact.customer_id, Contact.position, Contact.id)
            )
            return tuple(ids)

    # --- documents ----------------------------------------------------------------------

    def authority_text(self, breach_id: int, lang: str = "fi") -> str:
        """The notification to the authority as plain text, ready to paste into its form."""
        from rekisteri.core.breaches import notification

        b = self.get(breach_id)
        text = notification.render(b, self.register.get_controller(), lang)
        with self.db.session() as s:
            self._audit(s, "breach.notification_text", b.id, lang)
        return text

    def letter(self, breach_id: int, contact_id: int) -> bytes:
        """The Art. 34 letter to one person, in their language, as PDF (audited: an export)."""
        from rekisteri.core.breaches import letters  # reportlab: loaded when a PDF is made

        b = self.get(breach_id)
        if contact_id not in self.contacts_to_tell(breach_id):
            raise NotFoundError("contact", contact_id)
        contact = self.register.get_contact(contact_id)
        data = letters.render(b, contact, self.register.get_controller(), self.db.clock.today())
        with self.db.session() as s:
            self._audit(s, "breach.letter", b.id, "1 letter")
        return data

    def save_letters(self, breach_id: int, folder: Path) -> list[Path]:
        """Every affected person's letter into ``folder`` (0600 files; names hold no name)."""
        from rekisteri.core.breaches import letters

        folder = Path(folder)
        if not folder.is_dir():
            raise NotADirectoryError(str(folder))
        paths = []
        for contact_id in self.contacts_to_tell(breach_id):
            contact = self.register.get_contact(contact_id)
            name = letters.file_name(breach_id, contact_id, contact.language)
            paths.append(write_private(folder / name, self.letter(breach_id, contact_id)))
        return paths


def _closed() -> ValidationError:
    return ValidationError(
        {
            "stage": Message(
                checks.CTX, QT_TRANSLATE_NOOP("Breaches", "The breach is already closed.")
            )
        }
    )


def _still_a_draft(b: Breach) -> bool:
    return (
        b.risk == RiskLevel.UNDECIDED
        and b.authority_notified_at is None
        and b.people_notified_at is None
        and b.closed_at is None
    )


def _kept_message() -> Message:
    return Message(
        checks.CTX,
        QT_TRANSLATE_NOOP(
            "Breaches",
            "An assessed or notified breach stays in the log as it was decided (GDPR Art. "
            "33(5)). Add what you learn later to the description or the measures.",
        ),
    )
