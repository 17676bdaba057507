"""Running a long job (review execution, backup, encryption, mailing export) off the UI
thread, behind a progress dialog, so the window keeps painting and never looks hung.

The job runs in a worker thread; its progress reaches the dialog as queued signals. An
exception raised by the job is handed back and raised again in the UI thread, so callers
keep their usual ``except RekisteriError`` and nothing of it is logged here. The dialog is
window-modal: the owner cannot start a second job on the same register meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal()

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.job = job
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.job(lambda n, total: self.progress.emit(n, total))
        except BaseException as exc:  # raised again in the UI thread by the caller
            self.error = exc
        self.done.emit()


class _Receiver(QObject):
    """Lives in the UI thread, so the worker's signals arrive queued."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog = dialog
        self.loop = loop

    def progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def finish(self) -> None:
        self.loop.quit()


def run_in_background(
    parent: QWidget | None,
    label: str,
    job: Callable[[Progress], T],
    *,
    min_ms: int = 300,
    cancel: threading.Event | None = None,
) -> T:
    """Run ``job(progress)`` in a worker thread and return its result (or raise its error).

    A Cancel button is shown only with ``cancel``: the job must then check the event at a
    point where stopping is safe (the mailing export does, before it writes). Review
    execution, backup and encryption get none: they commit in one transaction or write a
    file that must be whole."""
    dialog = QProgressDialog(label, "", 0, 0, parent)  # 0..0: busy until progress says more
    if cancel is None:
        dialog.setCancelButton(None)
    else:
        dialog.setCancelButtonText(QCoreApplication.translate("Background", "Cancel"))
        dialog.canceled.connect(cancel.set)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(min_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    receiver = _Receiver(dialog, loop)
    worker = _Worker(job)
    thread = QThread()
    worker.moveToThread(thread)
    worker.progress.connect(receiver.progress)
    worker.done.connect(receiver.finish)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
