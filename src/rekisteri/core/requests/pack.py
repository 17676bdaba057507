"""The access pack (GDPR Art. 15 and 20): everything held about one person.

``collect`` gathers the data once into a plain dict; the JSON, the CSV and the PDF are all
drawn from that dict, so the three can never disagree. Nothing is written to disk here:
the pack is bytes in memory until the user chooses where to save it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rekisteri.core.dto import ContactView, CustomerDetail, InteractionView
from rekisteri.core.io.cells import safe_writer
from rekisteri.core.notice.document import SectionKey
from rekisteri.core.notice.markup import plain_text

if TYPE_CHECKING:
    from rekisteri.core.requests.facade import RequestsFacade

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


def notice_facts(register: RequestsFacade, lang: str) -> dict[str, str]:
    """Recipients and retention as the privacy notice tells them, in the person's language.

    The published notice in that language is what the person was promised; without one, the
    draft (or, if none is stored, the notice the template builds from the register) is the
    best statement of the same facts.
    """
    svc = register.notice
    latest = svc.latest_version(lang)
    doc = svc.get_version(latest.id)[1] if latest is not None else svc.get_draft(lang)

    def plain(body: str) -> str:
        """The section as plain text, its list items still marked as such."""
        lines = []
        for line in body.splitlines():
            item = line.lstrip().startswith(("- ", "* "))
            text = plain_text(line.lstrip()[2:] if item else line)
            lines.append(f"• {text}" if item else text)
        return "\n".join(lines)

    def text(*keys: SectionKey) -> str:
        bodies = [plain(s.body) for k in keys for s in doc.covering(k) if not s.is_empty()]
        return "\n\n".join(dict.fromkeys(b.strip() for b in bodies if b.strip()))

    # GDPR Art. 15(1)(a)-(h) and 15(2), from the same sections the notice publishes.
    return {
        "purposes": text(SectionKey.PURPOSES_LEGAL_BASIS, SectionKey.LEGITIMATE_INTERESTS),
        "categories": text(SectionKey.DATA_CATEGORIES),
        "recipients": text(SectionKey.RECIPIENTS_PROCESSORS),
        "transfers": text(SectionKey.TRANSFERS),
        "retention": text(SectionKey.RETENTION),
        "rights": text(SectionKey.RIGHTS, SectionKey.DIRECT_MARKETING),
        "complaint": text(SectionKey.COMPLAINT),
        "sources": text(SectionKey.DATA_SOURCES),
        "automated_decisions": text(SectionKey.AUTOMATED_DECISIONS),
    }


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _person(c: ContactView) -> dict[str, Any]:
    return {
        "contact_id": c.id,
        "kind": c.kind,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "title": c.title,
        "emails": list(c.emails),
        "phones": list(c.phones),
        "street": c.street,
        "postcode": c.postcode,
        "city": c.city,
        "country": c.country,
        "language": c.language,
        # The full code stays in the register: the person knows it, and a file in transit
        # should not carry it. The pack says that it is held and shows the masked form.
        "personal_identity_code": c.hetu_masked or None,
        "data_source": c.data_source,
        "data_source_detail": c.data_source_detail,
        "opt_out_informed": c.opt_out_informed,
        "restricted": c.restricted,
        "restricted_on": _iso(c.restricted_on),
        "restriction_reason": c.restriction_reason,
        "banned_channels": list(c.banned_channels),
        "retention_until": _iso(c.due_on),
        "retention_reason": c.due_reason,
        "created_at": _iso(c.created_at),
        "created_by": c.created_by,
        "updated_at": _iso(c.updated_at),
        "updated_by": c.updated_by,
    }


def _customer(d: CustomerDetail) -> dict[str, Any]:
    return {
        "customer_id": d.id,
        "kind": d.kind,
        "name": d.name,
        "business_id": d.business_id,
        "industry": d.industry,
        "billing_street": d.billing_street,
        "billing_postcode": d.billing_postcode,
        "billing_city": d.billing_city,
        "billing_country": d.billing_country,
        "notes": d.notes,
        "status": d.status,
        "customer_since": _iso(d.customer_since),
        "ended_on": _iso(d.ended_on),
        "last_contact_on": _iso(d.last_contact_on),
        "data_source": d.data_source,
        "data_source_detail": d.data_source_detail,
        "retention_until": _iso(d.due_on),
        "retention_reason": d.due_reason,
    }


def concerns(detail: CustomerDetail, contact_id: int) -> list[InteractionView]:
    """The interactions that concern the person: theirs, and those logged for the customer
    without naming a contact (the person may have been the one met). Oldest first."""
    rows = [i for i in detail.interactions if i.contact_id in (contact_id, None)]
    return sorted(rows, key=lambda i: (i.occurred_on, i.id))


def collect(register: RequestsFacade, contact_id: int, lang: str | None = None) -> dict[str, Any]:
    """The pack's data in ``lang`` (default: the person's own language), the notice's text
    included: a Swedish pack never quotes the Finnish notice."""
    contact = register.get_contact(contact_id)
    detail = register.get_customer(contact.customer_id)
    lang = lang or contact.language
    controller = register.get_controller()
    ledger = sorted(contact.ledger, key=lambda e: (e.occurred_on, e.id))
    sources = [
        {"record": "contact", "source": contact.data_source, "detail": contact.data_source_detail},
        {"record": "customer", "source": detail.data_source, "detail": detail.data_source_detail},
    ]
    return {
        "format": FORMAT,
        "generated_on": register.db.clock.today().isoformat(),
        "language": lang,
        "controller": {
            "name": controller.business_name,
            "business_id": controller.business_id,
            "street": controller.street,
            "postcode": controller.postcode,
            "city": controller.city,
            "email": controller.contact_person_email or controller.email,
            "phone": controller.contact_person_phone or controller.phone,
        },
        "person": _person(contact),
        "customer": _customer(detail),
        "interactions": [
            {
                "id": i.id,
                "occurred_on": i.occurred_on.isoformat(),
                "kind": i.kind,
                "note": i.note,
                "invoice_ref": i.invoice_ref,
                "concerns": "person" if i.contact_id == contact_id else "customer",
                "created_by": i.created_by,
            }
            for i in concerns(detail, contact_id)
        ],
        "consent_ledger": [
            {
                "id": e.id,
                "channel": e.channel,
                "action": e.action,
                "occurred_on": e.occurred_on.isoformat(),
                "source": e.source,
                "evidence": e.evidence,
                "recorded_by": e.recorded_by,
                "recorded_at": e.recorded_at.isoformat(),
            }
            for e in ledger
        ],
        "requests": [
            {
                "id": r.id,
                "kind": r.kind,
                "received_on": r.received_on.isoformat(),
                "channel": r.channel,
                "status": r.status,
                "due_on": r.due_on.isoformat(),
                "answered_on": _iso(r.answered_on),
                "answer": r.answer,
            }
            for r in register.requests.for_contact(contact_id)
        ],
        "data_sources": sources,
        "notice": notice_facts(register, lang),
    }


def to_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def _flatten(prefix: str, value: Any, out: list[tuple[str, str]]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _flatten(f"{prefix}.{k}" if prefix else k, v, out)
    elif isinstance(value, list):
        out.append((prefix, "; ".join(str(v) for v in value)))
    else:
        out.append((prefix, "" if value is None else str(value)))


def to_csv(data: dict[str, Any]) -> bytes:
    """One row per value: ``section, record, field, value`` (opens in any spreadsheet)."""
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
