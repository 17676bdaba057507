"""Starting the window on a shared register: the password, the connection, what went wrong.

The password comes from the keyring (or ``REKISTERI_DB_PASSWORD``), else the user is asked.
A wrong password, a server out of reach or a connection that cannot be secured each get
their own message with a way on: try again, open the laptop register instead, or quit.
Never a traceback, and never the server's own error text (it may quote a name or a row).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from rekisteri.core import location, session
from rekisteri.core.errors import RekisteriError, ServerLoginError
from rekisteri.core.register import Register
from rekisteri.ui import instance_lock
from rekisteri.ui.shared_dialogs import ask_password

if TYPE_CHECKING:
    from rekisteri.core.location import Location


def _open(where: Location, actor: str) -> Register | None:
    """The open shared register, or None when the user chose the laptop or to quit."""
    address = where.server
    assert address is not None
    refused = False
    while True:
        # After a refused password, ask: the kept one would only be refused again.
        password = (
            ask_password(address)
            if refused
            else session.resolve_password(address, lambda a: ask_password(a))
        )
        if password is None:
            return None
        try:
            db = session.open_server(address, password)
        except RekisteriError as exc:
            refused = isinstance(exc, ServerLoginError)
            choice = _failed(exc.render(), address.display())
            if choice == "retry":
                continue
            if choice == "laptop":
                _laptop_instead()
            return None
        return Register(db, actor)


def _failed(text: str, where: str) -> str:
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("SharedStart", "Shared register"), text
    )
    box.setInformativeText(
        QCoreApplication.translate("SharedStart", "Shared register: {where}").format(where=where)
    )
    retry = box.addButton(
        QCoreApplication.translate("SharedStart", "Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    laptop = box.addButton(
        QCoreApplication.translate("SharedStart", "Open the laptop register instead"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("SharedStart", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "laptop" if clicked is laptop else "quit"


def _laptop_instead() -> None:
    """Remember the laptop register and start again on it (this process ends)."""
    location.use_laptop()
    from rekisteri.ui.restart import relaunch

    relaunch()


def run_shared(
    app: QApplication,
    where: Location,
    actor: str,
    build: Callable[[Register], Any],
    run_window: Callable[..., int],
) -> int:
    lock = instance_lock.acquire(where.lock_path())
    if lock is None:
        QMessageBox.information(
            None,
            QCoreApplication.translate("SharedStart", "Shared register"),
            QCoreApplication.translate(
                "SharedStart",
                "The shared register is already open in another Rekisteri window on this "
                "computer. Switch to that window.",
            ),
        )
        return 1
    register = _open(where, actor)
    if register is None:
        lock.unlock()
        return 1
    try:
        window = build(register)
    except RekisteriError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("SharedStart", "Shared register"), exc.render()
        )
        register.close()
        lock.unlock()
        return 2
    return run_window(app, register, window, lock)
