"""Encryption on/off, passphrase changes, backups and restores of the open register.

Every conversion writes a new file, proves it equal to the old one (integrity check, row
counts and row checksums of every table), swaps it in atomically and only then shreds the
old content. Afterwards the service re-opens the register on the new file through
``Register.reopen``; callers (the UI) keep their same ``Register`` object and just refresh.
Backups follow the register: they are re-keyed with it, so an encrypted register never
leaves plain copies of itself behind.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rekisteri.core import audit
from rekisteri.core import settings_registry as reg
from rekisteri.core.db import backups, cipher, conversion
from rekisteri.core.db.backup import copy_database
from rekisteri.core.db.engine import Database
from rekisteri.core.db.faults import storage_error
from rekisteri.core.db.files import shred, swap_in
from rekisteri.core.db.integrity import IntegrityResult, check_integrity
from rekisteri.core.errors import (
    RekisteriError,
    SecurityOperationError,
    ValidationError,
    WrongPassphraseError,
)
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.paths import backups_dir

if TYPE_CHECKING:
    from rekisteri.core.context import Handle

MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class SecurityStatus:
    encrypted: bool
    encryption_available: bool
    db_path: Path | None  # None: a shared register, kept by its server
    backups_dir: Path
    autolock_minutes: int
    rotation: backups.Rotation


@dataclass(frozen=True)
class ConversionResult:
    """``backups_skipped``: backups that did not open with the old key and were left as is."""

    encrypted: bool
    backups_converted: int
    backups_skipped: int


def check_new_passphrase(passphrase: str, confirm: str | None = None) -> None:
    errors: dict[str, Message] = {}
    if len(passphrase) < MIN_PASSPHRASE:
        errors["passphrase"] = Message(
            "Validation",
            QT_TRANSLATE_NOOP("Validation", "Use at least {n} characters."),
            {"n": MIN_PASSPHRASE},
        )
    elif "\x00" in passphrase:
        errors["passphrase"] = Message(
            "Validation", QT_TRANSLATE_NOOP("Validation", "The passphrase has a NUL character.")
        )
    elif confirm is not None and confirm != passphrase:
        errors["confirm"] = Message(
            "Validation", QT_TRANSLATE_NOOP("Validation", "The two passphrases differ.")
        )
    if errors:
        raise ValidationError(errors)


class SecurityService:
    def __init__(self, handle: Handle) -> None:
        self._handle = handle

    @property
    def _db(self) -> Database:
        return self._handle.db

    # --- status and settings ----------------------------------------------------------

    def status(self) -> SecurityStatus:
        db = self._db
        if db.is_server:
            from rekisteri.core.db.server_backups import folder

            where, kept = None, folder(db)  # type: ignore[arg-type]  # a ServerDatabase
        else:
            where, kept = db.path, backups_dir(db.path)
        return SecurityStatus(
            encrypted=db.encrypted,
            encryption_available=cipher.encryption_available() and not db.is_server,
            db_path=where,
            backups_dir=kept,
            autolock_minutes=self.autolock_minutes(),
            rotation=backups.read_rotation(self._db),
        )

    def autolock_minutes(self) -> int:
        return self._handle.setting(reg.AUTOLOCK_MINUTES)

    def set_autolock_minutes(self, minutes: int) -> None:
        self._handle.set_setting(reg.AUTOLOCK_MINUTES, max(0, int(minutes)))

    def set_rotation(self, keep_last: int, keep_days: int) -> None:
        self._handle.set_setting(reg.BACKUP_KEEP_LAST, max(1, int(keep_last)))
        self._handle.set_setting(reg.BACKUP_KEEP_DAYS, max(0, int(keep_days)))

    def passphrase_matches(self, passphrase: str) -> bool:
        current = self._db.passphrase
        return current is not None and hmac.compare_digest(
            current.encode("utf-8"), passphrase.encode("utf-8")
        )

    # --- encryption -------------------------------------------------------------------

    def enable_encryption(self, passphrase: str) -> ConversionResult:
        if self._db.encrypted:
            raise _error(QT_TRANSLATE_NOOP("Errors", "The register is already encrypted."))
        check_new_passphrase(passphrase)
        return self._convert(None, passphrase, "security.encryption_enabled")

    def disable_encryption(self, passphrase: str) -> ConversionResult:
        if not self._db.encrypted:
            raise _error(QT_TRANSLATE_NOOP("Errors", "The register is not encrypted."))
        if not self.passphrase_matches(passphrase):
            raise WrongPassphraseError()
        return self._convert(passphrase, None, "security.encryption_disabled")

    def change_passphrase(self, old: str, new: str) -> ConversionResult:
        if not self._db.encrypted:
            raise _error(QT_TRANSLATE_NOOP("Errors", "The register is not encrypted."))
        if not self.passphrase_matches(old):
            raise WrongPassphraseError()
        check_new_passphrase(new)
        return self._convert(old, new, "security.passphrase_changed")

    def _convert(self, old: str | None, new: str | None, action: str) -> ConversionResult:
        """All or nothing, backups included: every copy is made and verified before the
        register is swapped; after the swap only renames remain, and the next open finishes
        them if a crash comes between (``conversion.resume_swap``)."""
        db = self._db
        path = db.path
        candidate = conversion.candidate_path(path)
        # Our own pooled connections go first, so the WAL is folded in and nobody writes
        # while the copy is made. On failure the pool simply reconnects: nothing changed.
        db.dispose()
        prepared: list[tuple[Path, Path]] = []
        try:
            # The marker lets the next open finish (or undo) what a crash interrupts.
            conversion.begin(path, action)
            backups.checkpoint(path, old)
            copy_database(path, candidate, old, new)
            skipped = _prepare_backups(path, old, new, prepared)
            conversion.mark_swapping(path)
            conversion.crash_point("before-swap")
            swap_in(candidate, path)
        except Exception as exc:
            for _backup, target in prepared:
                shred(target)
            shred(candidate)
            conversion.end(path)
            raise _conversion_error(exc, path) from None
        conversion.crash_point("after-swap")
        self._handle.reopen(Database(path, db.clock, new))
        converted = _install_backups(prepared)
        if new is not None:
            # A plain file that would not convert (a damaged one set aside) must not stay
            # readable beside an encrypted register.
            converted += conversion.secure_backups(path, new).encrypted
        conversion.end(path)
        with self._db.session() as s:
            audit.record(
                s,
                self._handle.actor,
                action,
                "register",
                None,
                f"backups re-keyed: {converted}, left as they were: {skipped}",
                at=self._db.clock.now(),
            )
        return ConversionResult(new is not None, converted, skipped)

    # --- backups, restore, integrity --------------------------------------------------

    def backup_now(self, reason: backups.BackupReason | str) -> backups.BackupInfo:
        """For callers about to rewrite data: "review", "import", "manual"."""
        return backups.backup_now(self._db, reason)

    def list_backups(self) -> list[backups.BackupInfo]:
        if self._db.is_server:  # the snapshots kept on this laptop
            from rekisteri.core.db.server_backups import list_backups

            return list_backups(self._db)  # type: ignore[arg-type]  # a ServerDatabase
        return backups.list_backups(self._db.path, self._db.passphrase)

    def check_integrity(self, *, quick: bool = True) -> IntegrityResult:
        return check_integrity(self._db.path, self._db.passphrase, quick=quick)

    def restore(
        self, backup: Path, backup_passphrase: str | None = None
    ) -> backups.BackupInfo | None:
        """Replace the register by ``backup`` (the present state is backed up first).

        Returns the backup made of the replaced state, so the user can go back.
        """
        db = self._db
        key = db.passphrase
        db.dispose()
        saved = backups.restore_backup(
            db.path, Path(backup), key, clock=db.clock, backup_passphrase=backup_passphrase
        )
        from rekisteri.core.db.migrate import open_database

        self._handle.reopen(open_database(db.path, clock=db.clock, passphrase=key))
        with self._db.session() as s:
            audit.record(
                s,
                self._handle.actor,
                "security.backup_restored",
                "register",
                None,
                Path(backup).name,
                at=self._db.clock.now(),
            )
        return saved


def _prepare_backups(
    db_path: Path, old: str | None, new: str | None, prepared: list[tuple[Path, Path]]
) -> int:
    """A verified copy of every backup with the new key, beside it, added to ``prepared`` as
    it is made (so that a failure half-way shreds them all); returns how many were skipped."""
    skipped = 0
    for info in backups.list_backups(db_path, with_counts=False):
        target = conversion.prepared_path(info.path)
        try:
            copy_database(info.path, target, old, new)
        except Exception as exc:
            shred(target)
            if storage_error(exc, target) is not None:
                raise  # a full disk stops the whole change: nothing is half done
            skipped += 1  # did not open with the old key (or is damaged): left as it is
        else:
            prepared.append((info.path, target))
    return skipped


def _install_backups(prepared: list[tuple[Path, Path]]) -> int:
    for index, (backup, target) in enumerate(prepared):
        if index == 1:
            conversion.crash_point("during-backups")
        swap_in(target, backup)
    return len(prepared)


def _conversion_error(exc: Exception, path: Path) -> RekisteriError:
    if isinstance(exc, RekisteriError):
        return exc
    typed = storage_error(exc, path)
    if typed is not None:
        return typed
    return _error(
        QT_TRANSLATE_NOOP(
            "Errors", "The conversion failed and was undone. The register is unchanged."
        ),
        detail=type(exc).__name__,
    )


def _error(text: str, detail: str = "") -> SecurityOperationError:
    return SecurityOperationError(Message("Errors", text), detail)
