"""Which register the window opens: remembered outside the register, never a password."""

from __future__ import annotations

import stat
from pathlib import Path

from rekisteri.core import location
from rekisteri.core.db.server import ServerAddress
from rekisteri.core.paths import data_dir, default_db_path


def test_the_laptop_file_is_the_default() -> None:
    where = location.load()
    assert where.server is None and where.path == default_db_path()


def test_a_chosen_server_is_remembered_without_a_password() -> None:
    address = ServerAddress("db.example.fi", "rekisteri", "aino", sslrootcert="")
    location.use_server(address)
    where = location.load()
    assert where.server == address and where.is_server
    stored = (data_dir() / location.FILENAME).read_text()
    assert "aino@db.example.fi" in stored and "password" not in stored
    assert stat.S_IMODE((data_dir() / location.FILENAME).stat().st_mode) == 0o600
    # One window per server register: its lock is a file of its own, not the laptop's.
    assert where.lock_path() != where.path and where.lock_path().parent == data_dir()


def test_a_moved_register_file_and_the_way_back(tmp_path: Path) -> None:
    location.use_laptop(tmp_path / "moved.sqlite")
    assert location.load().path == (tmp_path / "moved.sqlite").resolve()
    location.use_laptop()
    assert location.load().path == default_db_path()


def test_damage_or_nonsense_means_the_laptop_file() -> None:
    for text in ("{", "[]", '{"kind": "server", "url": "http://x"}', '{"kind": 3}'):
        (data_dir() / location.FILENAME).write_text(text)
        assert location.load() == location.Location(default_db_path())


def test_db_on_the_command_line_wins(tmp_path: Path) -> None:
    location.use_server(ServerAddress("db.example.fi", "rekisteri", "aino"))
    chosen = tmp_path / "other.sqlite"
    assert location.window_location(["--db", str(chosen)]).path == chosen.resolve()
    assert location.window_location([]).is_server
