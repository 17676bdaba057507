"""UI test helpers: private QSettings per test, and answering modal dialogs with real clicks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from rekisteri.ui.preferences import use_settings_path


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path: Path) -> None:
    """Window geometry and the like go to a temp folder, never the user's real config."""
    use_settings_path(tmp_path / "qsettings")


@pytest.fixture
def on_dialog(qtbot) -> Iterator[Callable[[Callable[[QWidget], None]], None]]:  # type: ignore[no-untyped-def]
    """Schedule ``handler(dialog)`` for the next modal dialog that opens.

    A modal ``exec()`` blocks the test, so the handler runs from a timer inside the dialog's
    own event loop and drives its widgets like a user would.
    """
    timers: list[QTimer] = []
    seen: list[bool] = []

    def arm(handler: Callable[[QWidget], None]) -> None:
        timer = QTimer()
        timer.setInterval(20)

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog.isVisible():
                timer.stop()
                seen.append(True)
                handler(dialog)

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)

    yield arm
    for t in timers:
        t.stop()


@pytest.fixture
def show_window(qtbot) -> Callable[[QWidget], None]:  # type: ignore[no-untyped-def]
    """Show a window and make it active, so window shortcuts (Ctrl+N, Ctrl+5) reach it."""

    def show(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)

    return show
