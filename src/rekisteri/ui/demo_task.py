"""Filling an empty register with demo data off the UI thread, with a progress dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from rekisteri.core import session
from rekisteri.core.register import Register


class _DemoWorker(QObject):
    progress = Signal(int)
    finished = Signal(str)  # "" on success, else an error text without personal data

    def __init__(self, register: Register, customers: int, seed: int) -> None:
        super().__init__()
        self.register = register
        self.customers = customers
        self.seed = seed

    def run(self) -> None:
        try:
            session.fill_with_demo(
                self.register,
                self.customers,
                self.seed,
                progress=lambda done, _total: self.progress.emit(done),
                batch=250,
            )
        except Exception as exc:  # shown to the user; demo data holds no real person
            self.finished.emit(type(exc).__name__)
            return
        self.finished.emit("")


class _Receiver(QObject):
    """Lives in the UI thread so the worker's signals arrive queued, never cross-thread."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.error: str | None = None

    def finish(self, error: str) -> None:
        self.error = error
        self.loop.quit()


def create_demo_register(
    parent: QWidget | None, register: Register, customers: int = 500, seed: int = 1
) -> bool:
    """Runs the generator in a worker thread; the window keeps painting meanwhile."""
    dialog = QProgressDialog(
        QCoreApplication.translate("DemoTask", "Creating the demo register…"),
        "",
        0,
        customers,
        parent,
    )
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setWindowTitle(QCoreApplication.translate("DemoTask", "Demo register"))
    dialog.setValue(0)
    thread = QThread()
    worker = _DemoWorker(register, customers, seed)
    worker.moveToThread(thread)
    loop = QEventLoop()
    receiver = _Receiver(loop)
    worker.progress.connect(dialog.setValue)
    worker.finished.connect(receiver.finish)
    thread.started.connect(worker.run)
    thread.start()
    dialog.show()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    return receiver.error == ""
