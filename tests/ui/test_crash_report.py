"""An unexpected error: a dialog with a copyable report, a log line, and no personal data."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from rekisteri.core import crash_report
from rekisteri.ui import crash

NAME = "Aino Virtanen"
EMAIL = "aino.virtanen@example.fi"


def _failing_slot(customer_name: str, email: str) -> None:
    raise ValueError(f"could not save {customer_name} <{email}>")


def test_a_failing_slot_leaves_a_report_without_personal_data(qtbot, on_dialog) -> None:
    button = QPushButton("Tallenna")
    qtbot.addWidget(button)
    caught: list[tuple] = []

    def slot() -> None:
        try:
            _failing_slot(NAME, EMAIL)
        except ValueError:
            caught.append(sys.exc_info())

    button.clicked.connect(slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert caught
    shown: dict[str, str] = {}

    def read_dialog(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        shown["text"] = box.text()
        shown["details"] = box.detailedText()
        copy = next(b for b in box.buttons() if b.text() == "Copy report")
        qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
        box.done(0)

    on_dialog(read_dialog)
    crash.handle(*caught[0])
    assert "your data is safe" in shown["text"]
    report = shown["details"]
    assert "builtins.ValueError" in report and "_failing_slot" in report
    assert "Versions:" in report
    log = crash_report.log_path().read_text(encoding="utf-8")
    for text in (report, log, QApplication.clipboard().text()):
        assert NAME not in text and EMAIL not in text and "Virtanen" not in text
    assert "_failing_slot" in log
    assert QApplication.clipboard().text() == report


def test_install_routes_every_kind_of_error_to_the_handler() -> None:
    import threading

    crash.install()
    try:
        assert sys.excepthook is crash.handle
        assert threading.excepthook is crash._thread_hook
    finally:
        crash.uninstall()
    assert sys.excepthook is sys.__excepthook__


def test_a_worker_thread_error_is_logged_without_its_message() -> None:
    import threading

    def work() -> None:
        _failing_slot(NAME, EMAIL)

    crash.install()
    try:
        t = threading.Thread(target=work)
        t.start()
        t.join()
    finally:
        crash.uninstall()
    log = crash_report.log_path().read_text(encoding="utf-8")
    assert "_failing_slot" in log and NAME not in log and EMAIL not in log
