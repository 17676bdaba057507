"""An unexpected error shows a calm dialog with a report to copy, and is logged.

``sys.excepthook`` (errors in slots and event handlers), ``threading.excepthook`` (worker
threads) and Qt's message handler (Qt's own warnings and faults) all end here. The report
comes from ``core.crash_report`` and holds no personal data: the type and the place of the
error, never its message.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from rekisteri.core import crash_report
from rekisteri.core.errors import RekisteriError

_showing = False


def show_report(text: str) -> None:
    """The dialog: reassurance first, the report behind "Show Details", a Copy button."""
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
        box.setText(
            QCoreApplication.translate("CrashDialog", "Something went wrong; your data is safe.")
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashDialog",
                "What you were doing was stopped, and nothing was saved half-way. If it "
                "happens again, copy the report and send it to your support. It names no "
                "customer or other personal data.",
            )
        )
        box.setDetailedText(text)
        copy = box.addButton(
            QCoreApplication.translate("CrashDialog", "Copy report"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        box.exec()
    finally:
        _showing = False


def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    if isinstance(value, RekisteriError):  # meant for the user: no fault to report
        from rekisteri.ui import user_errors

        user_errors.show(value)
        return
    text = crash_report.report(kind, tb)
    crash_report.write(text)
    show_report(text)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    text = crash_report.report(args.exc_type, args.exc_traceback)
    crash_report.write(text)  # no dialog from another thread; the log keeps it


_KINDS = {
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical",
    QtMsgType.QtFatalMsg: "fatal",
}


def _qt_messages(kind: QtMsgType, context: QMessageLogContext, _message: str) -> None:
    """Qt's warnings go to the log by kind and place; their text may quote user data."""
    name = _KINDS.get(kind)
    if name is None:
        return
    where = f"{context.file}:{context.line}" if context.file else ""
    crash_report.write(crash_report.qt_message_report(name, context.category or "", where))


def install() -> None:
    sys.excepthook = handle
    threading.excepthook = _thread_hook
    qInstallMessageHandler(_qt_messages)


def uninstall() -> None:
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    qInstallMessageHandler(None)
