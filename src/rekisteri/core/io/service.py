"""``register.io``: import contacts from files and export mailing lists and the register.

Every export is audited (who, when, what filter, how many rows, which file name); files go
only to the path the user chose, written atomically and owner-only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rekisteri.core import audit
from rekisteri.core.enums import CustomerStatus
from rekisteri.core.errors import CancelledError, RekisteriError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.io import csv_import, export, source, vcard_import
from rekisteri.core.io.atomic import write_atomic
from rekisteri.core.io.commit import ImportResult, commit
from rekisteri.core.io.csv_import import CsvTable
from rekisteri.core.io.preview import (
    ImportPreview,
    MergeChoice,
    SuppressionCheck,
    build_preview,
)
from rekisteri.core.io.records import ImportField
from rekisteri.core.io.source import ImportFileError
from rekisteri.core.marketing import (
    Eligibility,
    MailingScope,
    MarketingChannel,
    MarketingPurpose,
    Reason,
    as_scope,
)

if TYPE_CHECKING:
    from rekisteri.core.context import Handle
    from rekisteri.core.db.engine import Database
    from rekisteri.core.db.security import SecurityService
    from rekisteri.core.marketing import MarketingService
    from rekisteri.core.retention.service import RetentionService

Mailing = MailingScope | MarketingPurpose | MarketingChannel


@dataclass(frozen=True)
class ImportSource:
    """A read and decoded file, before mapping: CSV needs the user's mapping, vCard not."""

    file_name: str
    kind: str  # "csv" or "vcard"
    encoding: str
    table: CsvTable | None = None
    mapping: tuple[ImportField, ...] = ()
    vcard_text: str = ""

    @property
    def headers(self) -> tuple[str, ...]:
        return self.table.headers if self.table else ()

    def sample(self, column: int, n: int = 3) -> tuple[str, ...]:
        if not self.table:
            return ()
        values = [r[column] for r in self.table.rows if column < len(r) and r[column]]
        return tuple(values[:n])


@dataclass(frozen=True)
class MailingSummary:
    """What an export would contain, shown before saving."""

    channel: MarketingChannel
    included: int
    excluded: Mapping[Reason, int]
    scope: MailingScope | None = None

    @property
    def needs_robinson_check(self) -> bool:
        return self.scope is not None and self.scope.needs_robinson_check

    @property
    def excluded_total(self) -> int:
        return sum(self.excluded.values())


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    excluded: Mapping[Reason, int]
    files: tuple[Path, ...] = ()


def _no_mapping() -> ImportFileError:
    return ImportFileError(
        Message(
            "Import",
            QT_TRANSLATE_NOOP(
                "Import",
                "No column could be recognised as a name, e-mail or phone. Choose the "
                "columns in the mapping step.",
            ),
        )
    )


class ImportExportService:
    def __init__(
        self,
        handle: Handle,
        marketing: MarketingService,
        retention: RetentionService,
        security: SecurityService,
    ) -> None:
        self.handle = handle
        self._marketing = marketing
        self._retention = retention
        self._security = security
        self.suppression: SuppressionCheck | None = None  # tests may set a fake

    @property
    def db(self) -> Database:
        return self.handle.db

    # --- import ---------------------------------------------------------------------

    def read(self, path: Path, limit: int = source.MAX_BYTES) -> ImportSource:
        """Check and decode a file; nothing is written. Raises ``ImportFileError``."""
        path = Path(path)
        decoded = source.load(path, limit)
        return self.read_text(decoded.text, path.name, decoded.encoding)

    def read_text(self, text: str, file_name: str, encoding: str = "utf-8") -> ImportSource:
        if vcard_import.looks_like_vcard(text) or file_name.lower().endswith((".vcf", ".vcard")):
            return ImportSource(file_name, "vcard", encoding, vcard_text=text)
        table = csv_import.parse_csv(text)
        return ImportSource(
            file_name, "csv", encoding, table, csv_import.guess_mapping(table.headers)
        )

    def preview(
        self, src: ImportSource, mapping: Sequence[ImportField] | None = None
    ) -> ImportPreview:
        if src.kind == "vcard":
            raws = vcard_import.parse_vcards(src.vcard_text)
        else:
            assert src.table is not None
            fields = tuple(mapping) if mapping is not None else src.mapping
            names = {ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.FULL_NAME}
            if not (set(fields) & (names | {ImportField.EMAIL, ImportField.PHONE})):
                raise _no_mapping()
            raws = csv_import.records(src.table, fields)
        return build_preview(
            self.db, self._retention, src.file_name, src.kind, raws, self.suppression
        )

    def commit(
        self,
        preview: ImportPreview,
        choices: Mapping[int, MergeChoice] | None = None,
        *,
        confirm_consent: bool = False,
        status: str = CustomerStatus.PROSPECT,
    ) -> ImportResult:
        """Write the previewed rows in one transaction (the user has confirmed).

        A backup comes first, so an import that went wrong can be undone by a restore.
        """
        from rekisteri.core.db.shared_lock import exclusive

        with exclusive(self.db, "import"):  # one import at a time on a shared register
            self._security.backup_now("import")
            return commit(
                self.handle, preview, choices or {}, confirm_consent=confirm_consent, status=status
            )

    def import_vcards(self, text: str, file_name: str = "contacts.vcf") -> ImportResult:
        """Read, preview and write vCards in one go (scripts and the benchmark)."""
        return self.commit(self.preview(self.read_text(text, file_name)))

    # --- export ---------------------------------------------------------------------

    def mailing_summary(
        self, what: Mailing, customer_ids: Sequence[int] | None = None
    ) -> MailingSummary:
        scope = as_scope(what)
        found = self._marketing.eligibility(scope, customer_ids)
        return MailingSummary(found.channel, len(found.allowed), found.excluded_counts(), scope)

    def export_mailing(
        self,
        what: Mailing,
        path: Path,
        *,
        excel: bool = False,
        customer_ids: Sequence[int] | None = None,
        filter_label: str = "",
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write the people who may receive this mailing, and audit what was declared.

        ``cancelled`` is asked once the list is worked out, before anything is written: a
        True answer raises ``CancelledError`` and leaves no file and no audit event.

        The audit names the purpose and the mailing's own declarations (own similar
        products, about the recipients' work), and for phone and post that the user was
        reminded to check bought lists against the marketing-ban register (ASML's Robinson
        service): those channels rest on opt-out, which a ban there expresses.
        """
        self._may_export("export.mailing_list")
        scope = as_scope(what)
        channel = scope.channel
        found: Eligibility = self._marketing.eligibility(scope, customer_ids)
        if cancelled is not None and cancelled():
            raise CancelledError()
        data = export.csv_bytes(
            export.MAILING_COLUMNS[channel], export.mailing_rows(channel, found.allowed), excel
        )
        path = Path(path)
        write_atomic(path, data)
        counts = found.excluded_counts()
        self._audit(
            "export.mailing_list",
            path,
            len(found.allowed),
            f"purpose={scope.purpose.value}; own products={'yes' if scope.own_products else 'no'}; "
            f"about their work={'yes' if scope.about_role else 'no'}; "
            + ("robinson reminder=shown; " if scope.needs_robinson_check else "")
            + f"channel={channel.value}; format={'excel' if excel else 'csv'}; "
            f"filter={filter_label or ('selected customers' if customer_ids else 'all')}; "
            f"left out={sum(counts.values())} ("
            + ", ".join(f"{k.value}={v}" for k, v in counts.items())
            + ")",
        )
        return ExportResult(path, len(found.allowed), counts)

    def export_excluded(
        self,
        what: Mailing,
        path: Path,
        *,
        excel: bool = False,
        customer_ids: Sequence[int] | None = None,
    ) -> ExportResult:
        """The left-out people, the purpose they lack and why (to fix records, not to mail)."""
        self._may_export("export.left_out_list")
        scope = as_scope(what)
        channel = scope.channel
        found = self._marketing.eligibility(scope, customer_ids)
        data = export.csv_bytes(
            export.EXCLUDED_COLUMNS, export.excluded_rows(found.excluded), excel
        )
        path = Path(path)
        write_atomic(path, data)
        self._audit(
            "export.left_out_list",
            path,
            len(found.excluded),
            f"purpose={scope.purpose.value}; channel={channel.value}",
        )
        return ExportResult(path, len(found.excluded), found.excluded_counts())

    def export_register(self, path: Path, *, include_secrets: bool = False) -> ExportResult:
        """The whole register: ``.json``, ``.zip`` (a CSV per table) or ``.csv`` (files)."""
        self._may_export("export.register")
        path = Path(path)
        suffix = path.suffix.lower()
        meta = {"exported_at": self.db.clock.now().isoformat(), "by": self.handle.actor}
        files: tuple[Path, ...] = (path,)
        if suffix == ".json":
            rows = export.write_register_json(self.db, path, meta, include_secrets)
        elif suffix == ".zip":
            rows = export.write_register_zip(self.db, path, include_secrets)
        elif suffix == ".csv":
            written, rows = export.write_register_csv_files(self.db, path, include_secrets)
            files = tuple(written)
        else:
            raise RekisteriError(
                Message(
                    "Export",
                    QT_TRANSLATE_NOOP(
                        "Export", "Choose a file name ending in .json, .zip or .csv."
                    ),
                )
            )
        self._audit(
            "export.register",
            path,
            rows,
            f"format={suffix[1:]}; "
            f"identity codes and keys={'included' if include_secrets else 'left out'}",
        )
        return ExportResult(path, rows, {}, files)

    def _may_export(self, action: str) -> None:
        """On a shared register the server decides who may export (``core.db.roles``): its
        audit line is tried, and undone, before a byte of the file is written, so a refused
        export leaves no file behind."""
        if not self.db.is_server:
            return
        with self.db.session() as s:
            audit.record(s, self.handle.actor, action, "export", None, "", at=self.db.clock.now())
            s.flush()
            s.rollback()

    def _audit(self, action: str, path: Path, rows: int, details: str) -> None:
        with self.db.session() as s:
            audit.record(
                s,
                self.handle.actor,
                action,
                "export",
                None,
                f"file={path.name}; rows={rows}; {details}",
                at=self.db.clock.now(),
            )
