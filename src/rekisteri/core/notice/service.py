"""The privacy notice's service on the register: drafts, publishing, versions, output.

Reached as `register.notice`. Every call opens one short Session and returns
plain frozen data (NoticeDocument, NoticeVersionView). The facts the notice
states (controller, retention rules, processors, the fields the register
holds) are read from the register here, so the notice and the register have
one source of truth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exists, func, select

from rekisteri.core import settings_registry as reg
from rekisteri.core.errors import NotFoundError, RekisteriError, ValidationError
from rekisteri.core.formats import format_phone
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import (
    Contact,
    Customer,
    Interaction,
    NoticeDraft,
    NoticeVersion,
)
from rekisteri.core.notice.check import Finding, blocking, check_notice
from rekisteri.core.notice.compare import SectionDiff, compare_documents
from rekisteri.core.notice.document import LANGUAGES, NoticeDocument, SectionKey
from rekisteri.core.notice.importer import ImportResult, import_notice
from rekisteri.core.notice.render_html import notice_body_html, render_notice_html
from rekisteri.core.notice.templates import (
    ControllerFacts,
    NoticeFacts,
    Processor,
    RetentionRuleLike,
    build_notice,
    field_labels,
    last_updated_body,
    refresh_generated,
)
from rekisteri.core.validation import text_errors

if TYPE_CHECKING:
    from rekisteri.core.context import Handle
    from rekisteri.core.db.engine import Database
    from rekisteri.core.marketing import MarketingService
    from rekisteri.core.retention.service import RetentionService

#: Fields the register always holds by design; listed whether or not filled in yet.
CORE_FIELDS: tuple[str, ...] = (
    "name",
    "business",
    "email",
    "phone",
    "address",
    "language",
    "interactions",
    "consents",
    "source",
)


@dataclass(frozen=True)
class NoticeVersionView:
    id: int
    language: str
    number: int
    published_on: dt.date
    published_at: dt.datetime
    published_by: str
    content_hash: str


def _view(row: NoticeVersion) -> NoticeVersionView:
    return NoticeVersionView(
        id=row.id,
        language=row.language,
        number=row.number,
        published_on=row.published_on,
        published_at=row.published_at,
        published_by=row.published_by,
        content_hash=row.content_hash,
    )


class NoticeService:
    def __init__(
        self, handle: Handle, retention: RetentionService, marketing: MarketingService
    ) -> None:
        self.handle = handle
        self._retention = retention
        self._marketing = marketing

    @property
    def db(self) -> Database:
        return self.handle.db

    # --- settings -----------------------------------------------------------------

    def language(self) -> str:
        lang = self.handle.setting(reg.NOTICE_LANGUAGE)
        return lang if lang in LANGUAGES else "fi"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported notice language: {language!r}")
        self.handle.set_setting(reg.NOTICE_LANGUAGE, language)

    def processors(self) -> list[Processor]:
        raw = self.handle.setting(reg.NOTICE_PROCESSORS)
        return [Processor.from_dict(p) for p in raw if isinstance(p, dict) and p.get("name")]

    def save_processors(self, processors: Sequence[Processor]) -> None:
        """Store the list; each text within its limit and free of control characters."""
        errors = text_errors(
            (f"processors.{i}.{key}", field, value)
            for i, p in enumerate(processors)
            for key, field, value in (
                ("name", "processor_name", p.name),
                ("purpose", "processor_purpose", p.purpose),
                ("safeguard", "safeguard", p.safeguard),
                ("data_categories", "processor_data", p.data_categories),
                ("country", "processor_country", p.country),
                ("agreement_location", "agreement_location", p.agreement_location),
                ("agreement_file", "agreement_file", p.agreement_file),
                ("agreement_link", "agreement_link", p.agreement_link),
            )
        )
        if errors:
            raise ValidationError(errors)
        self.handle.set_setting(
            reg.NOTICE_PROCESSORS, [p.to_dict() for p in processors if p.name.strip()]
        )

    def attach_agreement(self, source: Path) -> str:
        """Keep a copy of a processing agreement beside the register; the copy's name."""
        from rekisteri.core.notice.agreements import store_copy

        name = store_copy(self.db.path, source)
        with self.db.session() as s:
            self.handle.record_audit(s, "processor.agreement_attached", "processor", None)
        return name

    def agreement_path(self, name: str) -> Path | None:
        """Where the stored copy ``name`` is, if it is there."""
        from rekisteri.core.notice.agreements import copy_path

        return copy_path(self.db.path, name)

    # --- facts from the register --------------------------------------------------

    def retention_rules(self) -> tuple[Sequence[RetentionRuleLike], int | None]:
        """The rules the review enforces, and how long backups live."""
        return tuple(self._retention.list_rules()), self._retention.backup_retention_days()

    def fields_in_use(self) -> list[str]:
        """Core fields, plus the optional ones some record actually holds (e.g. henkilötunnus)."""
        # Ids only: ``SELECT *`` would read contact.hetu, which an assistant may not read.
        optional = {
            "job_title": exists(select(Contact.id).where(Contact.title != "")),
            "hetu": exists(select(Contact.id).where(Contact.hetu_mask != "")),
            "notes": exists(select(Customer.id).where(Customer.notes != ""))
            | exists(select(Interaction.id).where(Interaction.note != "")),
        }
        with self.handle.db.session() as s:
            used = {name for name, clause in optional.items() if s.scalar(select(clause))}
        order = ("name", "business", "job_title", "email", "phone", "address", "hetu",
                 "language", "interactions", "consents", "notes", "source")  # fmt: skip
        return [f for f in order if f in CORE_FIELDS or f in used]

    def facts(self) -> NoticeFacts:
        rules, backup_days = self.retention_rules()
        return NoticeFacts(
            controller=ControllerFacts.from_settings(self.handle.controller()),
            retention_rules=rules,
            backup_retention_days=backup_days,
            fields_in_use=self.fields_in_use(),
            processors=self.processors(),
            today=self.handle.clock.today(),
            review_interval_months=self._retention.review_interval_months(),
            soft_opt_in_months=self._marketing.soft_opt_in_months(),
            encrypted=self.handle.db.encrypted,
            shared=self.handle.db.is_server,
            suppression_years=self._retention.suppression_years(),
        )

    # --- drafts ---------------------------------------------------------------------

    def get_draft(self, language: str | None = None) -> NoticeDocument:
        """The stored draft, or a fresh one from the template (not stored until saved)."""
        language = language or self.language()
        with self.handle.db.session() as s:
            row = s.get(NoticeDraft, language)
            stored = NoticeDocument.from_json(row.document) if row is not None else None
        if stored is not None:
            return self._readable_phones(stored)
        return build_notice(language, self.facts())

    def _readable_phones(self, doc: NoticeDocument) -> NoticeDocument:
        """Drafts written before phones were formatted show the controller's E.164 numbers.

        Only the exact numbers saved in Settings are rewritten, so nothing else the user
        typed changes; the published versions stay as they were published.
        """
        controller = self.handle.controller()
        # Longest first, so that a number that is a prefix of the other cannot cut into it.
        numbers = sorted(
            {n for n in (controller.phone, controller.contact_person_phone) if n}, key=len
        )[::-1]
        for section in doc.sections:
            body = section.body
            for number in numbers:
                body = body.replace(number, format_phone(number, doc.language))
            if body != section.body:
                doc = doc.with_body(section.id, body)
        return doc

    def has_draft(self, language: str | None = None) -> bool:
        with self.handle.db.session() as s:
            return s.get(NoticeDraft, language or self.language()) is not None

    def save_draft(self, doc: NoticeDocument) -> None:
        with self.handle.db.session() as s:
            row = s.get(NoticeDraft, doc.language)
            if row is None:
                row = NoticeDraft(language=doc.language)
                s.add(row)
            row.document = doc.to_json()
            row.updated_at = self.handle.clock.now()
            row.updated_by = self.handle.actor

    def new_from_template(self, language: str) -> NoticeDocument:
        """A fresh notice filled from the register; the caller saves it if the user agrees."""
        return build_notice(language, self.facts())

    def refresh_from_register(self, doc: NoticeDocument) -> NoticeDocument:
        """Rewrite the generated sections (controller, retention, processors) from the register."""
        return refresh_generated(doc, self.facts())

    # --- check ----------------------------------------------------------------------

    def check(self, doc: NoticeDocument | None = None) -> list[Finding]:
        doc = doc if doc is not None else self.get_draft()
        rules, backup_days = self.retention_rules()
        labels = field_labels(doc.language, self.fields_in_use())
        return check_notice(
            doc,
            rules,
            self.processors(),
            backup_days,
            labels,
            self._retention.review_interval_months(),
            ControllerFacts.from_settings(self.handle.controller()),
            self.handle.db.encrypted,
            self._retention.suppression_years(),
        )

    # --- publishing -------------------------------------------------------------------

    def publish(self, doc: NoticeDocument | None = None) -> NoticeVersionView:
        """Freeze the draft as a new version dated today; the draft stays for further edits.

        A notice that would print a blank (an empty e-mail address, say) or something the
        register contradicts is refused: ``RekisteriError`` names the first such finding.
        """
        doc = doc if doc is not None else self.get_draft()
        errors = blocking(self.check(doc))
        if errors:
            raise RekisteriError(
                Message(
                    "NoticeCheck",
                    QT_TRANSLATE_NOOP("NoticeCheck", "The notice cannot be published yet: {first}"),
                    {"first": errors[0].message},
                )
            )
        today = self.handle.clock.today()
        updated = doc.find(SectionKey.LAST_UPDATED)
        if updated is not None:
            doc = doc.with_body(updated.id, last_updated_body(doc.language, today))
        self.save_draft(doc)
        with self.handle.db.session() as s:
            last = s.scalar(
                select(func.max(NoticeVersion.number)).where(NoticeVersion.language == doc.language)
            )
            row = NoticeVersion(
                language=doc.language,
                number=(last or 0) + 1,
                published_on=today,
                published_at=self.handle.clock.now(),
                published_by=self.handle.actor,
                content_hash=doc.content_hash(),
                document=doc.to_json(),
            )
            s.add(row)
            s.flush()
            self.handle.record_audit(
                s,
                "notice.published",
                "notice_version",
                row.id,
                f"{doc.language} v{row.number} sha256:{row.content_hash[:12]}",
            )
            return _view(row)

    def versions(self, language: str | None = None) -> list[NoticeVersionView]:
        """Published versions, newest first."""
        with self.handle.db.session() as s:
            query = select(NoticeVersion).order_by(NoticeVersion.published_at.desc(),
                                                   NoticeVersion.id.desc())  # fmt: skip
            if language:
                query = query.where(NoticeVersion.language == language)
            return [_view(r) for r in s.scalars(query)]

    def get_version(self, version_id: int) -> tuple[NoticeVersionView, NoticeDocument]:
        with self.handle.db.session() as s:
            row = s.get(NoticeVersion, version_id)
            if row is None:
                raise NotFoundError("notice_version", version_id)
            return _view(row), NoticeDocument.from_json(row.document)

    def latest_version(self, language: str | None = None) -> NoticeVersionView | None:
        versions = self.versions(language or self.language())
        return versions[0] if versions else None

    def compare(self, left_id: int, right_id: int) -> list[SectionDiff]:
        _, left = self.get_version(left_id)
        _, right = self.get_version(right_id)
        return compare_documents(left, right)

    # --- import ---------------------------------------------------------------------

    def import_text(self, text: str, language: str | None = None) -> ImportResult:
        """Split a hand-made notice; nothing is stored until the user confirms with save_draft."""
        language = language or self.language()
        title = build_notice(language, NoticeFacts()).title
        rules, backup_days = self.retention_rules()
        return import_notice(
            text,
            language,
            title,
            rules,
            self.processors(),
            backup_days,
            field_labels(language, self.fields_in_use()),
            review_months=self._retention.review_interval_months(),
            controller=ControllerFacts.from_settings(self.handle.controller()),
            encrypted=self.handle.db.encrypted,
            suppression_years=self._retention.suppression_years(),
        )

    # --- output ---------------------------------------------------------------------

    def footer(self, doc: NoticeDocument, version: NoticeVersionView | None = None) -> str:
        from rekisteri.core.reports.notice_pdf import version_label

        published = version.published_on if version else None
        number = version.number if version else None
        return version_label(doc.language, published, self.handle.clock.today(), number)

    def _names(self, doc: NoticeDocument) -> tuple[str, str]:
        controller = self.handle.controller()
        register_name = controller.register_name_in(doc.language)
        if not register_name:
            section = doc.find(SectionKey.REGISTER_NAME)
            register_name = section.body.strip() if section else ""
        return controller.business_name, register_name

    def _resolve(
        self, doc: NoticeDocument | None, version_id: int | None
    ) -> tuple[NoticeDocument, NoticeVersionView | None]:
        if version_id is not None:
            view, stored = self.get_version(version_id)
            return stored, view
        doc = doc if doc is not None else self.get_draft()
        # A draft identical to the latest published version *is* that version: exporting
        # right after publishing must say "Version N, published …", never "Draft".
        latest = self.latest_version(doc.language)
        if latest is not None and latest.content_hash == doc.content_hash():
            return doc, latest
        return doc, None

    def render_pdf(self, doc: NoticeDocument | None = None, version_id: int | None = None) -> bytes:
        from rekisteri.core.reports.notice_pdf import render_notice_pdf

        doc, view = self._resolve(doc, version_id)
        business, register_name = self._names(doc)
        return render_notice_pdf(doc, business, register_name, self.footer(doc, view))

    def render_html(self, doc: NoticeDocument | None = None, version_id: int | None = None) -> str:
        doc, view = self._resolve(doc, version_id)
        business, register_name = self._names(doc)
        return render_notice_html(doc, business, register_name, self.footer(doc, view))

    def preview_html(self, doc: NoticeDocument, highlight_id: str | None = None) -> str:
        """The editor's live preview (no page chrome; Qt's rich text shows it)."""
        business, register_name = self._names(doc)
        return notice_body_html(doc, business, register_name, highlight_id)

    def export(
        self,
        path: Path,
        kind: str,
        doc: NoticeDocument | None = None,
        version_id: int | None = None,
    ) -> None:
        """Write the notice as 'pdf' or 'html' where the user chose, and log the export."""
        if kind == "pdf":
            path.write_bytes(self.render_pdf(doc, version_id))
        elif kind == "html":
            path.write_text(self.render_html(doc, version_id), encoding="utf-8")
        else:
            raise ValueError(f"unknown export kind: {kind!r}")
        with self.handle.db.session() as s:
            self.handle.record_audit(s, "notice.exported", "notice", version_id, kind)
