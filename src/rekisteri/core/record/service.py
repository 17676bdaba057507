"""The record of processing activities on the register: build, publish, versions, output.

Reached as ``register.record``. The record is never edited as text: it is built afresh from
the notice's facts and the owner's own activities each time, and a published version is a
frozen copy in one language, like a published notice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rekisteri.core.errors import NotFoundError, RekisteriError, ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import RecordVersion
from rekisteri.core.notice.document import LANGUAGES
from rekisteri.core.record.build import build_record
from rekisteri.core.record.document import OwnActivity, RecordDocument
from rekisteri.core.validation import text_errors


class RegisterLike(Protocol):
    """What the record needs of the facade. A Protocol rather than the facade's class, so
    that this module does not join the facade's import tangle (tests/test_import_cycles)."""

    @property
    def actor(self) -> str: ...

    @property
    def db(self) -> Any: ...

    @property
    def clock(self) -> Any: ...

    @property
    def notice(self) -> Any: ...

    def get_setting(self, key: str) -> Any: ...

    def set_setting(self, key: str, value: Any) -> None: ...

    def record_audit(
        self, s: Session, action: str, kind: str = "", ident: int | None = None, summary: str = ""
    ) -> None: ...


ACTIVITIES_SETTING = "record.activities"
SECURITY_SETTING = "record.security"

_FILE_STEMS = {
    "fi": "selosteen-kasittelytoimista",
    "sv": "register-over-behandling",
    "en": "record-of-processing",
}


def record_file_name(language: str, kind: str) -> str:
    """The suggested file name, in the record's own language."""
    return f"{_FILE_STEMS.get(language, _FILE_STEMS['fi'])}.{kind}"


@dataclass(frozen=True)
class RecordVersionView:
    id: int
    language: str
    number: int
    published_on: dt.date
    published_at: dt.datetime
    published_by: str
    content_hash: str


def _view(row: RecordVersion) -> RecordVersionView:
    return RecordVersionView(
        row.id,
        row.language,
        row.number,
        row.published_on,
        row.published_at,
        row.published_by,
        row.content_hash,
    )


class RecordService:
    def __init__(self, register: RegisterLike) -> None:
        self.register = register

    # --- the owner's additions ----------------------------------------------------------

    def activities(self) -> list[OwnActivity]:
        raw = self.register.get_setting(ACTIVITIES_SETTING) or []
        return [OwnActivity.from_dict(a) for a in raw if isinstance(a, dict) and a.get("name")]

    def own_security(self) -> str:
        return str(self.register.get_setting(SECURITY_SETTING) or "")

    def save_activities(self, activities: Sequence[OwnActivity], security: str = "") -> None:
        """Store the owner's own activities and measures; each text within its limit."""
        checks = [
            (
                f"activities.{i}.{name}",
                "activity_name" if name == "name" else "activity_text",
                value,
            )
            for i, a in enumerate(activities)
            for name, value in a.texts()
        ]
        errors = text_errors([*checks, ("security", "activity_text", security)])
        if errors:
            raise ValidationError(errors)
        kept = [a.to_dict() for a in activities if a.name.strip()]
        self.register.set_setting(ACTIVITIES_SETTING, kept)
        self.register.set_setting(SECURITY_SETTING, security.strip())

    # --- the record ---------------------------------------------------------------------

    def build(
        self,
        language: str | None = None,
        activities: Sequence[OwnActivity] | None = None,
        security: str | None = None,
    ) -> RecordDocument:
        """The record as the register stands today, in ``language`` (the notice's default).

        ``activities`` and ``security`` replace the stored ones: the editor previews what
        the owner is typing before it is saved.
        """
        notice = self.register.notice
        language = language or notice.language()
        return build_record(
            language,
            notice.facts(),
            notice.get_draft(language),
            self.activities() if activities is None else activities,
            self.own_security() if security is None else security,
        )

    def publish(self, language: str | None = None) -> RecordVersionView:
        """Freeze today's record as the next version in its language."""
        doc = self.build(language)
        if not doc.business_name.strip():
            raise RekisteriError(
                Message(
                    "Record",
                    QT_TRANSLATE_NOOP(
                        "Record",
                        "Fill in the business name in Settings → General before publishing "
                        "the record.",
                    ),
                )
            )
        with self.register.db.session() as s:
            last = s.scalar(
                select(func.max(RecordVersion.number)).where(RecordVersion.language == doc.language)
            )
            row = RecordVersion(
                language=doc.language,
                number=(last or 0) + 1,
                published_on=self.register.clock.today(),
                published_at=self.register.clock.now(),
                published_by=self.register.actor,
                content_hash=doc.content_hash(),
                document=doc.to_json(),
            )
            s.add(row)
            s.flush()
            self.register.record_audit(
                s, "record.published", "record_version", row.id, f"{doc.language} v{row.number}"
            )
            return _view(row)

    def versions(self, language: str | None = None) -> list[RecordVersionView]:
        """Published versions, newest first."""
        with self.register.db.session() as s:
            query = select(RecordVersion).order_by(
                RecordVersion.published_at.desc(), RecordVersion.id.desc()
            )
            if language:
                query = query.where(RecordVersion.language == language)
            return [_view(r) for r in s.scalars(query)]

    def get_version(self, version_id: int) -> tuple[RecordVersionView, RecordDocument]:
        with self.register.db.session() as s:
            row = s.get(RecordVersion, version_id)
            if row is None:
                raise NotFoundError("record_version", version_id)
            return _view(row), RecordDocument.from_json(row.document)

    def latest_version(self, language: str) -> RecordVersionView | None:
        versions = self.versions(language)
        return versions[0] if versions else None

    # --- output -------------------------------------------------------------------------

    def _resolve(self, language: str | None, version_id: int | None) -> tuple[RecordDocument, str]:
        """The document and its footer: a version's, or today's record ("Draft" unless it
        is exactly the latest published version)."""
        from rekisteri.core.reports.notice_pdf import version_label

        today = self.register.clock.today()
        view: RecordVersionView | None
        if version_id is not None:
            view, doc = self.get_version(version_id)
        else:
            doc = self.build(language)
            latest = self.latest_version(doc.language)
            view = latest if latest and latest.content_hash == doc.content_hash() else None
        if view is None:
            return doc, version_label(doc.language, None, today)
        return doc, version_label(doc.language, view.published_on, today, view.number)

    def render_pdf(self, language: str | None = None, version_id: int | None = None) -> bytes:
        from rekisteri.core.reports.record_pdf import render_record_pdf

        return render_record_pdf(*self._resolve(language, version_id))

    def render_html(self, language: str | None = None, version_id: int | None = None) -> str:
        from rekisteri.core.record.render_html import render_record_html

        return render_record_html(*self._resolve(language, version_id))

    def export(
        self, path: Path, kind: str, language: str | None = None, version_id: int | None = None
    ) -> None:
        """Write the record as 'pdf' or 'html' where the user chose, and log the export."""
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"unsupported record language: {language!r}")
        if kind == "pdf":
            path.write_bytes(self.render_pdf(language, version_id))
        elif kind == "html":
            path.write_text(self.render_html(language, version_id), encoding="utf-8")
        else:
            raise ValueError(f"unknown export kind: {kind!r}")
        with self.register.db.session() as s:
            self.register.record_audit(s, "record.exported", "record", version_id, kind)
