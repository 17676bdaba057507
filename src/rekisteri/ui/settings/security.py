"""Settings page: where the data is, encryption, auto-lock and backups (list and restore).

Every action goes through ``register.security``; after a conversion or a restore the same
``Register`` continues on the new file, and the window refreshes what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.errors import RekisteriError, ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.register import Register
from rekisteri.core.session import BackupInfo
from rekisteri.ui import autolock
from rekisteri.ui.background import run_in_background
from rekisteri.ui.colors import tint
from rekisteri.ui.formats import format_datetime, format_number, format_size
from rekisteri.ui.list_model import ListModel
from rekisteri.ui.table_state import remember_columns


def _when(info: BackupInfo) -> str:
    return format_datetime(info.created, seconds=True)


class BackupsModel(ListModel):
    COL_CREATED = 0
    COL_REASON = 1
    COL_CUSTOMERS = 2
    COL_CONTACTS = 3
    COL_ENCRYPTED = 4
    COL_SIZE = 5
    CONTEXT = "BackupsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Taken"),
        QT_TRANSLATE_NOOP("BackupsModel", "Why"),
        QT_TRANSLATE_NOOP("BackupsModel", "Customers"),
        QT_TRANSLATE_NOOP("BackupsModel", "Contact persons"),
        QT_TRANSLATE_NOOP("BackupsModel", "Encrypted"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
    )

    def text(self, item: BackupInfo, column: int) -> str:
        if column == self.COL_CREATED:
            return _when(item)
        if column == self.COL_REASON:
            return item.reason.label()
        if column == self.COL_CUSTOMERS:
            return "?" if item.customers is None else format_number(item.customers)
        if column == self.COL_CONTACTS:
            return "?" if item.contacts is None else format_number(item.contacts)
        if column == self.COL_ENCRYPTED:
            if item.encrypted:
                return QCoreApplication.translate("BackupsModel", "Yes")
            return QCoreApplication.translate("BackupsModel", "No")
        return format_size(item.size)

    def tooltip(self, item: BackupInfo, column: int) -> str:
        return item.path.name

    def role_data(self, item: BackupInfo, column: int, role: int) -> Any:
        numeric = (self.COL_CUSTOMERS, self.COL_CONTACTS, self.COL_SIZE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PassphraseDialog(QDialog):
    """Collects what a conversion needs: the current passphrase, a new one, or both."""

    def __init__(
        self, title: str, *, current: bool, new: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.current = self._field("current")
        self.new = self._field("new")
        self.confirm = self._field("confirm")
        if current:
            form.addRow(self.tr("Current passphrase"), self.current)
        if new:
            form.addRow(self.tr("New passphrase"), self.new)
            form.addRow(self.tr("New passphrase again"), self.confirm)
            note = QLabel(
                self.tr(
                    "Keep the passphrase safe: without it neither the register nor its "
                    "backups can be opened, by you or anyone."
                )
            )
            note.setWordWrap(True)
            form.addRow(note)
        self.error = QLabel()
        self.error.setObjectName("error")
        tint(self.error, "error")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._needs_new = new

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _check(self) -> None:
        if self._needs_new:
            from rekisteri.core.session import check_new_passphrase

            try:
                check_new_passphrase(self.new.text(), self.confirm.text())
            except ValidationError as exc:
                self.error.setText(" ".join(m.render() for m in exc.errors.values()))
                return
        self.accept()


class SecurityPage(QWidget):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        outer = QVBoxLayout(self)
        self.lock_box = self._build_lock()
        for box in (self._build_where(), self._build_encryption(), self.lock_box):
            outer.addWidget(box)
        outer.addWidget(self._build_backups())
        outer.addStretch(1)
        self.refresh()

    def _build_where(self) -> QGroupBox:
        where = QGroupBox(self.tr("Where the data is"))
        where_form = QFormLayout(where)
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups_label = QLabel()
        self.backups_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open the folder"))
        open_folder.clicked.connect(self._open_folder)
        self.path_title = QLabel(self.tr("Register file"))
        where_form.addRow(self.path_title, self.path_label)
        where_form.addRow(self.tr("Backups"), self.backups_label)
        folder_row = QHBoxLayout()
        folder_row.addWidget(open_folder)
        folder_row.addStretch(1)
        where_form.addRow("", folder_row)
        return where

    def _build_encryption(self) -> QGroupBox:
        enc = QGroupBox(self.tr("Encryption"))
        enc_col = QVBoxLayout(enc)
        self.enc_label = QLabel()
        self.enc_label.setObjectName("encryptionStatus")
        self.enc_label.setWordWrap(True)
        enc_col.addWidget(self.enc_label)
        row = QHBoxLayout()
        self.encrypt_button = QPushButton(self.tr("Encrypt with a passphrase…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.change_button = QPushButton(self.tr("Change the passphrase…"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.decrypt_button = QPushButton(self.tr("Remove the encryption…"))
        self.decrypt_button.clicked.connect(self.decrypt)
        for b in (self.encrypt_button, self.change_button, self.decrypt_button):
            row.addWidget(b)
        row.addStretch(1)
        enc_col.addLayout(row)
        return enc

    def _build_lock(self) -> QGroupBox:
        lock = QGroupBox(self.tr("Automatic lock"))
        lock_form = QFormLayout(lock)
        self.autolock_spin = QSpinBox()
        self.autolock_spin.setMaximumWidth(120)
        self.autolock_spin.setRange(0, 240)
        self.autolock_spin.setSuffix(self.tr(" min"))
        self.autolock_spin.setSpecialValueText(self.tr("Never"))
        self.autolock_spin.editingFinished.connect(self._save_autolock)
        lock_form.addRow(self.tr("Lock after this long without use"), self.autolock_spin)
        return lock

    def _build_backups(self) -> QGroupBox:
        """How long backups are kept, the list of them, and making or restoring one."""
        box = QGroupBox(self.tr("Backups"))
        col = QVBoxLayout(box)
        col.addLayout(self._build_rotation())
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        remember_columns(self.table, "backups", BackupsModel.COL_CREATED)
        self.table.setMinimumHeight(180)
        col.addWidget(self.table)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        return box

    def _build_rotation(self) -> QFormLayout:
        """How many backups to keep, and the age past which none is kept (the notice says)."""
        rot = QFormLayout()
        self.keep_last = QSpinBox()
        self.keep_last.setRange(1, 365)
        self.keep_last.setMaximumWidth(120)
        self.keep_days = QSpinBox()
        self.keep_days.setMaximumWidth(120)
        self.keep_days.setRange(0, 3650)
        self.keep_days.setSuffix(self.tr(" days"))
        self.keep_last.editingFinished.connect(self._save_rotation)
        self.keep_days.editingFinished.connect(self._save_rotation)
        rot.addRow(self.tr("Keep at least the newest"), self.keep_last)
        rot.addRow(self.tr("and every backup from the last"), self.keep_days)
        limit = QLabel(
            self.tr(
                "Backups older than that are removed even if they are among the newest: the "
                "privacy notice promises that erased data leaves the backups within this time."
            )
        )
        limit.setWordWrap(True)
        rot.addRow(limit)
        return rot

    def title(self) -> str:
        return self.tr("Security")

    def refresh(self) -> None:
        status = self.register.security.status()
        shared = status.db_path is None
        self.path_label.setText(self.register.db.location)
        if shared:
            self.path_title.setText(self.tr("Shared register"))
        self.backups_label.setText(str(status.backups_dir))
        # A shared register has no file here to encrypt or lock away: the server keeps it.
        self.lock_box.setVisible(not shared)
        self.restore_button.setVisible(not shared)
        if shared:
            self.enc_label.setText(
                self.tr(
                    "The server keeps the shared register: how its disks are encrypted and "
                    "who may reach it is for the server's administrator. The backups below "
                    "are snapshots kept on this computer; restore one with the command "
                    "rekisteri restore into an empty database."
                )
            )
        elif not status.encryption_available:
            self.enc_label.setText(
                self.tr(
                    "Encryption is not available on this computer: the sqlcipher3 package "
                    "is not installed. The register file is not encrypted."
                )
            )
        elif status.encrypted:
            self.enc_label.setText(
                self.tr(
                    "The register and its backups are encrypted. Without the passphrase "
                    "the file is unreadable, also on a lost or stolen laptop."
                )
            )
        else:
            self.enc_label.setText(
                self.tr(
                    "The register is not encrypted: anyone who gets the file can read it. "
                    "Encrypting it is recommended on a laptop."
                )
            )
        self.encrypt_button.setVisible(not status.encrypted and not shared)
        self.encrypt_button.setEnabled(status.encryption_available)
        self.change_button.setVisible(status.encrypted)
        self.decrypt_button.setVisible(status.encrypted)
        self.autolock_spin.setValue(status.autolock_minutes)
        self.keep_last.setValue(status.rotation.keep_last)
        self.keep_days.setValue(status.rotation.keep_days)
        self.model.set_items(self.register.security.list_backups())
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    # --- actions ----------------------------------------------------------------------

    def _open_folder(self) -> None:
        status = self.register.security.status()
        folder = status.db_path.parent if status.db_path is not None else status.backups_dir
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _save_autolock(self) -> None:
        minutes = self.autolock_spin.value()
        self.register.security.set_autolock_minutes(minutes)
        lock = autolock.current()
        if lock is not None:
            lock.set_minutes(minutes)

    def _save_rotation(self) -> None:
        self.register.security.set_rotation(self.keep_last.value(), self.keep_days.value())

    def _run(self, action: Callable[[], object], done_text: str) -> bool:
        try:
            # Off the UI thread: copying and re-keying a large register takes a while, and
            # a window that stops painting looks hung. Stopping half-way is not safe.
            result = run_in_background(
                self,
                self.tr("Working on the register file…"),
                lambda _progress: action(),
            )
        except RekisteriError as exc:
            QMessageBox.warning(self, self.tr("Security"), exc.render())
            return False
        skipped = getattr(result, "backups_skipped", 0)
        if skipped:
            done_text += "\n\n" + self.tr(
                "%n backup(s) did not open with the old passphrase and were left as they were.",
                "",
                skipped,
            )
        QMessageBox.information(self, self.tr("Security"), done_text)
        self._after_change()
        return True

    def _after_change(self) -> None:
        self.refresh()
        window = self.window()
        refresh_counts = getattr(window, "update_counts", None)
        if callable(refresh_counts):
            refresh_counts()

    def encrypt(self) -> None:
        dialog = PassphraseDialog(self.tr("Encrypt the register"), current=False, new=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(
            lambda: self.register.security.enable_encryption(dialog.new.text()),
            self.tr("The register is now encrypted, and so are its backups."),
        )

    def change_passphrase(self) -> None:
        dialog = PassphraseDialog(self.tr("Change the passphrase"), current=True, new=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(
            lambda: self.register.security.change_passphrase(
                dialog.current.text(), dialog.new.text()
            ),
            self.tr("The passphrase was changed, also for the backups."),
        )

    def decrypt(self) -> None:
        dialog = PassphraseDialog(self.tr("Remove the encryption"), current=True, new=False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(
            lambda: self.register.security.disable_encryption(dialog.current.text()),
            self.tr("The register and its backups are no longer encrypted."),
        )

    def backup_now(self) -> None:
        self._run(
            lambda: self.register.security.backup_now("manual"),
            self.tr("A backup was taken."),
        )

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            QMessageBox.information(self, self.tr("Restore"), self.tr("Select a backup first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the register with the backup taken {when} ({customers} customers)?\n\n"
                "Changes made after it will not be in the register. The present state is "
                "backed up first, so this can be undone."
            ).format(when=_when(info), customers=info.customers),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(
            lambda: self.register.security.restore(Path(info.path)),
            self.tr("The backup was restored."),
        )
        window = self.window()
        refresh = getattr(window, "refresh", None)
        if callable(refresh) and window is not self:
            refresh()
