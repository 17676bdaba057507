"""Auto-lock: after an idle time the window's data is hidden and the database closed.

An event filter on the application notices keyboard, mouse and touch input; when none has
come for the configured minutes, the main window's central widget is taken out (kept, with
any unsaved edits, but no longer shown) and a lock screen put in its place; toolbars, menus
and other windows are hidden, and the register's engine disposed and its passphrase
forgotten. Unlocking opens the file again (asking for the passphrase when it is encrypted).
A modal dialog in progress postpones the lock: closing it under the user would lose edits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core import session
from rekisteri.core.errors import RekisteriError
from rekisteri.core.register import Register
from rekisteri.ui.colors import tint

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}

_current: AutoLock | None = None


def current() -> AutoLock | None:
    """The installed auto-lock, so the Settings page can change its time."""
    return _current


class LockScreen(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, path: Path, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Rekisteri is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        hint = QLabel(
            self.tr("Enter the passphrase to continue.")
            if encrypted
            else self.tr(
                "The register was locked after a while without use. Set a passphrase in "
                "Settings › Security to require it here."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self.field = QLineEdit()
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setMinimumWidth(280)
        self.field.setMaximumWidth(360)
        self.field.setVisible(encrypted)
        self.field.returnPressed.connect(self._request)
        layout.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        self.error = QLabel()
        self.error.setObjectName("error")
        tint(self.error, "error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.error)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("unlock")
        self.button.clicked.connect(self._request)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _request(self) -> None:
        self.unlock_requested.emit(self.field.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.field.selectAll()
        self.field.setFocus()


class AutoLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, register: Register, minutes: float = 10) -> None:
        super().__init__(window)
        self.window = window
        self.register = register
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timeout)
        self.screen: LockScreen | None = None
        self._central: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._bars_hidden: list[QWidget] = []
        self._encrypted = False
        self._path = register.db.path
        self._clock = register.db.clock
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def set_minutes(self, minutes: float) -> None:
        self.set_timeout_ms(int(minutes * 60_000))

    def set_timeout_ms(self, ms: int) -> None:
        self.timeout_ms = max(0, ms)
        if self.timeout_ms and not self.is_locked:
            self.timer.start(self.timeout_ms)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timeout_ms and not self.is_locked:
            self.timer.start(self.timeout_ms)
        return False

    def _timeout(self) -> None:
        if QApplication.activeModalWidget() is not None:
            self.timer.start(self.timeout_ms)
            return
        self.lock()

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        db = self.register.db
        self._encrypted, self._path, self._clock = db.encrypted, db.path, db.clock
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self.window and w.isVisible() and not w.isModal()
        ]
        for widget in self._hidden:
            widget.hide()
        self._bars_hidden = self._bars()
        for bar in self._bars_hidden:
            bar.setVisible(False)
        self.window.menuBar().setEnabled(False)
        self._central = self.window.takeCentralWidget()
        self.screen = LockScreen(self._path, self._encrypted)
        self.screen.unlock_requested.connect(self.unlock)
        self.window.setCentralWidget(self.screen)
        # Engine disposed, passphrase forgotten: nothing can read until unlocked.
        session.lock(self.register)
        self.screen.field.setFocus()
        self.locked.emit()

    def unlock(self, passphrase: str = "") -> bool:
        if self.screen is None:
            return True
        try:
            session.unlock(self.register, self._path, passphrase if self._encrypted else None)
        except RekisteriError as exc:
            self.screen.show_error(exc.render())
            return False
        self.window.takeCentralWidget()  # the lock screen
        self.screen.deleteLater()
        self.screen = None
        if self._central is not None:
            self.window.setCentralWidget(self._central)
            self._central.show()  # taken out, it was hidden with its parent gone
            self._central = None
        for bar in self._bars_hidden:
            bar.setVisible(True)
        self._bars_hidden = []
        self.window.menuBar().setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()
        if self.timeout_ms:
            self.timer.start(self.timeout_ms)
        self.unlocked.emit()
        return True

    def _bars(self) -> list[QWidget]:
        from PySide6.QtWidgets import QDockWidget, QToolBar

        bars: list[QWidget] = list(self.window.findChildren(QToolBar))
        bars += list(self.window.findChildren(QDockWidget))
        return [b for b in bars if b.parent() is self.window and b.isVisible()]

    def uninstall(self) -> None:
        global _current
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
        if _current is self:
            _current = None


def install_autolock(window: QMainWindow, register: Register) -> AutoLock:
    """Called once by the application after the main window is shown."""
    global _current
    if _current is not None:
        _current.uninstall()
    minutes = register.security.autolock_minutes()
    _current = AutoLock(window, register, minutes)
    return _current
