"""Restarting the app, for a change (the language) that only a new start can apply.

The new process is started only after this one has closed the register and released its
single-instance lock, so it does not find "the register already open in another window".
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QApplication, QWidget

_PROPERTY = "rekisteri_restart"


def request_restart(widget: QWidget) -> bool:
    """Close the main window (it asks about unsaved changes first); True when it closed and
    the app will start again once it has shut down."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    app.setProperty(_PROPERTY, True)
    window = widget.window()
    if window.close():
        QApplication.closeAllWindows()
        return True
    app.setProperty(_PROPERTY, False)  # the owner chose Cancel: nothing restarts
    return False


def restart_requested() -> bool:
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(_PROPERTY))


def relaunch_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that started this process: a frozen build is its own
    executable; from source it is the interpreter running the same script."""
    argv = list(sys.argv if argv is None else argv)
    if getattr(sys, "frozen", False):
        return sys.executable, argv[1:]
    if argv and argv[0].endswith("__main__.py"):
        return sys.executable, ["-m", "rekisteri", *argv[1:]]
    return sys.executable, argv


def relaunch() -> bool:
    program, args = relaunch_command()
    started, _pid = QProcess.startDetached(program, args)
    return bool(started)
