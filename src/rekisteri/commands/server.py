"""Opening a shared register from the command line: ``--db postgresql://user@host/db``.

The password never comes from the command line (it would stay in the shell's history and
in the process list): ``REKISTERI_DB_PASSWORD``, the keyring, or a prompt on a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate

if TYPE_CHECKING:
    from rekisteri.core.register import Register
    from rekisteri.core.session import ServerAddress

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_url(value: str | None) -> bool:
    return bool(value) and str(value).split("://", 1)[0] in SCHEMES


def _prompt(address: ServerAddress) -> str | None:
    if not sys.stdin.isatty():
        return None
    label = translate("Cli", "Password for {who}: ").format(who=address.display())
    return getpass.getpass(label)


def open_server_register(args: argparse.Namespace, *, actor: str = "cli") -> Register:
    from rekisteri.core import session
    from rekisteri.core.errors import RekisteriError
    from rekisteri.core.register import Register

    address = session.ServerAddress.from_url(args.db)
    password = session.resolve_password(address, _prompt)
    if password is None:
        raise RekisteriError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The shared register needs a password: set REKISTERI_DB_PASSWORD, keep it "
                    "in the keyring (connect once from the app), or run on a terminal.",
                ),
            )
        )
    db = session.open_server(address, password)
    return Register(db, actor if actor != "cli" else address.user)


def run_on_server(command: Callable[[], int]) -> int:
    """A driver error on the way (server gone, login refused) becomes the user's message."""
    from sqlalchemy.exc import DBAPIError

    from rekisteri.core import session
    from rekisteri.core.errors import FileOnlyError

    try:
        return int(command() or 0)
    except DBAPIError as exc:
        raise session.classify(exc) from None
    except FileOnlyError:
        raise
