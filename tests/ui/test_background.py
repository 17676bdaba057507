"""Long jobs run off the UI thread: the window keeps handling events meanwhile."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from rekisteri.core.errors import RekisteriError
from rekisteri.core.i18n import Message
from rekisteri.ui.background import run_in_background


def test_job_runs_in_a_worker_while_the_ui_thread_keeps_going(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    ui_thread = QThread.currentThread()
    released = threading.Event()
    seen: dict[str, object] = {}

    def job(progress):  # type: ignore[no-untyped-def]
        seen["thread"] = QThread.currentThread()
        progress(1, 4)
        # Only the UI thread's timer releases this: a frozen UI would never get there.
        assert released.wait(timeout=10)
        progress(4, 4)
        return 42

    def tick() -> None:
        dialogs = parent.findChildren(QProgressDialog)
        seen["dialog"] = bool(dialogs)
        released.set()

    QTimer.singleShot(50, tick)
    assert run_in_background(parent, "Working…", job, min_ms=0) == 42
    assert seen["thread"] is not ui_thread
    assert released.is_set() and seen["dialog"] is True


def test_an_error_of_the_job_is_raised_in_the_caller(qtbot) -> None:  # type: ignore[no-untyped-def]
    def job(_progress):  # type: ignore[no-untyped-def]
        raise RekisteriError(Message("Test", "The disk is full."))

    with pytest.raises(RekisteriError, match="The disk is full"):
        run_in_background(None, "Working…", job)


def test_cancel_reaches_a_job_that_checks_for_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.core.errors import CancelledError

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    stop = threading.Event()

    def job(_progress):  # type: ignore[no-untyped-def]
        assert stop.wait(timeout=10)  # only the dialog's Cancel sets it
        raise CancelledError()

    def press_cancel() -> None:
        dialog = parent.findChild(QProgressDialog)
        assert dialog is not None
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, press_cancel)
    with pytest.raises(CancelledError):
        run_in_background(parent, "Saving…", job, min_ms=0, cancel=stop)
    assert stop.is_set()
