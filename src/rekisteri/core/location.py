"""Which register the window opens: the laptop file (the default) or a shared server.

The choice lives outside every register, in the user's data folder, as a small JSON file
written owner-only and atomically. It holds a server's address as the user would type it
(``ServerAddress.url()``), never a password: that is in the keyring. ``--db PATH`` on the
command line still wins over it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rekisteri.core.db.server import AddressError, ServerAddress
from rekisteri.core.paths import data_dir, default_db_path, gui_db_path, write_private

FILENAME = "register-location.json"


@dataclass(frozen=True)
class Location:
    """``server`` None: the laptop file at ``path``."""

    path: Path
    server: ServerAddress | None = None

    @property
    def is_server(self) -> bool:
        return self.server is not None

    def lock_path(self) -> Path:
        """What the single-instance lock is taken on: the file, or a stand-in named after
        the server's address (one window per register, either way)."""
        if self.server is None:
            return self.path
        digest = hashlib.sha256(self.server.url().encode()).hexdigest()[:16]
        return data_dir() / f"shared-{digest}.register"


def window_location(argv: Sequence[str]) -> Location:
    """``--db PATH`` on the command line, else the remembered choice."""
    if any(arg == "--db" or arg.startswith("--db=") for arg in argv):
        return Location(gui_db_path(argv))
    return load()


def _file() -> Path:
    return data_dir() / FILENAME


def load() -> Location:
    """The remembered choice; an unreadable or outdated file means the laptop file."""
    laptop = Location(default_db_path())
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return laptop
    if not isinstance(data, dict):
        return laptop
    if data.get("kind") == "file":
        path = data.get("path")
        return Location(Path(path)) if isinstance(path, str) and path else laptop
    if data.get("kind") != "server":
        return laptop
    try:
        return Location(laptop.path, ServerAddress.from_url(str(data.get("url", ""))))
    except AddressError:
        return laptop


def use_server(address: ServerAddress) -> None:
    write_private(_file(), json.dumps({"kind": "server", "url": address.url()}).encode())


def use_laptop(path: Path | None = None) -> None:
    """Back to a file: ``path`` (a register moved off the server), else the default one."""
    data: dict[str, str] = {"kind": "file"}
    if path is not None and Path(path) != default_db_path():
        data["path"] = str(Path(path).resolve())
    write_private(_file(), json.dumps(data).encode())
