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
    from rekisteri.core.register import Register

AUTOLOCK_KEY = "security.autolock_minutes"
DEFAULT_AUTOLOCK_MINUTES = 10
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class SecurityStatus:
    encrypted: bool
    encryption_available: bool
    db_path: Path
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
    def __init__(self, register: Register) -> None:
        self._register = register

    @property
    def _db(self) -> Database:
        return self._register.db

    # --- status and settings ----------------------------------------------------------

    def status(self) -> SecurityStatus:
        return SecurityStatus(
            encrypted=self._db.encrypted,
            encryption_available=cipher.encryption_available(),
            db_path=self._db.path,
            backups_dir=backups_dir(self._db.path),
            autolock_minutes=self.autolock_minutes(),
            rotation=backups.read_rotation(self._db),
        )

    def autolock_minutes(self) -> int:
        return int(self._register.get_setting(AUTOLOCK_KEY, DEFAULT_AUTOLOCK_MINUTES))

    def set_autolock_minutes(self, minutes: int) -> None:
        self._register.set_setting(AUTOLOCK_KEY, max(0, int(minutes)))

    def set_rotation(self, keep_last: int, keep_days: int) -> None:
        self._register.set_setting(backups.KEEP_LAST_KEY, max(1, int(keep_last)))
        self._register.set_setting(backups.KEEP_DAYS_KEY, max(0, int(keep_days)))

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
        db = self._db
        path = db.path
        candidate = path.with_name(path.name + ".convert-new")
        # Our own pooled connections go first, so the WAL is folded in and nobody writes
        # while the copy is made. On failure the pool simply reconnects: nothing changed.
        db.dispose()
        try:
            # The marker lets the next open finish (or undo) what a crash interrupts.
            conversion.begin(path, action)
            backups._checkpoint(path, old)
            copy_database(path, candidate, old, new)
            conversion.crash_point("before-swap")
            swap_in(candidate, path)
        except Exception as exc:
            shred(candidate)
            conversion.end(path)
            if isinstance(exc, RekisteriError):
                raise
            typed = storage_error(exc, path)
            if typed is not None:
                raise typed from None
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Errors", "The conversion failed and was undone. The register is unchanged."
                ),
                detail=type(exc).__name__,
            ) from None
        conversion.crash_point("after-swap")
        self._register.reopen(Database(path, db.clock, new))
        converted, skipped = self._rekey_backups(old, new)
        conversion.end(path)
        with self._db.session() as s:
            audit.record(
                s,
                self._register.actor,
                action,
                "register",
                None,
                f"backups re-keyed: {converted}, left as they were: {skipped}",
                at=self._db.clock.now(),
            )
        return ConversionResult(new is not None, converted, skipped)

    def _rekey_backups(self, old: str | None, new: str | None) -> tuple[int, int]:
        """Give every backup the register's new key, each with the same verify-then-swap."""
        converted = skipped = 0
        for index, info in enumerate(backups.list_backups(self._db.path, with_counts=False)):
            if index == 1:
                conversion.crash_point("during-backups")
            target = info.path.with_name(info.path.name + ".rekey-new")
            try:
                copy_database(info.path, target, old, new)
                swap_in(target, info.path)
            except Exception:
                shred(target)
                skipped += 1
            else:
                converted += 1
        if new is not None:
            # A plain file that would not convert (a damaged one set aside) must not stay
            # readable beside an encrypted register.
            converted += conversion.secure_backups(self._db.path, new).encrypted
        return converted, skipped

    # --- backups, restore, integrity --------------------------------------------------

    def backup_now(self, reason: backups.BackupReason | str) -> backups.BackupInfo:
        """For callers about to rewrite data: "review", "import", "manual"."""
        return backups.backup_now(self._db, reason)

    def list_backups(self) -> list[backups.BackupInfo]:
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

        self._register.reopen(open_database(db.path, clock=db.clock, passphrase=key))
        with self._db.session() as s:
            audit.record(
                s,
                self._register.actor,
                "security.backup_restored",
                "register",
                None,
                Path(backup).name,
                at=self._db.clock.now(),
            )
        return saved


def _error(text: str, detail: str = "") -> SecurityOperationError:
    return SecurityOperationError(Message("Errors", text), detail)
