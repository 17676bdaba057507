"""The access pack (GDPR Art. 15 and 20): everything held about one person.

``pack_builder.collect`` gathers the data once into a ``PackContents``; the JSON, the CSV
and the PDF are all drawn from it, so the three can never disagree. Nothing is written to
disk here: the pack is bytes in memory until the user chooses where to save it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from dataclasses import asdict, dataclass
from typing import Any

from rekisteri.core.dto import ContactView, CustomerDetail
from rekisteri.core.io.cells import safe_writer

FORMAT = "rekisteri-access-pack/1"


@dataclass(frozen=True)
class AccessPack:
    pdf: bytes
    json: bytes
    csv: bytes
    stem: str  # file name stem: no name of the person, only the contact number and date
    language: str

    def files(self) -> dict[str, bytes]:
        return {
            f"{self.stem}.pdf": self.pdf,
            f"{self.stem}.json": self.json,
            f"{self.stem}.csv": self.csv,
        }


@dataclass(frozen=True)
class PackController:
    """Who holds the data and how the person reaches them (Art. 15(1) opening words)."""

    name: str
    business_id: str
    street: str
    postcode: str
    city: str
    email: str
    phone: str


@dataclass(frozen=True)
class PackPerson:
    """The contact record itself, field by field as the register holds it."""

    contact_id: int
    kind: str
    first_name: str
    last_name: str
    title: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    street: str
    postcode: str
    city: str
    country: str
    language: str
    # The full code stays in the register: the person knows it, and a file in transit
    # should not carry it. The pack says that it is held and shows the masked form.
    personal_identity_code: str | None
    data_source: str
    data_source_detail: str
    opt_out_informed: bool
    restricted: bool
    restricted_on: dt.date | None
    restriction_reason: str
    banned_channels: tuple[str, ...]
    retention_until: dt.date | None
    retention_reason: str
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str

    @classmethod
    def of(cls, c: ContactView) -> PackPerson:
        same = {f: getattr(c, f) for f in _SAME_PERSON_FIELDS}
        return cls(
            contact_id=c.id,
            personal_identity_code=c.hetu_masked or None,
            retention_until=c.due_on,
            retention_reason=c.due_reason,
            **same,
        )


@dataclass(frozen=True)
class PackCustomer:
    """The customer the person belongs to: only the customer's own fields, never its other
    contacts (they are other people)."""

    customer_id: int
    kind: str
    name: str
    business_id: str
    industry: str
    billing_street: str
    billing_postcode: str
    billing_city: str
    billing_country: str
    notes: str
    status: str
    customer_since: dt.date | None
    ended_on: dt.date | None
    last_contact_on: dt.date | None
    data_source: str
    data_source_detail: str
    retention_until: dt.date | None
    retention_reason: str

    @classmethod
    def of(cls, d: CustomerDetail) -> PackCustomer:
        same = {f: getattr(d, f) for f in _SAME_CUSTOMER_FIELDS}
        return cls(
            customer_id=d.id, retention_until=d.due_on, retention_reason=d.due_reason, **same
        )


@dataclass(frozen=True)
class PackInteraction:
    id: int
    occurred_on: dt.date
    kind: str
    note: str
    invoice_ref: str
    concerns: str  # "person": logged for them; "customer": for the customer, no one named
    created_by: str


@dataclass(frozen=True)
class PackConsentEvent:
    id: int
    channel: str
    action: str
    occurred_on: dt.date
    source: str
    evidence: str
    recorded_by: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class PackRequest:
    """An earlier request of the person's: what was asked and how it was answered."""

    id: int
    kind: str
    received_on: dt.date
    channel: str
    status: str
    due_on: dt.date
    answered_on: dt.date | None
    answer: str


@dataclass(frozen=True)
class PackBreach:
    """A personal-data breach that concerned the person (GDPR Art. 33/34), as logged."""

    id: int
    aware_on: dt.date
    description: str
    measures: str


@dataclass(frozen=True)
class PackSource:
    record: str  # "contact" or "customer"
    source: str
    detail: str


@dataclass(frozen=True)
class NoticeFacts:
    """GDPR Art. 15(1)(a)-(h) and 15(2), from the same sections the notice publishes."""

    purposes: str
    categories: str
    recipients: str
    transfers: str
    retention: str
    rights: str
    complaint: str
    sources: str
    automated_decisions: str


@dataclass(frozen=True)
class PackContents:
    """Everything the pack tells the person, typed, in the order the files show it.

    The JSON keys are the field names; the CSV flattens the same dict; the PDF has one
    section per field (``pdf.render_pack``). A new section of the pack is a field here, in
    its place in that order, and a section of the PDF: the three files keep agreeing.
    """

    generated_on: dt.date
    language: str
    controller: PackController
    person: PackPerson
    customer: PackCustomer
    interactions: tuple[PackInteraction, ...]
    consent_ledger: tuple[PackConsentEvent, ...]
    requests: tuple[PackRequest, ...]
    # Events that concerned the person: after their requests, before where data came from.
    breaches: tuple[PackBreach, ...]
    data_sources: tuple[PackSource, ...]
    notice: NoticeFacts

    @property
    def retention_until(self) -> dt.date | None:
        """The person's own record decides; the customer's only when the contact has no date."""
        return self.person.retention_until or self.customer.retention_until

    def to_dict(self) -> dict[str, Any]:
        """The machine-readable form (Art. 20): dates as ISO 8601, lists as lists."""
        return {"format": FORMAT, **_plain(asdict(self))}


def field_names(cls: type[Any]) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


# Fields the pack shows under the register's own name; the rest are renamed (the person
# reads "retention_until", the register calls it "due_on").
_SAME_PERSON_FIELDS = tuple(
    f
    for f in field_names(PackPerson)
    if f not in ("contact_id", "personal_identity_code", "retention_until", "retention_reason")
)
_SAME_CUSTOMER_FIELDS = tuple(
    f
    for f in field_names(PackCustomer)
    if f not in ("customer_id", "retention_until", "retention_reason")
)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):  # a datetime too
        return value.isoformat()
    return value


def to_json(pack: PackContents) -> bytes:
    return json.dumps(pack.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")


def _flatten(prefix: str, value: Any, out: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(f"{prefix}.{k}" if prefix else k, v, out)
    elif isinstance(value, list):
        out.append((prefix, "; ".join(str(v) for v in value)))
    else:
        out.append((prefix, "" if value is None else str(value)))


def to_csv(pack: PackContents) -> bytes:
    """One row per value: ``section, record, field, value`` (opens in any spreadsheet)."""
    data = pack.to_dict()
    buf = io.StringIO()
    writer = safe_writer(buf)  # no cell a spreadsheet would run as a formula
    writer.writerow(["section", "record", "field", "value"])
    for section, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for n, item in enumerate(value, start=1):
                fields: list[tuple[str, str]] = []
                _flatten("", item, fields)
                for name, text in fields:
                    writer.writerow([section, str(item.get("id", n)), name, text])
        elif isinstance(value, dict):
            fields = []
            _flatten("", value, fields)
            for name, text in fields:
                writer.writerow([section, "", name, text])
        else:
            writer.writerow([section, "", "", "" if value is None else str(value)])
    # BOM: spreadsheet programs on Windows then read the UTF-8 (ä, ö, å) correctly.
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
