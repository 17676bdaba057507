"""The request log: logging a request, its deadline, extension and closing.

Acting on a request (access pack, erasure, restriction, ...) lives in ``actions`` and
``pack``; this module is the ledger of what was asked and when it must be answered.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from rekisteri.core import audit
from rekisteri.core.enums import Language
from rekisteri.core.errors import NotFoundError, ValidationError
from rekisteri.core.formats import format_date
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import Contact, SubjectRequest
from rekisteri.core.paths import write_private
from rekisteri.core.reminders.hook import refreshes_reminders
from rekisteri.core.requests import actions, deadlines, erasure, pack, pack_builder, texts
from rekisteri.core.requests.dto import RequestCounts, RequestInput, RequestView
from rekisteri.core.requests.erasure import ErasureOutcome
from rekisteri.core.requests.kinds import (
    OPEN_STATUSES,
    RequestChannel,
    RequestKind,
    RequestStatus,
)
from rekisteri.core.requests.pack import AccessPack
from rekisteri.core.validation import text_errors

if TYPE_CHECKING:
    from rekisteri.core.db.engine import Database
    from rekisteri.core.requests.facade import RequestsFacade

_CTX = "Requests"

#: Years a closed request is kept after its answer, to show the answer was given: the
#: general limitation period for claims (Vanhentumislaki 728/2003, 4 §) is three years.
RETENTION_YEARS = 3


def _err(field: str, text: str) -> ValidationError:
    return ValidationError({field: Message(_CTX, text)})


class RequestService:
    def __init__(self, register: RequestsFacade) -> None:
        self.register = register

    @property
    def db(self) -> Database:
        return self.register.db

    # --- helpers ------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self.db.clock.today()

    def _audit(self, s: Session, action: str, ident: int | None, summary: str = "") -> None:
        audit.record(
            s,
            self.register.actor,
            action,
            "subject_request",
            ident,
            summary,
            at=self.db.clock.now(),
        )

    def _view(self, s: Session, r: SubjectRequest) -> RequestView:
        today = self._today()
        customer_id = None
        if r.contact_id is not None:
            customer_id = s.execute(
                select(Contact.customer_id).where(Contact.id == r.contact_id)
            ).scalar_one_or_none()
        is_open = r.status in OPEN_STATUSES
        return RequestView(
            id=r.id,
            contact_id=r.contact_id,
            customer_id=customer_id,
            person_name=r.person_name,
            language=r.language,
            kind=r.kind,
            details=r.details,
            received_on=r.received_on,
            channel=r.channel,
            identity_check=r.identity_check,
            status=r.status,
            first_due_on=r.first_due_on,
            due_on=r.due_on,
            extension_reason=r.extension_reason,
            told_on=r.told_on,
            answer=r.answer,
            answered_on=r.answered_on,
            anonymised=r.anonymised,
            overdue=is_open and deadlines.is_overdue(r.due_on, today),
            due_soon=is_open and deadlines.is_due_soon(r.due_on, today),
            created_by=r.created_by,
            target_on=deadlines.target(r.received_on, extended=bool(r.extension_reason)),
        )

    def _load(self, s: Session, request_id: int) -> SubjectRequest:
        r = s.get(SubjectRequest, request_id)
        if r is None:
            raise NotFoundError("subject_request", request_id)
        return r

    # --- logging ------------------------------------------------------------------------

    @refreshes_reminders
    def log(self, data: RequestInput) -> RequestView:
        """Record a request as received; its due date follows from the received day."""
        today = self._today()
        received = _check_log(data, today)
        now = self.db.clock.now()
        actor = self.register.actor
        with self.db.session() as s:
            name = data.person_name.strip()
            language = data.language or Language.FI.value
            if data.contact_id is not None:
                contact = s.get(Contact, data.contact_id)
                if contact is None:
                    raise NotFoundError("contact", data.contact_id)
                name = name or f"{contact.first_name} {contact.last_name}".strip()
                language = data.language or contact.language
            due = deadlines.first_due(received)
            r = SubjectRequest(
                contact_id=data.contact_id,
                person_name=name,
                language=language,
                kind=data.kind,
                details=data.details.strip(),
                received_on=received,
                channel=data.channel,
                identity_check=data.identity_check.strip(),
                status=RequestStatus.OPEN.value,
                first_due_on=due,
                due_on=due,
                extension_reason="",
                told_on=None,
                answer="",
                answered_on=None,
                anonymised=False,
                created_at=now,
                created_by=actor,
                updated_at=now,
                updated_by=actor,
            )
            s.add(r)
            s.flush()
            self._audit(s, "request.logged", r.id, data.kind)
            return self._view(s, r)

    def link_contact(self, request_id: int, contact_id: int) -> RequestView:
        """Attach a request logged by name to the contact it turned out to concern."""
        with self.db.session() as s:
            r = self._load(s, request_id)
            contact = s.get(Contact, contact_id)
            if contact is None:
                raise NotFoundError("contact", contact_id)
            r.contact_id = contact_id
            self._touch(r)
            self._audit(s, "request.linked", r.id, "contact linked")
            return self._view(s, r)

    def _touch(self, r: SubjectRequest) -> None:
        r.updated_at = self.db.clock.now()
        r.updated_by = self.register.actor

    # --- reading ------------------------------------------------------------------------

    def get(self, request_id: int) -> RequestView:
        with self.db.session() as s:
            return self._view(s, self._load(s, request_id))

    def list_open(self) -> tuple[RequestView, ...]:
        """Open and extended requests, the most urgent first."""
        with self.db.session() as s:
            rows = s.scalars(
                select(SubjectRequest)
                .where(SubjectRequest.status.in_(OPEN_STATUSES))
                .order_by(SubjectRequest.due_on, SubjectRequest.id)
            )
            return tuple(self._view(s, r) for r in rows)

    def list_all(self, limit: int = 500) -> tuple[RequestView, ...]:
        """Every request, newest first (the history view)."""
        with self.db.session() as s:
            rows = s.scalars(
                select(SubjectRequest)
                .order_by(SubjectRequest.received_on.desc(), SubjectRequest.id.desc())
                .limit(limit)
            )
            return tuple(self._view(s, r) for r in rows)

    def for_contact(self, contact_id: int) -> tuple[RequestView, ...]:
        with self.db.session() as s:
            rows = s.scalars(
                select(SubjectRequest)
                .where(SubjectRequest.contact_id == contact_id)
                .order_by(SubjectRequest.received_on, SubjectRequest.id)
            )
            return tuple(self._view(s, r) for r in rows)

    def counts(self) -> RequestCounts:
        today = self._today()
        soon = today + dt.timedelta(days=deadlines.DUE_SOON_DAYS)
        open_ = SubjectRequest.status.in_(OPEN_STATUSES)
        with self.db.session() as s:

            def count(*where: ColumnElement[bool]) -> int:
                stmt = select(func.count(SubjectRequest.id)).where(open_, *where)
                return int(s.execute(stmt).scalar_one())

            return RequestCounts(
                open=count(),
                overdue=count(SubjectRequest.due_on < today),
                due_soon=count(SubjectRequest.due_on >= today, SubjectRequest.due_on <= soon),
            )

    # --- extension and closing ----------------------------------------------------------

    @refreshes_reminders
    def extend(self, request_id: int, reason: str, told_on: dt.date) -> RequestView:
        """Art. 12(3): two more months, with reasons, if the person was told in time."""
        today = self._today()
        with self.db.session() as s:
            r = self._load(s, request_id)
            if r.status != RequestStatus.OPEN:
                raise _err(
                    "status",
                    QT_TRANSLATE_NOOP("Requests", "Only an open request can be extended, once."),
                )
            errors: dict[str, Message] = {}
            errors.update(text_errors([("extension_reason", "extension_reason", reason)]))
            if not reason.strip():
                errors["extension_reason"] = Message(
                    _CTX, QT_TRANSLATE_NOOP("Requests", "Give the reason for the extension.")
                )
            if told_on > today:
                errors["told_on"] = Message(
                    _CTX, QT_TRANSLATE_NOOP("Requests", "The date cannot be in the future.")
                )
            elif told_on < r.received_on or told_on > r.first_due_on:
                errors["told_on"] = Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Requests",
                        "The person must be told of the extension within the first month "
                        "({first} – {due}).",
                    ),
                    {"first": format_date(r.received_on), "due": format_date(r.first_due_on)},
                )
            if errors:
                raise ValidationError(errors)
            r.status = RequestStatus.EXTENDED.value
            r.extension_reason = reason.strip()
            r.told_on = told_on
            r.due_on = deadlines.extended_due(r.received_on)
            self._touch(r)
            self._audit(s, "request.extended", r.id, r.kind)
            return self._view(s, r)

    @refreshes_reminders
    def close(
        self,
        request_id: int,
        status: str,
        answer: str,
        answered_on: dt.date | None = None,
    ) -> RequestView:
        """Mark a request done or refused; the answer (or reason to refuse) stays on record."""
        today = self._today()
        on = answered_on or today
        with self.db.session() as s:
            r = self._load(s, request_id)
            errors: dict[str, Message] = {}
            errors.update(text_errors([("answer", "answer", answer)]))
            if r.status not in OPEN_STATUSES:
                errors["status"] = Message(
                    _CTX, QT_TRANSLATE_NOOP("Requests", "The request is already closed.")
                )
            if status not in (RequestStatus.DONE, RequestStatus.REFUSED):
                errors["status"] = Message(
                    _CTX, QT_TRANSLATE_NOOP("Requests", "Choose done or refused.")
                )
            if not answer.strip():
                errors["answer"] = Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Requests", "Write down the answer given (for a refusal, its reasons)."
                    ),
                )
            if on > today:
                errors["answered_on"] = Message(
                    _CTX, QT_TRANSLATE_NOOP("Requests", "The date cannot be in the future.")
                )
            elif on < r.received_on:
                errors["answered_on"] = Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Requests", "The answer cannot predate the request."),
                )
            if errors:
                raise ValidationError(errors)
            r.status = status
            r.answer = answer.strip()
            r.answered_on = on
            self._touch(r)
            late = " (late)" if on > r.due_on else ""
            self._audit(s, f"request.{status}", r.id, f"{r.kind}{late}")
            return self._view(s, r)

    # --- the request log's own retention -----------------------------------------------

    def anonymise_expired(self) -> int:
        """Blank the personal data of requests closed more than RETENTION_YEARS ago.

        The row (type, dates, status) stays as proof that requests were answered in time.
        """
        today = self._today()
        with self.db.session() as s:
            rows = list(
                s.scalars(
                    select(SubjectRequest).where(
                        SubjectRequest.status.not_in(OPEN_STATUSES),
                        SubjectRequest.anonymised.is_(False),
                        SubjectRequest.answered_on.is_not(None),
                    )
                )
            )
            expired = [
                r
                for r in rows
                if r.answered_on is not None
                and deadlines.add_months(r.answered_on, 12 * RETENTION_YEARS) < today
            ]
            for r in expired:
                r.person_name = ""
                r.details = ""
                r.identity_check = ""
                r.extension_reason = ""
                r.answer = ""
                r.contact_id = None
                r.anonymised = True
                self._touch(r)
            if expired:
                self._audit(
                    s,
                    "request.anonymised",
                    None,
                    f"{len(expired)} request(s), {RETENTION_YEARS} years after the answer",
                )
            return len(expired)

    # --- acting on requests -------------------------------------------------------------

    def access_pack(self, contact_id: int, lang: str | None = None) -> AccessPack:
        """Everything held about the person as PDF, JSON and CSV bytes (audited as an export)."""
        from rekisteri.core.requests import pdf  # reportlab: loaded when a PDF is made

        chosen = lang if lang in texts.LANGUAGES else None
        data = pack_builder.collect(self.register, contact_id, chosen)
        result = AccessPack(
            pdf=pdf.render_pack(data),
            json=pack.to_json(data),
            csv=pack.to_csv(data),
            stem=f"access-pack-{contact_id}-{data.generated_on.isoformat()}",
            language=data.language,
        )
        with self.db.session() as s:
            audit.record(
                s,
                self.register.actor,
                "request.access_pack",
                "contact",
                contact_id,
                f"access pack made: PDF, JSON, CSV ({len(data.interactions)} interactions, "
                f"{len(data.consent_ledger)} ledger events)",
                at=self.db.clock.now(),
            )
        return result

    def save_documents(self, folder: Path, files: dict[str, bytes]) -> list[Path]:
        """Write documents into the folder the user chose (0600, atomic) and audit it."""
        folder = Path(folder)
        if not folder.is_dir():
            raise NotADirectoryError(str(folder))
        paths = [write_private(folder / name, data) for name, data in files.items()]
        with self.db.session() as s:
            audit.record(
                s,
                self.register.actor,
                "request.documents_saved",
                "",
                None,
                f"{len(paths)} file(s) saved",
                at=self.db.clock.now(),
            )
        return paths

    def pack_sent(self, request_id: int) -> RequestView:
        return actions.pack_sent(self, request_id)

    def restrict(self, request_id: int, reason: str) -> RequestView:
        return actions.restrict(self, request_id, reason)

    def object_to_marketing(self, request_id: int) -> RequestView:
        return actions.object_to_marketing(self, request_id)

    def withdraw_consent(
        self, request_id: int, channels: tuple[str, ...] | None = None
    ) -> RequestView:
        return actions.withdraw_consent(self, request_id, channels)

    def erasure_preview(self, request_id: int) -> ErasureOutcome:
        """What erasing the request's person would remove and keep, before it is done."""
        _r, contact_id = actions.open_linked(self, request_id)
        return erasure.preview(self.register, contact_id)

    def erase(self, request_id: int) -> RequestView:
        return actions.erase(self, request_id)

    def letter(self, request_id: int, kind: str) -> bytes:
        """An answer letter as PDF bytes in the person's language (audited: it is an export)."""
        r = self.get(request_id)
        from rekisteri.core.requests import letters  # reportlab: loaded when a PDF is made

        data = letters.render(self.register, r, letters.LetterKind(kind))
        with self.db.session() as s:
            self._audit(s, "request.letter", r.id, kind)
        return data


def _check_log(data: RequestInput, today: dt.date) -> dt.date:
    """The day the request was received (today if not given), or a ValidationError."""
    errors = text_errors(
        [
            ("person_name", "person_name", data.person_name),
            ("details", "details", data.details),
            ("identity_check", "identity_check", data.identity_check),
        ]
    )
    received = data.received_on or today
    if data.kind not in {k.value for k in RequestKind}:
        errors["kind"] = Message(_CTX, QT_TRANSLATE_NOOP("Requests", "Choose a request type."))
    if data.channel not in {c.value for c in RequestChannel}:
        errors["channel"] = Message(
            _CTX, QT_TRANSLATE_NOOP("Requests", "Choose how the request arrived.")
        )
    if received > today:
        errors["received_on"] = Message(
            _CTX, QT_TRANSLATE_NOOP("Requests", "The date cannot be in the future.")
        )
    if data.contact_id is None and not data.person_name.strip():
        errors["person_name"] = Message(
            _CTX,
            QT_TRANSLATE_NOOP("Requests", "Pick the person from the register or give a name."),
        )
    if data.language and data.language not in {x.value for x in Language}:
        errors["language"] = Message(_CTX, QT_TRANSLATE_NOOP("Requests", "Choose a language."))
    if errors:
        raise ValidationError(errors)
    return received
