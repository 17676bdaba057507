"""Start-up: one window per register file, and files the app must not touch."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from rekisteri.ui import application, instance_lock


def test_second_lock_on_the_same_register_is_refused(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.sqlite"
    first = instance_lock.acquire(db)
    assert first is not None
    assert instance_lock.acquire(db) is None
    assert instance_lock.acquire(tmp_path / "other.sqlite") is not None  # another register
    first.unlock()
    again = instance_lock.acquire(db)
    assert again is not None
    again.unlock()


def test_lock_left_by_a_crashed_process_is_taken_over(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.sqlite"
    code = (
        "import os, sys; from PySide6.QtCore import QLockFile; "
        "lock = QLockFile(sys.argv[1]); assert lock.tryLock(100); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code, str(instance_lock.lock_path(db))], check=True)
    assert instance_lock.lock_path(db).exists()
    lock = instance_lock.acquire(db)
    assert lock is not None
    lock.unlock()


def test_second_start_says_the_register_is_open(tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.sqlite"
    held = instance_lock.acquire(db)
    assert held is not None
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text)
    )
    try:
        assert application.run(["--db", str(db)]) == 1
    finally:
        held.unlock()
    assert shown and "already open in another window" in shown[0]
    assert not db.exists()  # nothing was created or written


def test_newer_database_is_refused_untouched(tmp_path: Path, qapp, monkeypatch, db_path) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    assert application.run(["--db", str(db_path)]) == 2
    assert shown and "newer version" in shown[0]
    assert db_path.read_bytes() == before
    again = instance_lock.acquire(db_path)  # the lock was released
    assert again is not None
    again.unlock()


def test_run_opens_the_window_as_the_handler_and_holds_the_lock(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from rekisteri.core.i18n import set_translator
    from rekisteri.core.register import Register
    from rekisteri.core.settings import ControllerSettings
    from rekisteri.ui.mainwindow import MainWindow

    db = tmp_path / "r.sqlite"
    setup = Register.open(db)
    setup.save_controller(ControllerSettings(business_name="Testi Tmi", handler_name="Aino"))
    setup.close()
    seen: dict[str, object] = {}

    def inspect_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next(w for w in windows if w.isVisible() and w.register.db.path == db)
        seen["actor"] = window.register.actor
        seen["locked"] = instance_lock.acquire(db) is None
        seen["title"] = window.windowTitle()
        window.close()

    QTimer.singleShot(300, inspect_and_close)  # closing the last window ends exec()
    safety = QTimer()  # never hang the suite if the window does not close
    safety.setSingleShot(True)
    safety.timeout.connect(QApplication.quit)
    safety.start(10_000)
    try:
        assert application.run(["--db", str(db)]) == 0
    finally:
        safety.stop()
        set_translator(None)
    assert seen == {"actor": "Aino", "locked": True, "title": "Testi Tmi – Rekisteri"}
    assert instance_lock.acquire(db) is not None  # released on exit
