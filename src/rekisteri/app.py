"""Entry point: ``rekisteri`` with no command starts the window, with one runs it headless."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rekisteri.core.db.check import StartupCheck

GUI_FLAGS = {"--db"}


def _wants_gui(argv: Sequence[str]) -> bool:
    """Only ``--db PATH`` (or nothing) means the window; anything else is a CLI call."""
    rest = list(argv)
    while rest:
        head = rest.pop(0)
        if head == "--db" and rest:
            rest.pop(0)
        elif head.startswith("--db="):
            continue
        else:
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file we write holds personal data: owner-only
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(args):
        check = _start_check(args)  # first, so that it runs while Qt is imported
        from rekisteri.ui.application import run

        return run(args, check)
    from rekisteri.cli import main as cli_main

    return cli_main(args)


def _start_check(argv: Sequence[str]) -> StartupCheck | None:
    """The integrity check of a plain register, started before anything heavy is imported.

    Encrypted, new or unreadable files get no head start: the window's start-up deals with
    them one step after the other, as before.
    """
    try:
        from rekisteri.core.db import cipher
        from rekisteri.core.db.check import StartupCheck
        from rekisteri.core.location import window_location

        where = window_location(argv)
        if where.server is not None:
            return None  # a shared register: the server checks its own storage
        path = where.path
        if cipher.file_kind(path) is not cipher.FileKind.PLAIN:
            return None
        return StartupCheck(path)
    except Exception:
        return None
