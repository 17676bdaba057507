"""``rekisteri calendar OUT.ics``: the reminders file, written once where the command says.

The same file the app keeps current when Settings names one; here for a script, a scheduled
task, or a register the window is not running for. ``--keep`` also makes OUT.ics the file
the app rewrites after every change of a date.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rekisteri.commands.outcome import tr as _t
from rekisteri.core.i18n import QT_TRANSLATE_NOOP


def add_commands(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "calendar",
        help="write the reminders (next review, open requests' due dates) as an iCalendar file",
    )
    p.add_argument("out", metavar="OUT.ics")
    p.add_argument(
        "--lang",
        choices=("fi", "sv", "en"),
        help="language of the events (default: the one chosen in Settings)",
    )
    p.add_argument(
        "--keep",
        action="store_true",
        help="also keep this file current whenever a date in it changes",
    )
    p.set_defaults(func=cmd_calendar)


def cmd_calendar(args: argparse.Namespace) -> int:
    from rekisteri.commands.security import open_register

    out = Path(args.out).expanduser().absolute()
    register = open_register(args)
    try:
        if args.keep:
            register.reminders.set_file(out, args.lang)
            count = len(register.reminders.reminders())
        else:
            count = register.reminders.export(out, args.lang)
    finally:
        register.close()
    print(out)
    print(_t(QT_TRANSLATE_NOOP("Cli", "Reminders in the calendar file: {count}."), count=count))
    return 0
