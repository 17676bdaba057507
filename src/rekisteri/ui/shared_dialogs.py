"""The dialogs of a shared register: its address and password, asked in plain words.

TLS is always on from the window: "Verify the server" (``verify-full``, with the server's CA
certificate when it is not one the system trusts) is the default, and "Encrypt only"
(``require``) shows why it is weaker. A password goes to the operating system's keyring
when the user asks, never to a file.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core import session
from rekisteri.core.errors import RekisteriError
from rekisteri.ui.background import run_in_background
from rekisteri.ui.colors import css
from rekisteri.ui.field_errors import ErrorLabel
from rekisteri.ui.file_dialogs import open_file_name

DEFAULT_PORT = 5432


class AddressForm(QWidget):
    """Server, port, database, user, password, TLS: what a connection needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. rekisteri.example.fi"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.remember.setChecked(True)
        self.tls = QComboBox()
        self.tls.addItem(self.tr("Verify the server (recommended)"), "verify-full")
        self.tls.addItem(self.tr("Encrypt only, without verifying the server"), "require")
        self.ca = QLineEdit()
        self.ca.setPlaceholderText(self.tr("The system's certificates"))
        self.ca.setAccessibleName(self.tr("Server's CA certificate"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca, 1)
        ca_row.addWidget(browse)
        self.warning = QLabel(
            self.tr(
                "The connection is encrypted, but nothing checks that the server is the one "
                "you meant: someone on the network could pose as it and read the register."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {css('warning')}")
        rows = (
            (self.tr("&Server"), self.host),
            (self.tr("&Port"), self.port),
            (self.tr("&Database"), self.database),
            (self.tr("&User name"), self.user),
            (self.tr("Pass&word"), self.password),
        )
        for label, field in rows:
            form.addRow(label, field)
        form.addRow(self.remember)  # the whole width: a long sentence in some languages
        form.addRow(self.tr("&Security"), self.tls)
        form.addRow(self.tr("Server's CA certificate"), ca_row)
        form.addRow("", self.warning)
        self.tls.currentIndexChanged.connect(self._tls_changed)
        self._tls_changed()

    def _tls_changed(self) -> None:
        verified = self.tls.currentData() == "verify-full"
        self.warning.setVisible(not verified)
        self.ca.setEnabled(verified)
        top = self.window()
        if top is not self and top.isVisible():
            top.adjustSize()  # room for the warning, which wraps over several lines

    def _choose_ca(self) -> None:
        path = open_file_name(
            self,
            "server-ca",
            self.tr("The server's CA certificate"),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if path:
            self.ca.setText(path)

    def address(self) -> session.ServerAddress:
        """The typed address, checked; raises ``AddressError`` with the user's message."""
        verified = self.tls.currentData() == "verify-full"
        return session.ServerAddress(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=str(self.tls.currentData()),
            sslrootcert=self.ca.text().strip() if verified else "",
        ).checked()

    def set_address(self, address: session.ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.tls.setCurrentIndex(max(0, self.tls.findData(address.sslmode)))
        self.ca.setText(address.sslrootcert)


class ServerDialog(QDialog):
    """The address of a shared register, tried before the dialog accepts it.

    ``accepted_address`` and ``accepted_password`` hold what worked."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.form = AddressForm()
        layout.addWidget(self.form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.test_button = buttons.addButton(
            self.tr("&Test the connection"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.clicked.connect(self.test_connection)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.accepted_address: session.ServerAddress | None = None
        self.accepted_password: str | None = None
        self.kept_in_keyring = False
        self.setMinimumWidth(560)

    def _try(self) -> bool:
        self.error.set_message("")
        self.status.setText("")
        try:
            address = self.form.address()
        except RekisteriError as exc:
            self.error.set_message(exc.render())
            return False
        password = self.form.password.text()
        try:
            run_in_background(
                self,
                self.tr("Connecting to the server…"),
                lambda _progress: session.ServerDatabase(address, password or None).dispose(),
            )
        except RekisteriError as exc:
            self.error.set_message(exc.render())
            return False
        self.accepted_address, self.accepted_password = address, password or None
        return True

    def test_connection(self) -> None:
        if self._try():
            self.status.setText(self.tr("The server answered and accepted the user name."))

    def accept(self) -> None:
        if not self._try():
            return
        address, password = self.accepted_address, self.accepted_password
        remember = self.form.remember.isChecked() and address is not None and bool(password)
        # False when this computer offers no keyring: the caller says so.
        self.kept_in_keyring = remember and session.store_password(address, password or "")
        super().accept()


class PasswordDialog(QDialog):
    """The password of a shared register at start-up, when the keyring has none."""

    def __init__(self, address: session.ServerAddress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shared register"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr("The password of {user} on {server}:").format(
                user=address.user, server=f"{address.host}/{address.database}"
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_password(address: session.ServerAddress, parent: QWidget | None = None) -> str | None:
    dialog = PasswordDialog(address, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    password = dialog.password.text()
    if dialog.remember.isChecked() and password:
        session.store_password(address, password)
    return password
