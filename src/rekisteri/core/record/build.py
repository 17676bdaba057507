"""The record of processing activities built from the facts the privacy notice states.

One source of truth: the controller, the data categories, the recipients, the transfers and
the retention periods come from the same settings and generators as the notice, and the
purposes are read from the notice itself, so the two documents cannot say different things.
The owner's own activities (employees' data, own bookkeeping) follow as they were written.
"""

from __future__ import annotations

from collections.abc import Sequence

from rekisteri.core.formats import format_date
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.notice.document import NoticeDocument, SectionKey
from rekisteri.core.notice.markup import BulletList, Span, parse_blocks, plain_text
from rekisteri.core.notice.templates import (
    NoticeFacts,
    Processor,
    field_labels,
    fill_values,
    load_template,
    retention_lines,
)
from rekisteri.core.record.document import Activity, OwnActivity, RecordDocument

CTX = "Record"


def _text(language: str, text: str, **params: object) -> str:
    return Message(CTX, text, params).render_for(language)


def _plain(spans: tuple[Span, ...]) -> str:
    return " ".join("".join(s.text for s in spans).split())


def notice_purposes(notice: NoticeDocument) -> tuple[str, ...]:
    """The purposes (with their legal bases) as the notice lists them, one per entry."""
    lines: list[str] = []
    for section in notice.covering(SectionKey.PURPOSES_LEGAL_BASIS):
        blocks = parse_blocks(section.body)
        bullets = [_plain(i) for b in blocks if isinstance(b, BulletList) for i in b.items]
        lines.extend(bullets or [_plain(b.spans) for b in blocks if not isinstance(b, BulletList)])
    return tuple(line for line in lines if line)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.lstrip("-• ").strip() for line in text.splitlines() if line.strip())


def data_subjects(language: str) -> tuple[str, ...]:
    """Whom the register holds by design (every customer form it offers)."""
    return (
        _text(language, QT_TRANSLATE_NOOP("Record", "Customers who are private persons")),
        _text(
            language,
            QT_TRANSLATE_NOOP(
                "Record", "Sole traders, and contact persons of business and organisation customers"
            ),
        ),
        _text(
            language,
            QT_TRANSLATE_NOOP(
                "Record", "Prospective customers and people who asked for marketing or a newsletter"
            ),
        ),
    )


def _agreement(p: Processor, language: str) -> str:
    parts: list[str] = []
    if p.agreement_signed:
        parts.append(
            _text(
                language,
                QT_TRANSLATE_NOOP("Record", "agreement signed {date}"),
                date=format_date(p.agreement_signed, language),
            )
        )
    if p.agreement_location:
        parts.append(
            _text(
                language, QT_TRANSLATE_NOOP("Record", "kept: {where}"), where=p.agreement_location
            )
        )
    if p.agreement_file:
        parts.append(
            _text(language, QT_TRANSLATE_NOOP("Record", "copy: {file}"), file=p.agreement_file)
        )
    if p.agreement_link:
        parts.append(p.agreement_link)
    if not parts:
        return _text(language, QT_TRANSLATE_NOOP("Record", "no processing agreement recorded"))
    if p.review_on:
        parts.append(
            _text(
                language,
                QT_TRANSLATE_NOOP("Record", "next review {date}"),
                date=format_date(p.review_on, language),
            )
        )
    return ", ".join(parts)


def recipient_line(p: Processor, language: str) -> str:
    """One processor: who, what for, which data, where, and the Art. 28 agreement."""
    line = f"{p.name}: {p.purpose}" if p.purpose else p.name
    details = []
    if p.data_categories:
        details.append(
            _text(language, QT_TRANSLATE_NOOP("Record", "data: {data}"), data=p.data_categories)
        )
    if p.country:
        details.append(
            _text(language, QT_TRANSLATE_NOOP("Record", "location: {country}"), country=p.country)
        )
    details.append(_agreement(p, language))
    return f"{line} ({'; '.join(details)})"


def recipients(processors: Sequence[Processor], language: str) -> tuple[str, ...]:
    lines = [recipient_line(p, language) for p in processors if p.name]
    lines.append(
        _text(language, QT_TRANSLATE_NOOP("Record", "Authorities, only when the law requires it"))
    )
    return tuple(lines)


def transfers(processors: Sequence[Processor], language: str) -> tuple[str, ...]:
    outside = [p for p in processors if p.name and p.outside_eea]
    if not outside:
        return (
            _text(
                language,
                QT_TRANSLATE_NOOP(
                    "Record", "None: the data is not transferred outside the EU or the EEA."
                ),
            ),
        )
    lines = []
    for p in outside:
        where = f"{p.name} ({p.country})" if p.country else p.name
        safeguard = p.safeguard or _text(
            language, QT_TRANSLATE_NOOP("Record", "no safeguard named")
        )
        lines.append(
            _text(
                language,
                QT_TRANSLATE_NOOP("Record", "{where}, safeguard: {safeguard}"),
                where=where,
                safeguard=safeguard,
            )
        )
    return tuple(lines)


def retention(facts: NoticeFacts, language: str) -> tuple[str, ...]:
    """The notice's own retention lines, and how often the review enforces them."""
    text = retention_lines(facts.retention_rules, language, facts.backup_retention_days)
    lines = list(_lines(text))
    lines.append(
        _text(
            language,
            QT_TRANSLATE_NOOP(
                "Record",
                "The register is reviewed regularly; two reviews are at most {interval} "
                "apart. Data whose period has ended is then deleted or anonymised.",
            ),
            interval=fill_values(facts, language)["review_interval"],
        )
    )
    return tuple(lines)


def security(facts: NoticeFacts, language: str, own: str = "") -> tuple[str, ...]:
    """Art. 30(1)(g): what the register does itself, then the owner's own measures."""
    if facts.shared:  # a PostgreSQL server (issue 20): what the server and its roles do
        return (
            _text(
                language,
                QT_TRANSLATE_NOOP(
                    "Record",
                    "The register is kept on the business's PostgreSQL server. Each user logs "
                    "in with a user name of their own; the server itself limits an "
                    "assistant's rights (no deletion, no identity codes, no exports) and "
                    "records who made each change.",
                ),
            ),
            _text(
                language,
                QT_TRANSLATE_NOOP(
                    "Record",
                    "The protection of the server, its disks and its own backups is the "
                    "responsibility of its administrator.",
                ),
            ),
            _text(
                language,
                QT_TRANSLATE_NOOP(
                    "Record",
                    "Every change, export and deletion of personal data is written to an "
                    "audit trail.",
                ),
            ),
            *_lines(own),
        )
    lines = [
        _text(
            language,
            QT_TRANSLATE_NOOP(
                "Record",
                "The register is kept on the controller's own computer, behind its user "
                "account's password; it is not on a shared network drive.",
            ),
        ),
        _text(
            language,
            QT_TRANSLATE_NOOP(
                "Record", "The register file and its backups are encrypted with a passphrase."
            )
            if facts.encrypted
            else QT_TRANSLATE_NOOP(
                "Record",
                "The register file is not encrypted; the computer's own protection "
                "guards it and its backups.",
            ),
        ),
        _text(
            language,
            QT_TRANSLATE_NOOP(
                "Record",
                "Every change, export and deletion of personal data is written to an "
                "audit trail, and deleted data is overwritten in the file.",
            ),
        ),
    ]
    if facts.backup_retention_days:
        lines.append(
            _text(
                language,
                QT_TRANSLATE_NOOP(
                    "Record", "Backups are taken automatically and expire within {days} days."
                ),
                days=facts.backup_retention_days,
            )
        )
    lines.extend(_lines(own))
    return tuple(lines)


def register_activity(facts: NoticeFacts, notice: NoticeDocument, language: str) -> Activity:
    """The customer and marketing register as one activity, from the notice's facts."""
    name = fill_values(facts, language)["register_name"]
    return Activity(
        name=name,
        purposes=notice_purposes(notice),
        data_subjects=data_subjects(language),
        data_categories=tuple(field_labels(language, facts.fields_in_use)),
        recipients=recipients(facts.processors, language),
        transfers=transfers(facts.processors, language),
        retention=retention(facts, language),
    )


def own_activity(own: OwnActivity, language: str) -> Activity:
    no_transfers = _text(
        language,
        QT_TRANSLATE_NOOP("Record", "None: the data is not transferred outside the EU or the EEA."),
    )
    return Activity(
        name=own.name,
        purposes=_lines(own.purposes),
        data_subjects=_lines(own.data_subjects),
        data_categories=_lines(own.data_categories),
        recipients=_lines(own.recipients),
        transfers=_lines(own.transfers) or (no_transfers,),
        retention=_lines(own.retention),
        security=_lines(own.security),
        own=True,
    )


def _dpo(notice: NoticeDocument, language: str) -> str:
    """What the notice says of a data protection officer, or that none is designated."""
    said = " ".join(plain_text(s.body) for s in notice.covering(SectionKey.DPO) if not s.is_empty())
    return " ".join(said.split()) or _text(
        language,
        QT_TRANSLATE_NOOP(
            "Record",
            "None designated: the controller's core activities do not call for a "
            "data protection officer (GDPR Article 37).",
        ),
    )


def _controller_lines(facts: NoticeFacts, language: str) -> tuple[str, ...]:
    return tuple(fill_values(facts, language)["controller_block"].splitlines())


def _contact_lines(facts: NoticeFacts, language: str) -> tuple[str, ...]:
    return tuple(fill_values(facts, language)["contact_block"].splitlines())


def build_record(
    language: str,
    facts: NoticeFacts,
    notice: NoticeDocument,
    own: Sequence[OwnActivity] = (),
    own_security: str = "",
) -> RecordDocument:
    """The record in ``language``: the register first, then the owner's own activities."""
    load_template(language)  # an unknown language fails here, as for the notice
    return RecordDocument(
        language=language,
        title=_text(language, QT_TRANSLATE_NOOP("Record", "Record of processing activities")),
        business_name=facts.controller.business_name,
        controller=_controller_lines(facts, language),
        contact_person=_contact_lines(facts, language),
        dpo=_dpo(notice, language),
        activities=(
            register_activity(facts, notice, language),
            *(own_activity(a, language) for a in own if a.name.strip()),
        ),
        security=security(facts, language, own_security),
    )
