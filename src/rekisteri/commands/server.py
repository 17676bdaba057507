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


def _new_password(login: str) -> str | None:
    """A new login's password, typed twice on a terminal (never an argument)."""
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(translate("Cli", "New password for {who}: ").format(who=login))
    again = getpass.getpass(translate("Cli", "The same password again: "))
    return first if first and first == again else None


def cmd_server_init(args: argparse.Namespace) -> int:
    from rekisteri.commands.outcome import tr
    from rekisteri.core import session
    from rekisteri.core.errors import RekisteriError

    if not is_server_url(args.db):
        raise RekisteriError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Name the shared register's database as the administrator: "
                    "--db postgresql://ADMIN@HOST/DATABASE",
                ),
            )
        )
    address = session.ServerAddress.from_url(args.db)
    password = session.resolve_password(address, _prompt)

    def password_for(login: str) -> str | None:
        chosen = _new_password(login)
        if chosen is None:
            raise RekisteriError(
                Message(
                    "Cli",
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "A new login needs its password typed twice on a terminal; nothing "
                        "was created for it. Run the command on a terminal.",
                    ),
                )
            )
        return chosen

    report = session.init_server(
        address, password, [args.owner], args.assistant or [], password_for
    )
    texts = {
        "created": QT_TRANSLATE_NOOP("Cli", "{login}: created as {role}"),
        "granted": QT_TRANSLATE_NOOP("Cli", "{login}: now {role}"),
        "unchanged": QT_TRANSLATE_NOOP("Cli", "{login}: already {role}"),
    }
    role_names = {
        "owner": tr(QT_TRANSLATE_NOOP("Cli", "owner")),
        "assistant": tr(QT_TRANSLATE_NOOP("Cli", "assistant")),
    }
    for login, role, outcome in report.logins:
        print(tr(texts[outcome], login=login, role=role_names[role]))
    print(
        tr(
            QT_TRANSLATE_NOOP(
                "Cli", "The rights of the owner and the assistants are set on {n} tables."
            ),
            n=report.tables,
        )
    )
    return 0


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    server = subparsers.add_parser("server", help="a shared register on a PostgreSQL server")
    sub = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "init",
        help="create the owner and assistant roles and their rights "
        "(run as the server's administrator with --db postgresql://ADMIN@HOST/DB)",
    )
    p.add_argument("--owner", required=True, metavar="LOGIN", help="the register's owner")
    p.add_argument(
        "--assistant", action="append", metavar="LOGIN", help="an assistant (repeat for more)"
    )
    p.set_defaults(func=cmd_server_init)
