"""Opening the register and building the main window while the integrity check runs.

The whole-file ``quick_check`` (0.7 s at 100,000 customers) runs in a thread while the
window is built on a plain register already at the current schema; the window is returned,
to be shown, only after the check has passed and the day's backup is taken. Whatever goes
wrong before the verdict (a page that would not read while the window was built, a check
that finds damage) closes what was built and takes the careful path, one step after the
other, which leads a damaged file to the recovery dialog. Encrypted registers, new ones and
ones that need a migration take that path from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from rekisteri.core import session
from rekisteri.core.clock import Clock
from rekisteri.core.errors import DamagedDatabaseError
from rekisteri.core.register import Register
from rekisteri.ui.unlock import open_register_interactive

W = TypeVar("W", bound=QWidget)


def open_and_build(
    path: Path,
    actor: str,
    build: Callable[[Register], W],
    *,
    clock: Clock | None = None,
    parent: QWidget | None = None,
    check: session.StartupCheck | None = None,
) -> tuple[Register, W] | None:
    """The register and its built (not yet shown) window, or None if the user gave up.

    ``check``: the integrity check of ``path``, when the caller started it earlier still.
    """
    path = Path(path)
    session.check_writable(path)  # a folder, a read-only folder: their own message, never "damaged"
    if session.file_kind(path) is session.FileKind.PLAIN:
        built = _overlapped(check or session.StartupCheck(path), actor, build, clock)
        if built is not None:
            return built
    register = open_register_interactive(path, actor, clock, parent)
    if register is None:
        return None
    return register, build(register)


def _overlapped(
    check: session.StartupCheck, actor: str, build: Callable[[Register], W], clock: Clock | None
) -> tuple[Register, W] | None:
    """Built while checking; None when the check found damage (the careful path follows)."""
    register: Register | None = None
    window: W | None = None
    try:
        register = session.open_while_checking(check, actor=actor, clock=clock)
        window = build(register)
        session.finish_start(check, register)
        return register, window
    except Exception as exc:
        if window is not None:
            window.close()
            window.deleteLater()
        if register is not None:
            register.db.dispose()
        try:
            check.verify()
        except DamagedDatabaseError:
            return None  # the careful path shows the recovery dialog
        if isinstance(exc, DamagedDatabaseError):
            return None  # healthy pages but an unreadable schema: the same way on
        raise
