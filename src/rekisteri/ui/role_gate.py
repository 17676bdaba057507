"""What the window offers an assistant of a shared register: the assistant's jobs only.

The server enforces the roles (``core.db.roles``); this is the courtesy on top, so that an
assistant is not offered what would be refused. The owner's views (the review, the privacy
notice, breaches, the record of processing, Settings) and the imports and exports are
disabled with a tooltip that says why. The status bar names the login and its role, and
the window follows the other laptops' changes (``ui.live_refresh``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from rekisteri.ui import user_errors

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar

    from rekisteri.core.register import Register


class MainWindow(Protocol):
    """What this module needs of the main window (not imported: the window imports us)."""

    register: Register
    nav_actions: dict[str, QAction]
    owner_actions: list[QAction]

    def refresh(self) -> None: ...

    def isVisible(self) -> bool: ...

    def statusBar(self) -> QStatusBar: ...


OWNER_PANES = ("review", "notice", "breaches", "record", "settings")


def register_role(register: Register) -> str:
    """ "owner" or "assistant": what the server lets this register's login do."""
    return register.db.role


def _why() -> str:
    return QCoreApplication.translate(
        "RoleGate", "Only the register's owner can do this; you are signed in as an assistant."
    )


def apply_role(window: MainWindow) -> None:
    db = window.register.db
    if not db.is_server:
        return
    user_errors.reconnect = lambda: _probe(window)
    from rekisteri.ui.live_refresh import LiveRefresh

    LiveRefresh(window, window.statusBar())  # the others' changes; the bar owns it
    role = (
        QCoreApplication.translate("RoleGate", "assistant")
        if db.role == "assistant"
        else QCoreApplication.translate("RoleGate", "owner")
    )
    who = QLabel(
        QCoreApplication.translate("RoleGate", "{login} ({role}) on {server}").format(
            login=db.login, role=role, server=db.location.split("@", 1)[-1]
        )
    )
    who.setObjectName("sharedLogin")
    window.statusBar().addPermanentWidget(who)
    if db.role != "assistant":
        return
    for key in OWNER_PANES:
        action = window.nav_actions.get(key)
        if action is not None:
            action.setEnabled(False)
            action.setToolTip(f"{action.text()}: {_why()}")
    for action in window.owner_actions:
        action.setEnabled(False)
        action.setToolTip(_why())
        action.setStatusTip(_why())


def _probe(window: MainWindow) -> None:
    """Reconnect: one round trip to the server; its own message if it still fails."""
    window.register.db.ping()
