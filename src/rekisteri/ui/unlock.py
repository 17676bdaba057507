"""Start-up of the register file: unlock an encrypted one, recover a damaged one.

``open_register_interactive`` is what the application calls instead of ``Register.open``:
it asks for the passphrase when the file is encrypted (a wrong one says so, opens nothing
and lets the user retry), and leads a damaged file to the recovery dialog instead of a
traceback. The core does the checks (``rekisteri.core.session.open_register``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core import session
from rekisteri.core.clock import Clock
from rekisteri.core.errors import DamagedDatabaseError, RekisteriError, WrongPassphraseError
from rekisteri.core.register import Register
from rekisteri.ui.colors import tint


class UnlockDialog(QDialog):
    """Asks for the passphrase until it opens the register, or the user gives up."""

    def __init__(
        self, path: Path, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.clock = clock
        self.register: Register | None = None
        self.wants_recovery = False
        self.passphrase: str | None = None  # kept only to read encrypted backups in recovery
        self.setWindowTitle(self.tr("Unlock the register"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("This register is encrypted. Enter its passphrase to open it.\n{path}").format(
                path=self.path
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setObjectName("passphrase")
        self.field.setPlaceholderText(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.error = QLabel()
        self.error.setObjectName("error")
        tint(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Unlock"))
        ok.setObjectName("unlock")
        self.recover_button = QPushButton(self.tr("Restore from a backup…"))
        self.buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.recover_button.clicked.connect(self._recover)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def try_unlock(self) -> None:
        passphrase = self.field.text()
        if not passphrase:
            self._show_error(self.tr("Enter the passphrase."))
            return
        try:
            self.register = session.open_register(self.path, passphrase, clock=self.clock)
        except WrongPassphraseError as exc:
            self._show_error(exc.render())
            self.field.selectAll()
            self.field.setFocus()
            return
        except DamagedDatabaseError:
            self.passphrase = passphrase
            self.wants_recovery = True
            self.reject()
            return
        except RekisteriError as exc:
            self._show_error(exc.render())
            return
        self.field.clear()
        self.accept()

    def _recover(self) -> None:
        self.passphrase = self.field.text() or None
        self.wants_recovery = True
        self.reject()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def open_register_interactive(
    path: Path, actor: str, clock: Clock | None = None, parent: QWidget | None = None
) -> Register | None:
    """The register ready for the window, or None if the user gave up (the app then exits)."""
    from rekisteri.ui.recovery import offer_recovery

    path = Path(path)
    passphrase: str | None = None
    while True:
        try:
            if session.file_kind(path) is session.FileKind.ENCRYPTED:
                dialog = UnlockDialog(path, clock, parent)
                accepted = dialog.exec() == QDialog.DialogCode.Accepted
                if accepted and dialog.register is not None:
                    dialog.register.actor = actor
                    return dialog.register
                if not dialog.wants_recovery:
                    return None
                passphrase = dialog.passphrase
                raise DamagedDatabaseError()
            return session.open_register(path, None, actor=actor, clock=clock)
        except DamagedDatabaseError:
            if not offer_recovery(path, passphrase, clock=clock, parent=parent):
                return None
