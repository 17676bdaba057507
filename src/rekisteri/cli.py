"""The register's jobs without a screen: demo data, info, and each feature's subcommands.

Feature areas add their subcommands in ``rekisteri.commands.<area>`` (``add_commands``), so
this module stays the dispatcher. Every failure ends as one readable line in the user's
language and an exit code (``rekisteri.commands.outcome``); nothing personal is printed.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rekisteri import __version__
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, translate
from rekisteri.core.paths import default_db_path

if TYPE_CHECKING:
    from rekisteri.core.db.engine import Database

FEATURE_COMMANDS: tuple[str, ...] = (
    "notice",
    "record",
    "review",
    "requests",
    "breaches",
    "marketing",
    "security",
    "calendar",
    "server",
)


def cmd_demo(args: argparse.Namespace) -> int:
    from rekisteri.commands.security import open_register
    from rekisteri.core import session

    register = open_register(args, actor="demo")
    try:

        def progress(done: int, total: int) -> None:
            if not args.quiet:
                print(f"\r{done}/{total} customers", end="", file=sys.stderr, flush=True)

        session.fill_with_demo(register, args.customers, args.seed, progress=progress, batch=5000)
        if not args.quiet:
            print(file=sys.stderr)
        counts = register.counts()
        text = QT_TRANSLATE_NOOP(
            "Cli", "Register now holds {customers} customers, {contacts} contacts."
        )
        print(translate("Cli", text).format(customers=counts.customers, contacts=counts.contacts))
    finally:
        register.close()
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from rekisteri.commands.security import open_register
    from rekisteri.core import session

    register = open_register(args)
    try:
        counts = register.counts()
        revision, head = session.schema_revision(register)
        schema = f"{revision} (head {head})"
        rows = (
            (QT_TRANSLATE_NOOP("Cli", "Database:"), register.db.location),
            (QT_TRANSLATE_NOOP("Cli", "Backups:"), _backups_folder(register.db)),
            (QT_TRANSLATE_NOOP("Cli", "Schema version:"), schema),
            (QT_TRANSLATE_NOOP("Cli", "Customers:"), counts.customers),
            (QT_TRANSLATE_NOOP("Cli", "Contacts:"), counts.contacts),
            (QT_TRANSLATE_NOOP("Cli", "Marketing bans:"), counts.banned_contacts),
        )
        labels = [translate("Cli", label) for label, _value in rows]
        width = max(len(label) for label in labels) + 2
        for label, (_source, value) in zip(labels, rows, strict=True):
            print(f"{label:<{width}}{value}")
    finally:
        register.close()
    return 0


def _backups_folder(db: Database) -> Path:
    from rekisteri.core.db.server import ServerDatabase
    from rekisteri.core.paths import backups_dir

    if isinstance(db, ServerDatabase):
        from rekisteri.core.db.server_backups import folder

        return folder(db)
    return backups_dir(db.path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rekisteri",
        description="A sole trader's customer and marketing register. "
        "Without a command, the app starts.",
    )
    parser.add_argument("--version", action="version", version=f"rekisteri {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="register file (default: user data folder), or a shared register "
        "postgresql://user@host/db (password from REKISTERI_DB_PASSWORD, the keyring or a prompt)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help="file holding the passphrase of an encrypted register "
        "(or $REKISTERI_PASSPHRASE, or a prompt)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on a temporary register and exit",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="show the full traceback of an unexpected fault (it may show register data)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="fill the register with realistic demo data")
    p.add_argument("--customers", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="where the register is, its schema version and counts")
    p.set_defaults(func=cmd_info)

    for name in FEATURE_COMMANDS:
        importlib.import_module(f"rekisteri.commands.{name}").add_commands(sub)
    return parser


# Jobs that rewrite or replace the whole register: never under an open window, one at a time.
EXCLUSIVE_JOBS: frozenset[str] = frozenset(
    {"restore", "encrypt", "decrypt", "passphrase", "recover", "import"}
)


def main(argv: Sequence[str] | None = None) -> int:
    from rekisteri.commands.outcome import install_cli_language, run_guarded

    install_cli_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from rekisteri.selftest import run

        return run()
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from rekisteri.commands.server import is_server_url, run_on_server

    if is_server_url(args.db):
        # Server side: the server serialises writers; jobs on the file itself refuse.
        return run_guarded(
            lambda: run_on_server(lambda: args.func(args)), default_db_path(), debug=args.debug
        )
    db = Path(args.db) if args.db else default_db_path()
    return run_guarded(lambda: _run_locked(args, db), db, debug=args.debug)


def _run_locked(args: argparse.Namespace, db: Path) -> int:
    """Run the command, holding the register's writer lock if it is an exclusive job."""
    if args.command not in EXCLUSIVE_JOBS or getattr(args, "dry_run", False):
        return int(args.func(args) or 0)
    from rekisteri.commands.outcome import say
    from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
    from rekisteri.core.session import acquire_for_job, check_writable

    check_writable(db)

    def waiting() -> None:
        say(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli", "Another Rekisteri command is working on this register; waiting…"
                ),
            )
        )

    lock = acquire_for_job(db, f"cli:{args.command}", on_wait=waiting)
    try:
        return int(args.func(args) or 0)
    finally:
        lock.unlock()
