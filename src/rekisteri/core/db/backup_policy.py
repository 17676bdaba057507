"""What a backup is, apart from how it is taken: its reason, its facts, how long it stays.

Shared by the register file's backups (``backups``) and a shared register's snapshots
(``server_backups``), so neither has to import the other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_KEEP_LAST = 10
DEFAULT_KEEP_DAYS = 30


class BackupReason(StrEnum):
    DAILY = "daily"
    MANUAL = "manual"
    MIGRATION = "migration"
    REVIEW = "review"
    IMPORT = "import"
    RESTORE = "restore"
    DAMAGED = "damaged"

    def label(self) -> str:
        return translate("BackupReason", _LABELS[self])


_LABELS = {
    BackupReason.DAILY: QT_TRANSLATE_NOOP("BackupReason", "Daily"),
    BackupReason.MANUAL: QT_TRANSLATE_NOOP("BackupReason", "Manual"),
    BackupReason.MIGRATION: QT_TRANSLATE_NOOP("BackupReason", "Before an update"),
    BackupReason.REVIEW: QT_TRANSLATE_NOOP("BackupReason", "Before a review"),
    BackupReason.IMPORT: QT_TRANSLATE_NOOP("BackupReason", "Before an import"),
    BackupReason.RESTORE: QT_TRANSLATE_NOOP("BackupReason", "Before a restore"),
    BackupReason.DAMAGED: QT_TRANSLATE_NOOP("BackupReason", "Set aside as damaged"),
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # UTC
    reason: BackupReason
    size: int
    encrypted: bool
    customers: int | None = None  # None: not readable with the register's passphrase
    contacts: int | None = None

    @property
    def readable(self) -> bool:
        return self.customers is not None


@dataclass(frozen=True)
class Rotation:
    keep_last: int = DEFAULT_KEEP_LAST
    keep_days: int = DEFAULT_KEEP_DAYS
