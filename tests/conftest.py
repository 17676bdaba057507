"""Shared fixtures: every test gets its own fresh register file; Qt runs offscreen."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from rekisteri.core.clock import FrozenClock
from rekisteri.core.db import Database, open_database
from rekisteri.core.register import Register
from rekisteri.ui.preferences import use_settings_path

TODAY = dt.date(2026, 11, 22)
REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test may touch the real user-data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("REKISTERI_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _fresh_language() -> Iterator[None]:
    """The UI language and translator are process-wide; no test may leak its choice."""
    from rekisteri.core.i18n import SOURCE_LANGUAGE, set_language, set_translator

    yield
    set_translator(None)
    set_language(SOURCE_LANGUAGE)
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale.system())


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per run; each test gets a copy (migrations are tested on their own)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = open_database(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(TODAY)


@pytest.fixture
def db_path(tmp_path: Path, _template_db: Path) -> Path:
    path = tmp_path / "rekisteri.sqlite"
    shutil.copyfile(_template_db, path)
    os.chmod(path, 0o600)
    return path


@pytest.fixture
def db(db_path: Path, clock: FrozenClock) -> Iterator[Database]:
    database = open_database(db_path, clock=clock)
    yield database
    database.dispose()


@pytest.fixture
def register(db: Database) -> Register:
    return Register(db, actor="Testaaja")


@pytest.fixture
def demo_register(register: Register) -> Register:
    from rekisteri.core import demo

    register.save_controller(demo.DEMO_CONTROLLER)
    demo.generate(register.db, 200, seed=1)
    return register


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path: Path) -> None:
    """Window geometry and the like go to a temp folder, never the user's real config."""
    use_settings_path(tmp_path / "qsettings")


@pytest.fixture
def on_dialog(qtbot) -> Iterator[Callable[..., None]]:  # type: ignore[no-untyped-def]
    """Schedule ``handler(dialog)`` for the next modal dialog that opens (real clicks inside).

    ``kind``: wait for a modal dialog of this class, so a handler armed while another modal
    (the dialog itself, a progress dialog of work in the background) is still up waits for
    its own instead of taking that one.
    """
    timers: list[QTimer] = []
    errors: list[BaseException] = []

    def arm(handler: Callable[[QWidget], None], kind: type[QWidget] = QWidget) -> None:
        timer = QTimer()
        timer.setInterval(20)

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog.isVisible() and isinstance(dialog, kind):
                timer.stop()
                try:
                    handler(dialog)
                except BaseException as exc:  # a failed check must not leave the dialog open
                    errors.append(exc)
                    dialog.close()

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)

    yield arm
    for t in timers:
        t.stop()
    if errors:
        raise errors[0]


@pytest.fixture
def show_window(qtbot) -> Callable[[QWidget], None]:  # type: ignore[no-untyped-def]
    """Show a window and make it active, so window shortcuts (Ctrl+N, Ctrl+S) reach it."""

    def show(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)

    return show


@pytest.fixture
def choose_from_menu(qtbot):  # type: ignore[no-untyped-def]
    """Click a tool button, then an item of the menu it pops up, as a user would."""

    def choose(button: QWidget, menu: QWidget, action: object) -> None:
        clicked: list[bool] = []

        def click_item() -> None:
            if not menu.isVisible():  # the menu opens inside the button's mouse press
                QTimer.singleShot(10, click_item)
                return
            rect = menu.actionGeometry(action)  # type: ignore[attr-defined]
            assert rect.isValid()
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())
            clicked.append(True)

        QTimer.singleShot(0, click_item)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(clicked) and not menu.isVisible())

    return choose
