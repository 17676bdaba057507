"""File menu entries for a shared register: connect, move there, move back, the laptop.

Each switch is remembered (``core.location``) and takes effect by starting the app again,
so nothing of the window keeps reading the register it left: the same way a language change
is applied. A move is confirmed first, copies in the background and is verified table by
table before anything is switched; a failure changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from rekisteri.core import location, register_move
from rekisteri.core.errors import RekisteriError
from rekisteri.core.register import Register
from rekisteri.ui.background import run_in_background
from rekisteri.ui.file_dialogs import save_file_name
from rekisteri.ui.restart import request_restart
from rekisteri.ui.shared_dialogs import ServerDialog


class SharedRegisterActions(QObject):
    def __init__(self, window: QMainWindow, register: Register, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.register = register
        on_server = register.db.is_server
        self.connect_action = QAction(self.tr("&Connect to a shared register…"), self)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.move_to_server_action = QAction(
            self.tr("&Move this register to the shared server…"), self
        )
        self.move_to_server_action.triggered.connect(self.move_to_server)
        self.move_to_file_action = QAction(self.tr("Move this register to a &laptop file…"), self)
        self.move_to_file_action.triggered.connect(self.move_to_file)
        self.laptop_action = QAction(self.tr("Use the &laptop register"), self)
        self.laptop_action.triggered.connect(self.use_laptop)
        self.move_to_server_action.setVisible(not on_server)
        self.move_to_file_action.setVisible(on_server)
        self.laptop_action.setVisible(on_server)
        for action in (
            self.connect_action,
            self.move_to_server_action,
            self.move_to_file_action,
            self.laptop_action,
        ):
            menu.addAction(action)

    def _restart(self, text: str) -> None:
        QMessageBox.information(self.window, self.tr("Rekisteri"), text)
        request_restart(self.window)

    def connect_to_server(self) -> None:
        dialog = ServerDialog(
            self.tr("Connect to a shared register"),
            self.tr(
                "Open a register kept on your office's PostgreSQL server. The register on "
                "this laptop stays as it is; File › Use the laptop register goes back to it."
            ),
            self.tr("Connect"),
            self.window,
        )
        if dialog.exec() != ServerDialog.DialogCode.Accepted or dialog.accepted_address is None:
            return
        location.use_server(dialog.accepted_address)
        self._restart(
            self._keyring_note(dialog)
            + self.tr("Rekisteri starts again and opens the shared register.")
        )

    def _keyring_note(self, dialog: ServerDialog) -> str:
        if dialog.form.remember.isChecked() and not dialog.kept_in_keyring:
            return self.tr(
                "This computer offers no keyring, so the password is asked at each start. "
            )
        return ""

    def move_to_server(self) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Move the register to the shared server"),
            self.tr(
                "Every customer, contact, consent, request and setting is copied into an "
                "empty database on the server and checked table by table. Then Rekisteri "
                "starts again on the server.\n\nThe file on this laptop is kept, read-only, "
                "until you remove it. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        dialog = ServerDialog(
            self.tr("Move the register to the shared server"),
            self.tr("The server's database must be empty: the copy never overwrites a register."),
            self.tr("Move"),
            self.window,
        )
        if dialog.exec() != ServerDialog.DialogCode.Accepted or dialog.accepted_address is None:
            return
        address, password = dialog.accepted_address, dialog.accepted_password
        db = self.register.db
        path = db.path
        try:
            result = run_in_background(
                self.window,
                self.tr("Copying the register to the server…"),
                lambda _p: register_move.to_server(db, address, password, db.clock),
            )
        except RekisteriError as exc:
            QMessageBox.warning(self.window, self.tr("The register was not moved"), exc.render())
            return
        location.use_server(address)
        self._restart(
            self._keyring_note(dialog)
            + self.tr(
                "%n row(s) in {tables} tables were copied and verified.", "", result.rows
            ).format(tables=result.tables)
            + "\n\n"
            + self.tr(
                "The laptop file is kept read-only at {path}. Remove it once you trust the "
                "server. Rekisteri starts again on the shared register."
            ).format(path=path)
        )

    def move_to_file(self) -> None:
        name, _ = save_file_name(
            self.window,
            "register-file",
            self.tr("Move the register to a laptop file"),
            "rekisteri.sqlite",
            self.tr("Registers (*.sqlite)"),
        )
        if not name:
            return
        target = Path(name)
        if target.exists():
            QMessageBox.warning(
                self.window,
                self.tr("The register was not moved"),
                self.tr("Choose a new file name: the copy never overwrites a file."),
            )
            return
        db = self.register.db
        try:
            result = run_in_background(
                self.window,
                self.tr("Copying the register to this laptop…"),
                lambda _p: register_move.to_file(db, target, db.clock),
            )
        except (RekisteriError, OSError) as exc:
            text = exc.render() if isinstance(exc, RekisteriError) else str(exc.strerror or "")
            QMessageBox.warning(self.window, self.tr("The register was not moved"), text)
            return
        location.use_laptop(target)
        self._restart(
            self.tr(
                "%n row(s) in {tables} tables were copied and verified.", "", result.rows
            ).format(tables=result.tables)
            + "\n\n"
            + self.tr(
                "The server's database is left as it was; remove it there when you no longer "
                "need it. Rekisteri starts again on the laptop file."
            )
        )

    def use_laptop(self) -> None:
        location.use_laptop()
        self._restart(self.tr("Rekisteri starts again and opens the register on this laptop."))
