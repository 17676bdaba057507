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
