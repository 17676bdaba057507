"""An error the user is meant to read, escaped from a slot: a message, not a crash report.

Mostly a shared register's: the server refused an owner's job to an assistant, or the
connection dropped mid-call (the server rolled that transaction back). The latter offers
Reconnect, which tries the server again; the pool replaces dead connections by itself, so
once the server answers, the next action works.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from rekisteri.core.errors import RekisteriError, ServerConnectionLostError

# Set by the window: try the register's server once; raises a RekisteriError if it fails.
reconnect: Callable[[], None] | None = None


def show(error: RekisteriError) -> None:
    if QApplication.instance() is None:
        return
    lost = isinstance(error, ServerConnectionLostError)
    text = error.render()
    while True:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("UserError", "Rekisteri"))
        box.setText(text)
        again = None
        if lost and reconnect is not None:
            again = box.addButton(
                QCoreApplication.translate("UserError", "Reconnect"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if again is None or box.clickedButton() is not again or reconnect is None:
            return
        try:
            reconnect()
        except RekisteriError as exc:
            text = exc.render()
            continue
        QMessageBox.information(
            QApplication.activeWindow(),
            QCoreApplication.translate("UserError", "Rekisteri"),
            QCoreApplication.translate(
                "UserError", "The shared register answers again. Repeat what you were doing."
            ),
        )
        return
