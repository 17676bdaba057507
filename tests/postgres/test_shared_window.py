"""The window's side of a shared register, on the real test cluster over verified TLS.

Connecting (a wrong password told apart from a dead server), moving a laptop register to the
server and back through File menu actions, and the start-up's way out when the server
refuses. The keyring is an in-memory backend of the keyring package: never the user's own.
"""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from pg_support import PASSWORD_OF, drop_database, new_database
from rekisteri.core import demo, location
from rekisteri.core.db import logical
from rekisteri.core.db.migrate import open_database
from rekisteri.core.db.server import KEYRING_SERVICE, ServerAddress, open_server
from rekisteri.core.errors import ServerLoginError
from rekisteri.core.register import Register
from rekisteri.ui import shared_menu, shared_start
from rekisteri.ui.shared_dialogs import ServerDialog

pytestmark = pytest.mark.postgres_only
ROOT = Path(__file__).resolve().parents[2]


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("REKISTERI_DB_PASSWORD", raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def empty_server(pg_template: str):  # type: ignore[no-untyped-def]
    """An empty database on the test cluster, reached over TLS verified against its CA."""
    name = "rk_window"
    drop_database(pg_template, name)
    new_database(pg_template, name, migrated=False)
    ca = subprocess.run(
        [str(ROOT / "tools" / "pg" / "cluster.sh"), "ca"], capture_output=True, text=True
    ).stdout.strip()
    address = ServerAddress("localhost", name, "postgres", port=_port(pg_template),
                            sslmode="verify-full", sslrootcert=ca)  # fmt: skip
    yield address
    drop_database(pg_template, name)


def _port(url: str) -> int:
    from urllib.parse import urlsplit

    return urlsplit(url).port or 5432


def _fill(dialog: ServerDialog, address: ServerAddress, password: str) -> None:
    form = dialog.form
    form.host.setText(address.host)
    form.port.setValue(address.port)
    form.database.setText(address.database)
    form.user.setText(address.user)
    form.password.setText(password)
    form.ca.setText(address.sslrootcert)


def test_the_dialog_warns_about_encrypt_only_and_checks_the_address(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ServerDialog("t", "intro", "OK")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.form.warning.isVisible()
    dialog.form.tls.setCurrentIndex(dialog.form.tls.findData("require"))
    assert dialog.form.warning.isVisible() and not dialog.form.ca.isEnabled()
    dialog.test_button.click()  # nothing typed: told what is missing, nothing tried
    assert "server" in dialog.error.text().lower()
    assert dialog.accepted_address is None


def test_a_wrong_password_is_told_apart_and_a_right_one_kept_in_the_keyring(
    qtbot, empty_server: ServerAddress, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    dialog = ServerDialog("t", "intro", "OK")
    qtbot.addWidget(dialog)
    _fill(dialog, empty_server, "not-the-password")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == ServerLoginError().render()
    dialog.form.password.setText(PASSWORD_OF["postgres"])
    dialog.test_button.click()
    assert dialog.error.text() == "" and dialog.status.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.accepted_address == empty_server and dialog.kept_in_keyring
    kept = memory_keyring.get_password(KEYRING_SERVICE, empty_server.keyring_key())
    assert kept == PASSWORD_OF["postgres"]


class _Window(QMainWindow):
    pass


def _actions(qtbot, register: Register) -> tuple[_Window, shared_menu.SharedRegisterActions]:  # type: ignore[no-untyped-def]
    window = _Window()
    qtbot.addWidget(window)
    return window, shared_menu.SharedRegisterActions(window, register, QMenu(window))


def test_move_to_the_server_and_back_through_the_file_menu(
    qtbot,
    tmp_path: Path,
    clock,
    empty_server: ServerAddress,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    password = PASSWORD_OF["postgres"]
    laptop_path = tmp_path / "laptop.sqlite"
    laptop = open_database(laptop_path, clock=clock)
    Register(laptop, actor="t").save_controller(demo.DEMO_CONTROLLER)
    demo.generate(laptop, 60, seed=5)
    with laptop.engine.connect() as conn:
        before = logical.checksums(conn)
    said: list[str] = []
    restarts: list[object] = []

    class FilledDialog(ServerDialog):
        def exec(self) -> int:
            _fill(self, empty_server, password)
            self.accept()
            return int(self.result())

    monkeypatch.setattr(shared_menu, "ServerDialog", FilledDialog)
    monkeypatch.setattr(shared_menu, "request_restart", restarts.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window, actions = _actions(qtbot, Register(laptop, actor="t"))
    assert actions.move_to_server_action.isVisible() and not actions.move_to_file_action.isVisible()
    actions.move_to_server()

    assert restarts == [window] and location.load().server == empty_server
    assert "read-only" in said[-1] and str(laptop_path) in said[-1]
    assert not stat.S_IMODE(laptop_path.stat().st_mode) & (stat.S_IWUSR | stat.S_IWGRP)
    server = open_server(empty_server, password, clock=clock)
    with server.engine.connect() as conn:
        assert logical.checksums(conn) == before

    # ... and back to a new laptop file, chosen in a save dialog.
    back = tmp_path / "back.sqlite"
    monkeypatch.setattr(shared_menu, "save_file_name", lambda *a, **k: (str(back), ""))
    _window2, actions2 = _actions(qtbot, Register(server, actor="t"))
    assert actions2.move_to_file_action.isVisible() and actions2.laptop_action.isVisible()
    actions2.move_to_file()
    assert location.load() == location.Location(back.resolve())
    moved = open_database(back, clock=clock)
    with moved.engine.connect() as conn:
        assert logical.checksums(conn) == before
    moved.dispose()
    server.dispose()


def test_a_move_into_a_database_that_holds_a_register_changes_nothing(
    qtbot, tmp_path: Path, clock, empty_server: ServerAddress, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    password = PASSWORD_OF["postgres"]
    occupied = Register(open_server(empty_server, password, clock=clock), actor="t")
    occupied.save_controller(demo.DEMO_CONTROLLER)
    demo.generate(occupied.db, 5, seed=1)
    occupied.close()
    laptop_path = tmp_path / "laptop.sqlite"
    laptop = open_database(laptop_path, clock=clock)
    demo.generate(laptop, 5, seed=2)
    warned: list[str] = []

    class FilledDialog(ServerDialog):
        def exec(self) -> int:
            _fill(self, empty_server, password)
            self.accept()
            return int(self.result())

    monkeypatch.setattr(shared_menu, "ServerDialog", FilledDialog)
    monkeypatch.setattr(shared_menu, "request_restart", lambda w: pytest.fail("restarted"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    _window, actions = _actions(qtbot, Register(laptop, actor="t"))
    actions.move_to_server()
    assert warned and "empty" in warned[0]
    assert location.load().server is None  # still the laptop register
    assert stat.S_IMODE(laptop_path.stat().st_mode) & stat.S_IWUSR  # the file stays writable
    laptop.dispose()


def test_start_up_with_a_refused_password_offers_a_way_out(
    empty_server: ServerAddress, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_server(empty_server, PASSWORD_OF["postgres"]).dispose()
    memory_keyring.set_password(KEYRING_SERVICE, empty_server.keyring_key(), "stale")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        shared_start, "_failed", lambda text, where: shown.append((text, where)) or "quit"
    )
    where = location.Location(tmp := Path("unused.sqlite"), empty_server)
    assert shared_start._open(where, "t") is None
    assert shown == [(ServerLoginError().render(), empty_server.display())]
    assert not tmp.exists()


def test_try_again_after_a_refused_password_asks_instead_of_reusing_it(
    empty_server: ServerAddress, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_server(empty_server, PASSWORD_OF["postgres"]).dispose()
    memory_keyring.set_password(KEYRING_SERVICE, empty_server.keyring_key(), "stale")
    asked: list[ServerAddress] = []
    monkeypatch.setattr(shared_start, "_failed", lambda text, where: "retry")
    monkeypatch.setattr(
        shared_start, "ask_password", lambda a: asked.append(a) or PASSWORD_OF["postgres"]
    )
    register = shared_start._open(location.Location(Path("unused.sqlite"), empty_server), "t")
    assert register is not None and asked == [empty_server]
    register.close()
