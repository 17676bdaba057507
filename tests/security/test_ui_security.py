"""Unlock, recovery, auto-lock and the Security settings page, driven like a user would."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from rekisteri.core.db import cipher
from rekisteri.core.errors import RegisterLockedError
from rekisteri.core.register import Register
from rekisteri.ui.autolock import AutoLock, LockScreen
from rekisteri.ui.recovery import RecoveryDialog
from rekisteri.ui.settings.security import BackupsModel, SecurityPage
from rekisteri.ui.unlock import UnlockDialog, open_register_interactive

# QtTest types ASCII only, so the UI tests use an ASCII passphrase.
PASS = "oikein hyva salasana"


@pytest.fixture
def encrypted_path(register: Register) -> Path:
    register.security.enable_encryption(PASS)
    path = register.db.path
    register.close()
    return path


def test_unlock_dialog_wrong_then_right(qtbot: QtBot, encrypted_path: Path) -> None:
    dialog = UnlockDialog(encrypted_path)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.findChild(QLineEdit, "passphrase")
    unlock = dialog.findChild(QPushButton, "unlock")
    error = dialog.findChild(QLabel, "error")

    qtbot.keyClicks(field, "vaara salasana")
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.register is None
    assert "wrong" in error.text()
    assert dialog.result() == 0

    field.clear()
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.register is not None and dialog.register.db.encrypted
    assert dialog.register.counts().customers == 0
    assert field.text() == ""
    dialog.register.close()


def test_damaged_file_reaches_recovery_and_restores(qtbot: QtBot, demo_register: Register) -> None:
    good = demo_register.security.backup_now("manual")
    path = demo_register.db.path
    demo_register.close()
    path.write_bytes(os.urandom(7000))
    damaged = path.read_bytes()

    seen: list[RecoveryDialog] = []

    def agree() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        seen.append(dialog)
        assert "200 customers" in dialog.offer.text()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, agree)
    register = open_register_interactive(path, "Testaaja", clock=demo_register.clock)

    assert seen and register is not None
    assert register.counts().customers == 200
    aside = list(path.parent.glob("rekisteri.sqlite.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert good.path.exists()
    register.close()


def test_recovery_declined_opens_nothing(qtbot: QtBot, register: Register) -> None:
    register.security.backup_now("manual")
    path = register.db.path
    register.close()
    path.write_bytes(b"not a register" * 100)

    def decline() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        dialog.reject()

    QTimer.singleShot(0, decline)
    assert open_register_interactive(path, "Testaaja") is None
    assert path.read_bytes() == b"not a register" * 100


class _Window(QMainWindow):
    def __init__(self, register: Register) -> None:
        super().__init__()
        self.register = register
        self.data = QLabel("Virtanen Aino, 040 123 4567")
        self.setCentralWidget(self.data)
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def test_autolock_hides_data_and_closes_the_engine(qtbot: QtBot, demo_register: Register) -> None:
    demo_register.security.enable_encryption(PASS)
    window = _Window(demo_register)
    qtbot.addWidget(window)
    window.show()
    lock = AutoLock(window, demo_register)
    lock.set_timeout_ms(150)

    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)

    assert isinstance(window.centralWidget(), LockScreen)
    assert not window.data.isVisible()
    with pytest.raises(RegisterLockedError):
        demo_register.counts()
    assert demo_register.db.passphrase is None

    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    qtbot.keyClicks(screen.field, "vaara salasana")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert lock.is_locked and "wrong" in screen.error.text()

    screen.field.clear()
    qtbot.keyClicks(screen.field, PASS)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked
    assert window.centralWidget() is window.data and window.data.isVisible()
    assert demo_register.counts().customers == 200
    assert window.refreshed == 1
    lock.uninstall()


def test_activity_postpones_the_lock(qtbot: QtBot, register: Register) -> None:
    window = _Window(register)
    qtbot.addWidget(window)
    window.show()
    lock = AutoLock(window, register)
    lock.set_timeout_ms(2000)
    # Let a quarter of the time run out, act, and see the countdown start over: no fixed
    # sleeps, so a busy machine cannot make the test lie either way.
    for _ in range(3):
        qtbot.waitUntil(lambda: lock.timer.remainingTime() < 1500, timeout=5000)
        qtbot.mouseMove(window.data)
        qtbot.keyClick(window.data, Qt.Key.Key_Shift)
        assert lock.timer.remainingTime() > 1500
        assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=10000)
    # A plain register unlocks without a passphrase.
    assert isinstance(window.centralWidget(), LockScreen)
    assert lock.unlock("")
    assert register.counts().customers == 0
    lock.uninstall()


def test_settings_page_encrypts_and_restores(
    qtbot: QtBot, demo_register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = SecurityPage(demo_register)
    qtbot.addWidget(page)
    page.show()
    assert str(demo_register.db.path) in page.path_label.text()
    assert page.encrypt_button.isVisible() and not page.change_button.isVisible()

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    index = page.model.index(0, BackupsModel.COL_CUSTOMERS)
    assert page.model.data(index) == "200"

    from rekisteri.ui.settings import security as page_module

    def fill_and_accept(dialog: page_module.PassphraseDialog) -> int:
        dialog.new.setText(PASS)
        dialog.confirm.setText(PASS)
        dialog._check()
        return dialog.result()

    monkeypatch.setattr(page_module.PassphraseDialog, "exec", fill_and_accept)
    page.encrypt()
    assert demo_register.db.encrypted and cipher.is_encrypted(demo_register.db.path)
    assert page.change_button.isVisible() and not page.encrypt_button.isVisible()
    assert page.model.data(page.model.index(0, BackupsModel.COL_ENCRYPTED)) == "Yes"

    demo_register.delete_customer(demo_register.list_customers(limit=1).rows[0].id)
    page.table.selectRow(page.model.rowCount() - 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert demo_register.counts().customers == 200
    assert demo_register.db.encrypted
    page.grab().save("/tmp/security_page.png")


def test_start_up_asks_for_the_passphrase_until_it_is_right(
    qtbot: QtBot, encrypted_path: Path
) -> None:
    attempts: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, answer)
            return
        field = dialog.findChild(QLineEdit, "passphrase")
        field.clear()
        text = "vaara salasana" if not attempts else PASS
        attempts.append(text)
        qtbot.keyClicks(field, text)
        qtbot.mouseClick(dialog.findChild(QPushButton, "unlock"), Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            assert "wrong" in dialog.findChild(QLabel, "error").text()
            QTimer.singleShot(0, answer)

    QTimer.singleShot(0, answer)
    register = open_register_interactive(encrypted_path, "Testaaja")
    assert attempts == ["vaara salasana", PASS]
    assert register is not None and register.db.encrypted
    backups = register.security.list_backups()
    assert [b.reason.value for b in backups] == ["daily"] and backups[0].encrypted
    register.close()
