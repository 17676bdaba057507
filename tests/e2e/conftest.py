"""End-to-end fixtures: the real main window over a small register, driven like a user.

Private QSettings, answering modal dialogs and showing a window active come from
``tests/conftest.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from rekisteri.core.register import Register
from rekisteri.ui.mainwindow import MainWindow

SHOTS = Path("/tmp/e2e-shots")


@pytest.fixture
def open_window(qtbot, show_window) -> Iterator[Callable[[Register], MainWindow]]:  # type: ignore[no-untyped-def]
    """Open the real main window over a register; closed without questions at teardown."""
    windows: list[MainWindow] = []

    def make(register: Register) -> MainWindow:
        w = MainWindow(register)
        show_window(w)
        windows.append(w)
        return w

    yield make
    for w in windows:
        if "register" in w.panes:
            w.register_pane.detail.clear()
        w.close()
        w.deleteLater()


@pytest.fixture
def shot(qtbot, request: pytest.FixtureRequest) -> Callable[[QWidget, str], Path]:  # type: ignore[no-untyped-def]
    """Save what the user sees at a step, to look at afterwards."""

    def save(widget: QWidget, step: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()  # pending layouts and repaints land, as on a screen
        path = SHOTS / f"{request.node.name}-{step}.png"
        widget.grab().save(str(path))
        return path

    return save


@pytest.fixture
def type_text(qtbot) -> Callable[[QWidget, str], None]:  # type: ignore[no-untyped-def]
    """Type like a Finnish keyboard: QTest.keyClicks aborts on letters such as ä and ö."""

    def type_(widget: QWidget, text: str) -> None:
        for ch in text:
            if ch.isascii():
                qtbot.keyClicks(widget, ch)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)

    return type_


MAILING_PEOPLE = (
    # customer, first, last, e-mail, kind of contact
    ("Kahvila Mäkinen Oy", "Aino", "Mäkinen", "aino@makinen.fi", "business"),
    ("Rautakauppa Salo Oy", "Pekka", "Salo", "pekka@salo.fi", "business"),
    ("Valokuvaamo Kivi Oy", "Liisa", "Kivi", "liisa@kivi.fi", "business"),
    ("Tilitoimisto Numero Oy", "Matti", "Numero", "matti@numero.fi", "business"),
)


@pytest.fixture
def mailing_register(register: Register) -> Register:
    """Four business contacts who may get e-mail marketing (told how to opt out)."""
    from rekisteri.core import demo
    from rekisteri.core.dto import ContactInput, CustomerInput

    register.save_controller(demo.DEMO_CONTROLLER)
    for name, first, last, email, kind in MAILING_PEOPLE:
        register.create_customer(
            CustomerInput(
                name=name,
                contacts=(
                    ContactInput(
                        kind=kind,
                        first_name=first,
                        last_name=last,
                        emails=(email,),
                        opt_out_informed=True,
                    ),
                ),
            )
        )
    return register


@pytest.fixture
def click_menu_action(qtbot) -> Callable[..., None]:  # type: ignore[no-untyped-def]
    """Click an entry of an open popup menu where the user would."""

    def click(menu, action) -> None:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(menu.isVisible, timeout=3000)
        pos = menu.actionGeometry(action).center()
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=pos)

    return click
