"""Entry point: ``rekisteri`` with no command starts the window, with one runs it headless."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

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
        from rekisteri.ui.application import run

        return run(args)
    from rekisteri.cli import main as cli_main

    return cli_main(args)
