"""Start-up of the window app: language, the register file, the single-instance lock."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from rekisteri import __version__
from rekisteri.appinfo import APP_ID, icon_files
from rekisteri.core.errors import NewerDatabaseError, RekisteriError
from rekisteri.core.i18n import set_translator
from rekisteri.core.location import window_location
from rekisteri.ui import instance_lock
from rekisteri.ui.preferences import APPLICATION, ORGANISATION
from rekisteri.ui.translations import install_translations
from rekisteri.ui.wheel_guard import install_wheel_guard

if TYPE_CHECKING:
    from rekisteri.core.register import Register
    from rekisteri.core.session import RegisterLock, StartupCheck
    from rekisteri.ui.mainwindow import MainWindow


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rekisteri")
    parser.add_argument("--db", metavar="PATH")
    return parser.parse_args(list(argv))


def os_user() -> str:
    """The actor until the register says otherwise (Settings › handler name)."""
    try:
        return getpass.getuser()
    except Exception:
        return "user"


def app_icon() -> QIcon:
    """The shipped icon at every size, so small task-bar renderings stay crisp."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    return icon


def _application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "rekisteri", *argv])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Rekisteri")
    app.setApplicationVersion(__version__)
    # Docks and task bars (Wayland, GNOME, KDE) match the window to the .desktop file by this.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    install_wheel_guard(app)
    from rekisteri.ui.appearance import apply_appearance

    apply_appearance(app)  # light, dark or the system's, as chosen in View › Appearance
    return app


def _build_window(register: Register) -> MainWindow:
    register.actor = register.get_controller().handler_name.strip() or register.actor
    from rekisteri.ui.mainwindow import MainWindow

    return MainWindow(register, defer_status=True)


def startup_failure(exc: BaseException, path: Path) -> str:
    """The message for a start that failed on something other than a damaged file."""
    from rekisteri.core.session import storage_error

    typed = storage_error(exc, path)
    if typed is not None:
        return typed.render()
    return QCoreApplication.translate(
        "Application",
        "The register could not be opened because of an unexpected fault ({kind}). "
        "Nothing was changed.\n\n{path}",
    ).format(kind=type(exc).__name__, path=path)


def _refuse(text: str) -> int:
    QMessageBox.critical(None, QCoreApplication.translate("Application", "Rekisteri"), text)
    return 2


def run(argv: Sequence[str], check: StartupCheck | None = None) -> int:
    """``check``: the integrity check ``rekisteri.app`` started on this register already.

    While the app runs, an unexpected error shows a calm dialog and leaves a log line with
    no personal data (``ui.crash``); the hooks are taken down when it ends.
    """
    from rekisteri.ui import crash

    crash.install()
    try:
        return _run(argv, check)
    finally:
        crash.uninstall()


def _run(argv: Sequence[str], check: StartupCheck | None) -> int:
    parse_args(argv)  # unknown arguments: argparse says so and exits
    app = _application(argv)
    install_translations(app)
    set_translator(lambda ctx, text: QCoreApplication.translate(ctx, text))
    where = window_location(argv)
    if where.server is not None:
        from rekisteri.ui.shared_start import run_shared

        return run_shared(app, where, os_user(), _build_window, _exec)
    path = where.path
    if check is not None and check.path != path:
        check = None

    try:
        lock = instance_lock.acquire(path)
    except OSError as exc:
        return _refuse(startup_failure(exc, path))
    if lock is None:
        QMessageBox.information(
            None,
            QCoreApplication.translate("Application", "Rekisteri"),
            QCoreApplication.translate(
                "Application",
                "The register is already open in another window.\n\n"
                "Switch to that window, or close it before opening the register again.",
            )
            if instance_lock.held_by_window(path)
            else QCoreApplication.translate(
                "Application",
                "A Rekisteri command (an import, a restore or an encryption) is working on "
                "this register.\n\nTry again when it has finished.",
            ),
        )
        return 1

    from rekisteri.ui.startup import open_and_build

    try:
        # Unlocks an encrypted register, checks integrity (a damaged file goes to the
        # recovery dialog), migrates and takes the day's first backup; the window is built
        # while the integrity check runs, and shown only once it has passed.
        opened = open_and_build(path, os_user(), _build_window, check=check)
        if opened is None:
            lock.unlock()
            return 1
    except NewerDatabaseError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "Rekisteri"), exc.render()
        )
        lock.unlock()
        return 2
    except RekisteriError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "Rekisteri"), exc.render()
        )
        lock.unlock()
        return 2
    except Exception as exc:
        # Only a failed integrity check leads to the recovery dialog (inside open_and_build);
        # anything else says what it is, and never calls the file damaged.
        lock.unlock()
        return _refuse(startup_failure(exc, path))

    register, window = opened
    return _exec(app, register, window, lock)


def _exec(app: QApplication, register: Register, window: MainWindow, lock: RegisterLock) -> int:
    """Show the window and run until it closes; then close the register and the lock, and
    start again if a language change or a register switch asked for it."""
    window.show()
    # The calendar file catches up with the register once a start (each change after that
    # rewrites it itself); after the first frame, which must not wait for it.
    QTimer.singleShot(0, register.reminders.refresh)
    from rekisteri.ui.autolock import install_autolock

    # A shared register has no file on this laptop to lock away: the server keeps it.
    autolock = None if register.db.is_server else install_autolock(window, register)
    try:
        return int(app.exec())
    finally:
        if autolock is not None:  # its application-wide filter must not outlive the window
            autolock.uninstall()
        # Destroy the window (and its panes' timers) before the register it reads is closed.
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        register.close()
        lock.unlock()
        from rekisteri.ui.restart import relaunch, restart_requested

        if restart_requested():  # the language changed: start again, lock released
            relaunch()
