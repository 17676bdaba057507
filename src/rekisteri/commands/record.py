"""`rekisteri record ...`: the record of processing activities (GDPR Art. 30) without a screen.

`pdf` and `html` write today's record (or a published version) where the user says, in the
notice's language unless `--lang` names another; `publish` keeps today's record as a version.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rekisteri.commands.outcome import tr as _t
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.notice.document import LANGUAGES


def _register(args: argparse.Namespace):
    from rekisteri.commands.security import open_register

    return open_register(args)


def cmd_output(args: argparse.Namespace) -> int:
    register = _register(args)
    try:
        register.record.export(Path(args.out), args.kind, args.lang, args.version)
        print(_t(QT_TRANSLATE_NOOP("Cli", "Wrote {file}"), file=args.out))
    finally:
        register.close()
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    register = _register(args)
    try:
        version = register.record.publish(args.lang)
        print(
            _t(
                QT_TRANSLATE_NOOP("Cli", "Published the record as version {n} ({language})."),
                n=version.number,
                language=version.language,
            )
        )
    finally:
        register.close()
    return 0


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    record = subparsers.add_parser(
        "record", help="the record of processing activities (GDPR Art. 30)"
    )
    sub = record.add_subparsers(dest="record_command", metavar="ACTION", required=True)
    for kind in ("pdf", "html"):
        p = sub.add_parser(kind, help=f"write the record as {kind.upper()}")
        p.add_argument("out", metavar=f"OUT.{kind}")
        p.add_argument("--lang", choices=LANGUAGES, help="language (default: the notice's)")
        p.add_argument("--version", type=int, metavar="ID", help="a published version's id")
        p.set_defaults(func=cmd_output, kind=kind)
    p = sub.add_parser("publish", help="keep today's record as a new version")
    p.add_argument("--lang", choices=LANGUAGES, help="language (default: the notice's)")
    p.set_defaults(func=cmd_publish)
