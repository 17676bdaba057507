"""A shared register's window follows the other laptops within a second.

The server announces each change (``core.db.changes``); a short timer polls the listener
without blocking and, once the announcements stop for a moment, refreshes what is in view:
the list (keeping the selection and the open record; a form being edited is left alone,
and saving it over a newer change is refused), the status-bar counts and the banners.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from rekisteri.core.session import ChangeListener

if TYPE_CHECKING:
    from rekisteri.core.register import Register


class MainWindow(Protocol):
    register: Register

    def refresh(self) -> None: ...

    def isVisible(self) -> bool: ...


POLL_MS = 250
SETTLE_MS = 150  # a burst of changes (an import) refreshes once


class LiveRefresh(QObject):
    def __init__(self, window: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.listener = ChangeListener(window.register.db)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self._refresh)
        self.poll_timer.start()
        parent.destroyed.connect(self.listener.close)

    def poll(self) -> None:
        if not self.window.isVisible():  # closing, or closed: nothing to keep current
            return
        if self.listener.poll():
            self.settle.start()

    def _refresh(self) -> None:
        if self.window.isVisible():
            self.window.refresh()
