"""The way back from a damaged register file: set it aside, restore the newest good backup.

Nothing happens without the user's yes, and the damaged file is only ever renamed aside
(with a timestamp, never overwritten), so a specialist can still look at it later.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core import session
from rekisteri.core.clock import Clock
from rekisteri.core.errors import RekisteriError
from rekisteri.core.paths import backups_dir


def _when(info: session.BackupInfo) -> str:
    local = info.created.astimezone()
    return f"{local.day}.{local.month}.{local.year} {local:%H:%M}"


class RecoveryDialog(QDialog):
    """Offers the newest backup that passes the check; restores it when the user agrees."""

    def __init__(
        self,
        path: Path,
        passphrase: str | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.clock = clock
        self.passphrase = passphrase
        self.backup: session.BackupInfo | None = None
        self.set_aside: Path | None = None
        self.setWindowTitle(self.tr("The register file is damaged"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Rekisteri cannot open the register file safely: it is damaged or is not a "
                "register at all.\n\n{path}\n\nThe damaged file will be kept aside, renamed "
                "with today's date, and never overwritten."
            ).format(path=self.path)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.offer = QLabel()
        self.offer.setObjectName("offer")
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        self.key_field = QLineEdit()
        self.key_field.setObjectName("passphrase")
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setPlaceholderText(self.tr("Passphrase of the encrypted backups"))
        self.key_field.returnPressed.connect(self._search_with_key)
        layout.addWidget(self.key_field)
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setObjectName("restore")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search()

    def _search_with_key(self) -> None:
        self.passphrase = self.key_field.text() or None
        self.search()

    def search(self) -> None:
        self.backup = session.newest_good_backup(self.path, self.passphrase)
        encrypted_present = any(
            p.is_file() and p.suffix == ".sqlite" and session.is_encrypted(p)
            for p in backups_dir(self.path).iterdir()
        )
        self.key_field.setVisible(self.backup is None and encrypted_present)
        self.restore_button.setEnabled(self.backup is not None)
        if self.backup is None:
            if encrypted_present:
                self.offer.setText(
                    self.tr(
                        "No backup could be read without the passphrase. Enter it and press Enter."
                    )
                )
            else:
                self.offer.setText(
                    self.tr("No usable backup was found in {folder}.").format(
                        folder=backups_dir(self.path)
                    )
                )
            return
        self.offer.setText(
            self.tr(
                "Newest good backup: {when} ({reason}), {customers} customers and "
                "{contacts} contact persons. Changes made after it are not in it."
            ).format(
                when=_when(self.backup),
                reason=self.backup.reason.label(),
                customers=self.backup.customers,
                contacts=self.backup.contacts,
            )
        )

    def restore(self) -> None:
        if self.backup is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = session.recover(
                self.path, self.backup.path, self.passphrase, clock=self.clock
            )
        except Exception as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(self, self.windowTitle(), self._failure(exc))
            return
        QApplication.restoreOverrideCursor()
        self.set_aside = outcome.set_aside
        self.accept()

    def _failure(self, exc: BaseException) -> str:
        """A typed error's own message (a read-only folder, a full disk); else the kind only."""
        if isinstance(exc, RekisteriError):
            return exc.render()
        typed = session.storage_error(exc, self.path)
        if typed is not None:
            return typed.render()
        return self.tr(
            "The backup could not be restored because of an unexpected fault ({kind}). "
            "The damaged file was left where it was."
        ).format(kind=type(exc).__name__)


def offer_recovery(
    path: Path,
    passphrase: str | None = None,
    *,
    clock: Clock | None = None,
    parent: QWidget | None = None,
) -> bool:
    """True when a backup was restored (the caller then opens the register again)."""
    dialog = RecoveryDialog(path, passphrase, clock, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
