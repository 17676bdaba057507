"""CLI for protecting the register: backups, restore, integrity, encryption.

Passphrases never appear on the command line: they come from ``--passphrase-file``, the
``REKISTERI_PASSPHRASE`` environment variable (for scripts) or a hidden prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rekisteri.commands.outcome import say
from rekisteri.core import session
from rekisteri.core.errors import PassphraseRequiredError, SecurityOperationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.paths import default_db_path

if TYPE_CHECKING:
    from rekisteri.core.register import Register

ENV_PASSPHRASE = "REKISTERI_PASSPHRASE"
ENV_NEW_PASSPHRASE = "REKISTERI_NEW_PASSPHRASE"


def _t(text: str, **params: object) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP at the call) in the command line's language."""
    return translate("Cli", text).format(**params)


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _read_file(path: str) -> str:
    return Path(path).read_text(encoding="utf-8").rstrip("\r\n")


def passphrase_from(args: argparse.Namespace, prompt: str = "") -> str:
    """The current passphrase: file, environment, or a prompt when a person is there."""
    if getattr(args, "passphrase_file", None):
        return _read_file(args.passphrase_file)
    if os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    if sys.stdin.isatty():
        return getpass.getpass(prompt or _t(QT_TRANSLATE_NOOP("Cli", "Passphrase: ")))
    raise PassphraseRequiredError()


def new_passphrase_from(args: argparse.Namespace) -> str:
    if getattr(args, "new_passphrase_file", None):
        return _read_file(args.new_passphrase_file)
    if os.environ.get(ENV_NEW_PASSPHRASE):
        return os.environ[ENV_NEW_PASSPHRASE]
    if not sys.stdin.isatty():
        # Not "the register is encrypted": the *new* passphrase is what is missing, and
        # $REKISTERI_PASSPHRASE (the current one) cannot stand in for it.
        raise SecurityOperationError(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Give the new passphrase in a file (--new-passphrase-file) or in "
                    "REKISTERI_NEW_PASSPHRASE. REKISTERI_PASSPHRASE is only for the current "
                    "passphrase of a register that is already encrypted.",
                ),
            )
        )
    first = getpass.getpass(_t(QT_TRANSLATE_NOOP("Cli", "New passphrase: ")))
    second = getpass.getpass(_t(QT_TRANSLATE_NOOP("Cli", "New passphrase again: ")))
    session.check_new_passphrase(first, second)
    return first


def key_for(args: argparse.Namespace, path: Path) -> str | None:
    return passphrase_from(args) if session.is_encrypted(path) else None


def _confirm(args: argparse.Namespace, question: str) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        say(_t(QT_TRANSLATE_NOOP("Cli", "Add --yes to confirm without a terminal.")))
        return False
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "k", "kyllä", "j", "ja")


def open_register(args: argparse.Namespace, *, actor: str = "cli") -> Register:
    """The register a command works on. An encrypted one asks for its passphrase; a damaged
    one stops with a pointer to `rekisteri recover` instead of a traceback; a shared register
    (``--db postgresql://…``) is opened on its server."""
    from rekisteri.commands.server import is_server_url, open_server_register

    if is_server_url(getattr(args, "db", None)):
        return open_server_register(args, actor=actor)
    path = db_path(args)
    return session.open_register(path, key_for(args, path), actor=actor, daily_backup=False)


def _open(args: argparse.Namespace) -> Register:
    return open_register(args, actor="cli")


def _print_backups(infos: list[session.BackupInfo]) -> None:
    if not infos:
        print(_t(QT_TRANSLATE_NOOP("Cli", "No backups yet.")))
        return
    print(f"{'Created (UTC)':<20} {'Reason':<18} {'Customers':>9} {'Contacts':>9}  File")
    for b in infos:
        customers = "?" if b.customers is None else str(b.customers)
        contacts = "?" if b.contacts is None else str(b.contacts)
        lock = " (encrypted)" if b.encrypted else ""
        print(
            f"{b.created:%Y-%m-%d %H:%M:%S}  {b.reason.label():<18} {customers:>9} "
            f"{contacts:>9}  {b.path.name}{lock}"
        )


def cmd_backup(args: argparse.Namespace) -> int:
    register = _open(args)
    try:
        info = register.security.backup_now(args.reason)
    finally:
        register.close()
    print(
        _t(
            QT_TRANSLATE_NOOP(
                "Cli", "Backup written: {path} ({customers} customers, {contacts} contacts)"
            ),
            path=info.path,
            customers=info.customers,
            contacts=info.contacts,
        )
    )
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from rekisteri.commands.server import is_server_url

    if is_server_url(getattr(args, "db", None)):
        register = _open(args)
        try:
            assert isinstance(register.db, session.ServerDatabase)
            _print_backups(session.snapshot_list(register.db))
        finally:
            register.close()
        return 0
    path = db_path(args)
    _print_backups(session.list_backups(path, key_for(args, path)))
    return 0


def _restore_on_server(args: argparse.Namespace, backup: Path) -> int:
    """A shared register's snapshot goes into an empty database only: one transaction,
    every table's count and checksum verified, or nothing is kept."""
    register = _open(args)
    try:
        session.restore_snapshot(backup, register.db.engine)
        counts = register.counts()
    finally:
        register.close()
    print(
        _t(
            QT_TRANSLATE_NOOP("Cli", "Restored: {customers} customers, {contacts} contacts."),
            customers=counts.customers,
            contacts=counts.contacts,
        )
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    backup = Path(args.file)
    if not backup.is_file():
        say(_t(QT_TRANSLATE_NOOP("Cli", "No such backup: {path}"), path=backup))
        return 2
    question = QT_TRANSLATE_NOOP(
        "Cli", "Replace the register with this backup? The present state is backed up first."
    )
    if not _confirm(args, _t(question)):
        return 1
    from rekisteri.commands.server import is_server_url

    if is_server_url(getattr(args, "db", None)):
        return _restore_on_server(args, backup)
    register = _open(args)
    try:
        saved = register.security.restore(backup)
        counts = register.counts()
    finally:
        register.close()
    if saved is not None:
        print(
            _t(QT_TRANSLATE_NOOP("Cli", "The previous state was saved as {path}"), path=saved.path)
        )
    print(
        _t(
            QT_TRANSLATE_NOOP("Cli", "Restored: {customers} customers, {contacts} contacts."),
            customers=counts.customers,
            contacts=counts.contacts,
        )
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    result = session.check_integrity(path, key_for(args, path), quick=not args.full)
    print(result.message.render())
    for problem in result.problems:
        print(f"  {problem}")
    if not result.usable:
        print(
            _t(
                QT_TRANSLATE_NOOP(
                    "Cli", "Run `rekisteri recover` to restore the newest good backup."
                )
            )
        )
    return 0 if result.usable else 1


def cmd_recover(args: argparse.Namespace) -> int:
    path = db_path(args)
    key = key_for(args, path)
    if session.file_kind(path) is session.FileKind.DAMAGED and session.encryption_available():
        # Unknown bytes might be an encrypted register that lost pages: ask if a key exists.
        key = os.environ.get(ENV_PASSPHRASE) or (
            _read_file(args.passphrase_file) if args.passphrase_file else None
        )
    state = session.check_integrity(path, key)
    if state.ok and not args.force:
        print(
            _t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The register is healthy; nothing to recover (use --force to restore anyway).",
                )
            )
        )
        return 0
    backup = Path(args.backup) if args.backup else None
    if backup is None:
        best = session.newest_good_backup(path, key)
        if best is None:
            say(_t(QT_TRANSLATE_NOOP("Cli", "No good backup was found.")))
            return 2
        backup = best.path
        print(
            _t(
                QT_TRANSLATE_NOOP("Cli", "Newest good backup: {name} ({customers} customers)"),
                name=best.path.name,
                customers=best.customers,
            )
        )
    if not _confirm(
        args, _t(QT_TRANSLATE_NOOP("Cli", "Set the damaged file aside and restore this backup?"))
    ):
        return 1
    outcome = session.recover(path, backup, key)
    if outcome.set_aside:
        print(
            _t(
                QT_TRANSLATE_NOOP("Cli", "The damaged file was kept as {path}"),
                path=outcome.set_aside,
            )
        )
    print(_t(QT_TRANSLATE_NOOP("Cli", "Restored from {name}."), name=outcome.restored_from.name))
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    register = _open(args)
    try:
        new = new_passphrase_from(args)
        result = register.security.enable_encryption(new)
    finally:
        register.close()
    print(
        _t(
            QT_TRANSLATE_NOOP("Cli", "The register is now encrypted ({n} backups encrypted too)."),
            n=result.backups_converted,
        )
    )
    _report_skipped(result.backups_skipped)
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    path = db_path(args)
    key = key_for(args, path)
    register = _open_with(args, key)
    try:
        result = register.security.disable_encryption(key or "")
    finally:
        register.close()
    print(
        _t(
            QT_TRANSLATE_NOOP("Cli", "The register is no longer encrypted ({n} backups too)."),
            n=result.backups_converted,
        )
    )
    _report_skipped(result.backups_skipped)
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    path = db_path(args)
    old = key_for(args, path)
    register = _open_with(args, old)
    try:
        new = new_passphrase_from(args)
        result = register.security.change_passphrase(old or "", new)
    finally:
        register.close()
    print(
        _t(
            QT_TRANSLATE_NOOP("Cli", "Passphrase changed ({n} backups re-keyed)."),
            n=result.backups_converted,
        )
    )
    _report_skipped(result.backups_skipped)
    return 0


def _open_with(args: argparse.Namespace, key: str | None) -> Register:
    return session.open_register(db_path(args), key, actor="cli", daily_backup=False)


def _report_skipped(skipped: int) -> None:
    if skipped:
        print(
            _t(
                QT_TRANSLATE_NOOP(
                    "Cli", "{n} backups did not open with the old key and were left unchanged."
                ),
                n=skipped,
            )
        )


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def confirmable(p: argparse.ArgumentParser) -> None:
        p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = sub.add_parser("backup", help="back up the register now")
    p.add_argument(
        "--reason", default="manual", choices=["manual", "review", "import"], help="label"
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", help="list backups with date, reason and counts")
    p.add_argument("--list", action="store_true", help="list them (the default)")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help="replace the register by a backup (backs up first)")
    p.add_argument("file", metavar="FILE")
    confirmable(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", help="check the register file's integrity")
    p.add_argument("--full", action="store_true", help="full integrity_check (slower)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("recover", help="set a damaged register aside and restore a backup")
    p.add_argument("--backup", metavar="FILE", help="this backup instead of the newest good one")
    p.add_argument("--force", action="store_true", help="even if the register looks healthy")
    confirmable(p)
    p.set_defaults(func=cmd_recover)

    new_help = f"file holding the new passphrase (or ${ENV_NEW_PASSPHRASE}, or a prompt)"
    for name, func, text in (
        ("encrypt", cmd_encrypt, "encrypt the register with a passphrase"),
        ("decrypt", cmd_decrypt, "remove the register's encryption"),
        ("passphrase", cmd_passphrase, "change the register's passphrase"),
    ):
        p = sub.add_parser(name, help=text)
        if name != "decrypt":
            p.add_argument("--new-passphrase-file", metavar="PATH", help=new_help)
        p.set_defaults(func=func)


__all__ = ["add_commands", "key_for", "passphrase_from"]
