"""The start-up integrity check runs beside the window's construction, yet a damaged file
still reaches recovery before anything is shown or written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from rekisteri import app
from rekisteri.core.db.check import StartupCheck
from rekisteri.core.db.startup import finish, open_while_checking
from rekisteri.core.errors import DamagedDatabaseError
from rekisteri.core.paths import gui_db_path
from rekisteri.core.register import Register
from rekisteri.ui.mainwindow import MainWindow
from rekisteri.ui.recovery import RecoveryDialog
from rekisteri.ui.startup import open_and_build

GOLDEN_0002 = Path(__file__).resolve().parents[1] / "golden" / "rekisteri-0002.sqlite"


def _scribble(path: Path) -> None:
    """Pages in the middle overwritten; the header and the schema page still read."""
    with open(path, "r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(os.urandom(4096 * 4))


def _dailies(path: Path) -> list[Path]:
    return sorted((path.parent / "backups").glob("*daily*.sqlite"))


@pytest.fixture
def closed(demo_register: Register) -> Path:
    path = demo_register.db.path
    demo_register.close()
    return path


def test_healthy_register_opens_during_the_check_and_backs_up_after_it(closed: Path, clock):
    check = StartupCheck(closed)
    db = open_while_checking(check, clock=clock)
    assert Register(db).counts().customers == 200
    finish(check, db)
    assert check.done() and len(_dailies(closed)) == 1
    db.dispose()


def test_damage_stops_the_start_before_the_days_backup(closed: Path, clock) -> None:
    _scribble(closed)
    check = StartupCheck(closed)
    with pytest.raises(DamagedDatabaseError):
        db = open_while_checking(check, clock=clock)
        try:
            finish(check, db)
        finally:
            db.dispose()
    assert _dailies(closed) == []


def test_a_register_to_migrate_waits_for_the_verdict(tmp_path: Path, clock) -> None:
    path = tmp_path / "old.sqlite"
    path.write_bytes(GOLDEN_0002.read_bytes())
    _scribble(path)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        open_while_checking(StartupCheck(path), clock=clock)
    assert path.read_bytes() == before  # not migrated, not even switched to WAL
    assert not list(tmp_path.glob("backups/*migration*"))


class _Built(QMainWindow):
    def __init__(self, register: Register) -> None:
        super().__init__()
        self.register = register
        self.setCentralWidget(QLabel(str(register.counts().customers)))


def test_window_is_built_before_and_returned_after_the_check(qtbot: QtBot, closed: Path, clock):
    opened = open_and_build(closed, "Testaaja", _Built, clock=clock)
    assert opened is not None
    register, window = opened
    qtbot.addWidget(window)
    assert not window.isVisible()  # showing it is the caller's move, after the verdict
    assert window.centralWidget().text() == "200"
    assert len(_dailies(closed)) == 1
    register.close()


def test_damaged_register_goes_to_recovery_and_no_window_survives(
    qtbot: QtBot, closed: Path, clock
) -> None:
    _scribble(closed)
    built: list[_Built] = []
    offered: list[bool] = []

    def build(register: Register) -> _Built:
        built.append(_Built(register))
        return built[-1]

    def decline() -> None:
        dialog = QApplication.activeModalWidget()
        offered.append(isinstance(dialog, RecoveryDialog))
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, decline)
    assert open_and_build(closed, "Testaaja", build, clock=clock) is None
    assert offered == [True]
    assert all(not shiboken6.isValid(w) or not w.isVisible() for w in built)
    assert _dailies(closed) == []


def test_a_failing_window_on_a_healthy_register_is_not_hidden(closed: Path, clock) -> None:
    def build(_register: Register) -> QMainWindow:
        raise RuntimeError("window bug")

    with pytest.raises(RuntimeError, match="window bug"):
        open_and_build(closed, "Testaaja", build, clock=clock)


def test_status_bar_fills_in_once_the_window_shows(qtbot: QtBot, demo_register: Register) -> None:
    window = MainWindow(demo_register, defer_status=True)
    qtbot.addWidget(window)
    assert window.counts_label.text() == ""
    window.show()
    qtbot.waitUntil(lambda: "Customers: 200" in window.counts_label.text(), timeout=3000)


def test_app_starts_the_check_of_a_plain_register_first(closed: Path, tmp_path: Path) -> None:
    check = app._start_check(["--db", str(closed)])
    assert check is not None and check.path == closed.resolve()
    check.verify()
    assert app._start_check(["--db", str(tmp_path / "new.sqlite")]) is None
    assert gui_db_path([f"--db={closed}"]) == closed.resolve()
