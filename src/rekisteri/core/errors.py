"""Typed errors the UI and CLI can show without a traceback.

Messages never contain personal data: they may end up in a bug report.
"""

from __future__ import annotations

from collections.abc import Mapping

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message


class RekisteriError(Exception):
    """Base of the errors the user is meant to read."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.message = message

    def render(self) -> str:
        return self.message.render()


class ValidationError(RekisteriError):
    """Bad input, one message per field so the form can show each beside its field."""

    def __init__(self, errors: Mapping[str, Message]) -> None:
        super().__init__(Message("Errors", QT_TRANSLATE_NOOP("Errors", "Some fields need fixing.")))
        self.errors: dict[str, Message] = dict(errors)

    def __str__(self) -> str:
        return "; ".join(f"{k}: {v.text}" for k, v in self.errors.items())


# One sentence per kind: "{kind}" would drop an untranslated English noun into a Finnish text.
_NOT_FOUND_TEXTS = {
    "customer": QT_TRANSLATE_NOOP("Errors", "This customer no longer exists (id {id})."),
    "contact": QT_TRANSLATE_NOOP("Errors", "This contact person no longer exists (id {id})."),
    "interaction": QT_TRANSLATE_NOOP("Errors", "This log entry no longer exists (id {id})."),
}


class CancelledError(RekisteriError):
    """The owner cancelled a long job before it wrote anything."""

    def __init__(self) -> None:
        super().__init__(
            Message("Errors", QT_TRANSLATE_NOOP("Errors", "Cancelled. Nothing was saved."))
        )


class NotFoundError(RekisteriError):
    def __init__(self, kind: str, ident: int | str) -> None:
        text = _NOT_FOUND_TEXTS.get(kind) or QT_TRANSLATE_NOOP(
            "Errors", "The {kind} no longer exists (id {id})."
        )
        super().__init__(Message("Errors", text, {"kind": kind, "id": ident}))


class NewerDatabaseError(RekisteriError):
    """The file was written by a newer Rekisteri; we must not touch it."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This register was saved by a newer version of Rekisteri (schema {rev}). "
                    "Update Rekisteri to open it. The file was not changed.",
                ),
                {"rev": revision},
            )
        )


class DatabaseOpenError(RekisteriError):
    pass


class WrongPassphraseError(DatabaseOpenError):
    """The passphrase does not open the register; nothing was opened or changed."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "The passphrase is wrong. The register was not opened; try again."
                ),
            )
        )


class PassphraseRequiredError(DatabaseOpenError):
    """The register is encrypted and no passphrase was given."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "This register is encrypted. Enter its passphrase."),
            )
        )


class DamagedDatabaseError(DatabaseOpenError):
    """The file is not a readable register (truncated, overwritten or not a database).

    ``detail`` is SQLite's own report (page numbers, index names): never row contents.
    """

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The register file is damaged and cannot be opened safely. "
                    "It can be restored from a backup; the damaged file is kept aside.",
                ),
            )
        )
        self.detail = detail


class EncryptionUnavailableError(RekisteriError):
    """SQLCipher (the ``sqlcipher3`` package) is not installed on this computer."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Encryption is not available: the sqlcipher3 package is not installed.",
                ),
            )
        )


class RegisterLockedError(RekisteriError):
    """The register was locked (auto-lock or a conversion in progress); unlock it first."""

    def __init__(self) -> None:
        super().__init__(
            Message("Errors", QT_TRANSLATE_NOOP("Errors", "The register is locked. Unlock it."))
        )


class SecurityOperationError(RekisteriError):
    """A conversion, backup or restore could not be completed; the register is unchanged."""

    def __init__(self, message: Message, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class ServerError(DatabaseOpenError):
    """A shared register's server refused or could not be reached; nothing was changed.

    The message never carries the server's own text: it may quote a user name or a row.
    """


class ServerUnreachableError(ServerError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The shared register's server cannot be reached. Check the network "
                    "connection and the server's address, then try again. Nothing was lost: "
                    "an unfinished change was not saved.",
                ),
            )
        )


class ServerLoginError(ServerError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP("Errors", "The server refused the user name or the password."),
            )
        )


class ServerSecurityError(ServerError):
    """TLS was required and the server's certificate could not be verified (or no TLS)."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The connection to the server could not be secured: its certificate "
                    "was not verified or it does not offer TLS. Ask the server's "
                    "administrator for its CA certificate.",
                ),
            )
        )


class RoleError(RekisteriError):
    """The server refused an owner's job to an assistant's login; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Only the register's owner can do this: your user name has an "
                    "assistant's rights on this shared register. Nothing was changed.",
                ),
            )
        )


class OwnerMustUpgradeError(ServerError):
    """The shared register's schema is older than this app, and an assistant may not
    upgrade it."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This version of Rekisteri needs to upgrade the shared register first. "
                    "Ask the register's owner to open it with this version; then try again.",
                ),
            )
        )


class ServerConnectionLostError(ServerError):
    """The server went away during a call; its transaction was rolled back there."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The connection to the shared register was lost, and the last change "
                    "was not saved. Check the network, then reconnect and try again.",
                ),
            )
        )


class ConflictError(RekisteriError):
    """Someone saved this record after it was opened here: this save would overwrite their
    change unseen, so it was refused (optimistic concurrency, ``core.concurrency``)."""

    def __init__(self, who: str, when: str) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors", "Changed by {name} at {time} — reload or copy your edits."
                ),
                {"name": who or "?", "time": when},
            )
        )
        self.who = who


class FileOnlyError(RekisteriError):
    """The operation works on a register file on this computer, not on a shared register."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This works on a register file on this computer; a shared register is "
                    "kept by its server.",
                ),
            )
        )
