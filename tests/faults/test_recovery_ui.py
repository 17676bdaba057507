"""The window's start: a zero-byte register beside backups reaches the recovery dialog, and a
restore that meets a full disk says so instead of failing silently or with a traceback."""

from __future__ import annotations

import errno

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rekisteri.core.register import Register
from rekisteri.ui.recovery import RecoveryDialog
from rekisteri.ui.unlock import open_register_interactive


def test_zero_byte_register_offers_the_newest_backup(qtbot: QtBot, demo_register: Register) -> None:
    demo_register.security.backup_now("manual")
    path = demo_register.db.path
    demo_register.close()
    path.write_bytes(b"")
    seen: list[str] = []

    def agree() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecoveryDialog)
        seen.append(dialog.offer.text())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, agree)
    register = open_register_interactive(path, "Testaaja", clock=demo_register.clock)
    assert seen and "200 customers" in seen[0]
    assert register is not None and register.counts().customers == 200
    register.close()


def test_a_restore_on_a_full_disk_says_so(
    qtbot: QtBot, demo_register: Register, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import rekisteri.ui.recovery as recovery

    demo_register.security.backup_now("manual")
    path = demo_register.db.path
    demo_register.close()
    path.write_bytes(b"not a register" * 100)
    before = path.read_bytes()

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recovery.session, "recover", full)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    dialog = RecoveryDialog(path, None, demo_register.clock)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert shown == ["The disk is full; nothing was changed. Free some space and try again."]
    assert path.read_bytes() == before
