"""What an operating-system or SQLite failure means for the user, in words they can act on.

A full disk, a read-only folder, a register path that is a folder, a register busy with
another job: none of these is damage, and calling them "damaged" would send the user to
restore a backup over a perfectly good file. Each gets its own typed error here, so that the
window, the start-up dialogs and the command line say the same thing. The messages name the
folder or file (the user's own path), never a row of the register.
"""

from __future__ import annotations

import errno
from pathlib import Path

from rekisteri.core.errors import DatabaseOpenError, RekisteriError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message


class StorageError(DatabaseOpenError):
    """The file system refused; the register itself is fine and was not changed."""


class DiskFullError(StorageError):
    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The disk is full; nothing was changed. Free some space and try again.",
                ),
            )
        )


class FolderNotWritableError(StorageError):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The folder {folder} cannot be written to; nothing was changed. "
                    "Check that the disk is not read-only and that you may write there.",
                ),
                {"folder": str(folder)},
            )
        )
        self.folder = folder


class NotAFileError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is a folder, not a register file. Choose the register file itself.",
                ),
                {"path": str(path)},
            )
        )
        self.path = path


class PathProblemError(StorageError):
    """A file the user named (an export's target, an import's source) cannot be used."""

    def __init__(self, path: Path, missing: bool) -> None:
        text = (
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} does not exist, or a folder on its way does not; nothing was done.",
            )
            if missing
            else QT_TRANSLATE_NOOP(
                "Errors", "{path} is a folder; give a file name. Nothing was done."
            )
        )
        super().__init__(Message("Errors", text, {"path": str(path)}))


class RegisterBusyError(RekisteriError):
    """Another process kept the register's write lock longer than the busy timeout."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                "Errors",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The register is busy with another job. Nothing was changed; "
                    "try again when it has finished.",
                ),
            )
        )


_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


def storage_error(exc: BaseException, path: Path) -> StorageError | RekisteriError | None:
    """The typed error ``exc`` stands for when it touched ``path``; None if it is none of ours.

    ``exc`` may be an ``OSError``, a DB-API error, or SQLAlchemy's wrapper around one
    (``.orig``). SQLite reports by message, not by errno, so its texts are matched.
    """
    if isinstance(exc, RekisteriError):  # already typed: keep it, never re-read its text
        return exc if isinstance(exc, StorageError | RegisterBusyError) else None
    exc = getattr(exc, "orig", None) or exc
    path = Path(path)
    if isinstance(exc, OSError):
        if exc.errno in _FULL:
            return DiskFullError()
        named = Path(exc.filename) if getattr(exc, "filename", None) else None
        if named is not None and named.name.endswith(".part"):  # the atomic writer's copy
            named = named.with_name(named.name.removesuffix(".part"))
        if named is not None and named.resolve() != path.resolve():
            # Another file than the register: an export's target or an import's source.
            if exc.errno in (errno.ENOENT, errno.ENOTDIR):
                return PathProblemError(named, missing=True)
            if exc.errno == errno.EISDIR:
                return PathProblemError(named, missing=False)
        if exc.errno == errno.EISDIR or path.is_dir():
            return NotAFileError(path)
        if exc.errno in _READ_ONLY:
            return FolderNotWritableError(_folder_of(exc, path))
        return None
    text = str(exc).lower()
    if "disk is full" in text or ("disk i/o error" in text and _disk_full(path)):
        return DiskFullError()
    if "database is locked" in text or "database is busy" in text:
        return RegisterBusyError()
    if path.is_dir():
        return NotAFileError(path)
    if "readonly database" in text or "read-only" in text:
        return FolderNotWritableError(path.parent)
    if "unable to open database file" in text and not _writable(path.parent):
        return FolderNotWritableError(path.parent)
    return None


def _folder_of(exc: OSError, path: Path) -> Path:
    name = Path(exc.filename) if isinstance(exc.filename, str) else path
    return name if name.is_dir() else name.parent


def _writable(folder: Path) -> bool:
    """Whether a file can really be created in ``folder`` (root ignores permission bits)."""
    import os
    import tempfile

    try:
        fd, name = tempfile.mkstemp(prefix=".rekisteri-probe-", dir=folder)
    except OSError as exc:
        if exc.errno in _FULL:
            raise DiskFullError() from None
        return False
    os.close(fd)
    os.unlink(name)
    return True


def _disk_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def check_writable(path: Path) -> None:
    """Raise the typed error before any work starts when ``path`` cannot be a register file.

    A register is always written (WAL, backups), so a read-only folder is refused up front
    with its own message, rather than failing later as if the file were damaged.
    """
    path = Path(path)
    if path.is_dir():
        raise NotAFileError(path)
    folder = path.parent
    if folder.is_dir() and not _writable(folder):
        raise FolderNotWritableError(folder)


def typed_or_raise(exc: BaseException, path: Path) -> None:
    """Re-raise ``exc`` as its typed storage error when it is one; else do nothing."""
    typed = storage_error(exc, path)
    if typed is not None:
        raise typed from None
