"""The import preview: what each row would do, before anything is written.

Each record is checked, then matched against the register (same e-mail, phone or Y-tunnus)
and the suppression list (people erased after banning marketing). The preview is plain data
the wizard and the CLI show; ``commit`` writes it once the user has chosen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.io.records import ImportRecord, RawRecord, clean
from rekisteri.core.models import Contact, ContactEmail, ContactPhone, Customer

if TYPE_CHECKING:
    from rekisteri.core.db.engine import Database

_CTX = "Import"


class RowStatus(StrEnum):
    NEW = "new"
    MATCH = "match"
    ERROR = "error"
    SUPPRESSED = "suppressed"

    def label(self) -> str:
        return translate(_CTX, _STATUS_LABELS[self])


_STATUS_LABELS = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("Import", "New"),
    RowStatus.MATCH: QT_TRANSLATE_NOOP("Import", "Already in the register"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("Import", "Error"),
    RowStatus.SUPPRESSED: QT_TRANSLATE_NOOP("Import", "Erased, banned marketing"),
}


class MergeChoice(StrEnum):
    """What to do with a row that matches a contact already in the register."""

    SKIP = "skip"
    UPDATE = "update"
    ADD = "add"

    def label(self) -> str:
        return translate(_CTX, _CHOICE_LABELS[self])


_CHOICE_LABELS = {
    MergeChoice.SKIP: QT_TRANSLATE_NOOP("Import", "Skip"),
    MergeChoice.UPDATE: QT_TRANSLATE_NOOP("Import", "Update the existing contact"),
    MergeChoice.ADD: QT_TRANSLATE_NOOP("Import", "Add anyway"),
}


@dataclass(frozen=True)
class Match:
    customer_id: int
    contact_id: int | None  # None: only the customer's Y-tunnus matched
    customer_name: str
    by: str  # "email", "phone" or "business_id"

    def describe(self) -> Message:
        texts = {
            "email": QT_TRANSLATE_NOOP("Import", "Same e-mail as a contact of {name}"),
            "phone": QT_TRANSLATE_NOOP("Import", "Same phone as a contact of {name}"),
            "business_id": QT_TRANSLATE_NOOP("Import", "Same business ID as {name}"),
        }
        return Message(_CTX, texts[self.by], {"name": self.customer_name})


@dataclass(frozen=True)
class PreviewRow:
    index: int
    record: ImportRecord
    status: RowStatus
    match: Match | None = None

    @property
    def errors(self) -> tuple[Message, ...]:
        return self.record.errors


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    file_kind: str  # "csv" or "vcard"
    rows: tuple[PreviewRow, ...]

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    def counts(self) -> dict[RowStatus, int]:
        found = Counter(r.status for r in self.rows)
        return {s: found[s] for s in RowStatus}

    @property
    def consent_in_file(self) -> bool:
        """The file states marketing consent for at least one importable row."""
        return any(
            r.record.consent is True
            for r in self.rows
            if r.status in (RowStatus.NEW, RowStatus.MATCH)
        )


SuppressionCheck = Callable[[str | None, str | None], bool]


class SuppressionList(Protocol):
    """What the import asks ``register.retention``."""

    def suppression_count(self) -> int: ...

    def is_suppressed(self, *, email: str | None = None, phone: str | None = None) -> object: ...


def suppression_check(service: SuppressionList) -> SuppressionCheck:
    """The one place the import asks the retention service about erased, banned people.

    An empty suppression list (the usual case) is asked once, not once per row.
    """
    if service.suppression_count() == 0:
        return lambda email, phone: False
    return lambda email, phone: bool(service.is_suppressed(email=email, phone=phone))


def _duplicate() -> Message:
    return Message(
        _CTX,
        QT_TRANSLATE_NOOP("Import", "Same e-mail or phone as an earlier row in this file."),
    )


def build_preview(
    db: Database,
    retention: SuppressionList,
    file_name: str,
    file_kind: str,
    raws: Sequence[RawRecord],
    is_suppressed: SuppressionCheck | None = None,
) -> ImportPreview:
    records = [clean(r) for r in raws]
    check = is_suppressed or suppression_check(retention)
    by_email, by_phone, by_bid = _known(db)
    found: list[tuple[ImportRecord, RowStatus, tuple[int, int | None, str] | None]] = []
    seen_emails: set[str] = set()
    seen_phones: set[str] = set()
    for rec in records:
        if rec.errors:
            found.append((rec, RowStatus.ERROR, None))
            continue
        keys_e = {e.casefold() for e in rec.emails}
        if keys_e & seen_emails or set(rec.phones) & seen_phones:
            found.append((_with_error(rec, _duplicate()), RowStatus.ERROR, None))
            continue
        seen_emails |= keys_e
        seen_phones |= set(rec.phones)
        if _suppressed(check, rec):
            found.append((rec, RowStatus.SUPPRESSED, None))
            continue
        hit = _match(rec, by_email, by_phone, by_bid)
        found.append((rec, RowStatus.MATCH if hit else RowStatus.NEW, hit))
    names = _customer_names(db, {h[0] for _, _, h in found if h})
    rows = tuple(
        PreviewRow(
            i,
            rec,
            status,
            Match(hit[0], hit[1], names.get(hit[0], ""), hit[2]) if hit else None,
        )
        for i, (rec, status, hit) in enumerate(found)
    )
    return ImportPreview(file_name, file_kind, rows)


def _known(
    db: Database,
) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]], dict[str, int]]:
    """Every e-mail address, phone number and business ID in the register, with whose it is:
    (contact, customer) by address and by number, the customer by business ID."""
    with db.session() as s:
        conn = s.connection()
        by_email = {
            a.casefold(): (contact, customer)
            for a, contact, customer in conn.execute(
                select(ContactEmail.address, Contact.id, Contact.customer_id).join(
                    Contact, Contact.id == ContactEmail.contact_id
                )
            )
        }
        by_phone = {
            n: (contact, customer)
            for n, contact, customer in conn.execute(
                select(ContactPhone.number, Contact.id, Contact.customer_id).join(
                    Contact, Contact.id == ContactPhone.contact_id
                )
            )
        }
        by_bid: dict[str, int] = {
            str(b): customer
            for b, customer in conn.execute(
                select(Customer.business_id, Customer.id).where(Customer.business_id.is_not(None))
            )
        }
    return by_email, by_phone, by_bid


def _with_error(rec: ImportRecord, error: Message) -> ImportRecord:
    from dataclasses import replace

    return replace(rec, errors=(*rec.errors, error))


def _suppressed(check: SuppressionCheck, rec: ImportRecord) -> bool:
    for email in rec.emails or (None,):
        for phone in rec.phones or (None,):
            if (email or phone) and check(email, phone):
                return True
    return False


def _match(
    rec: ImportRecord,
    by_email: dict[str, tuple[int, int]],
    by_phone: dict[str, tuple[int, int]],
    by_bid: dict[str, int],
) -> tuple[int, int | None, str] | None:
    for email in rec.emails:
        if email.casefold() in by_email:
            contact, customer = by_email[email.casefold()]
            return customer, contact, "email"
    for phone in rec.phones:
        if phone in by_phone:
            contact, customer = by_phone[phone]
            return customer, contact, "phone"
    if rec.business_id and rec.business_id in by_bid:
        return by_bid[rec.business_id], None, "business_id"
    return None


def _customer_names(db: Database, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    out: dict[int, str] = {}
    chunk = sorted(ids)
    with db.session() as s:
        for start in range(0, len(chunk), 500):
            part = chunk[start : start + 500]
            stmt = select(Customer.id, Customer.name).where(Customer.id.in_(part))
            out.update({cid: name for cid, name in s.execute(stmt)})
    return out
