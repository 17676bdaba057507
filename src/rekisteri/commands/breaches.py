"""The breach log without a screen: each breach, its stage and its 72-hour clock."""

from __future__ import annotations

import argparse

from rekisteri.commands.outcome import tr as _t
from rekisteri.core.i18n import QT_TRANSLATE_NOOP

SHORT = 48  # characters of the description shown on a line


def cmd_breach_list(args: argparse.Namespace) -> int:
    from rekisteri.commands.security import open_register
    from rekisteri.core.breaches import deadlines
    from rekisteri.core.breaches.texts import moment
    from rekisteri.core.formats import resolve_language

    register = open_register(args)
    try:
        rows = register.breaches.list_all(open_only=not args.all)
    finally:
        register.close()
    if not rows:
        none = QT_TRANSLATE_NOOP("Cli", "No breaches logged.")
        print(_t(QT_TRANSLATE_NOOP("Cli", "No open breaches.") if not args.all else none))
        return 0
    lang = resolve_language(None)
    for b in rows:
        hours, minutes = deadlines.hours_minutes(b.remaining)
        if b.overdue:
            clock = _t(QT_TRANSLATE_NOOP("Cli", "OVERDUE {h} h {m} min"), h=hours, m=minutes)
        elif b.clock.ticking:
            clock = _t(QT_TRANSLATE_NOOP("Cli", "{h} h {m} min left"), h=hours, m=minutes)
        else:
            clock = ""
        aware = _t(QT_TRANSLATE_NOOP("Cli", "aware {moment}"), moment=moment(b.aware_at, lang))
        due = _t(QT_TRANSLATE_NOOP("Cli", "deadline {moment}"), moment=moment(b.deadline_at, lang))
        first = b.description.splitlines()[0] if b.description else ""
        text = first if len(first) <= SHORT else first[: SHORT - 1] + "…"
        print(
            f"{b.id:>4}  {b.stage.label():<26} {clock:<22} {aware}  {due}  "
            f"{b.risk_label():<24} {text}"
        )
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("breach", help="personal-data breaches and their 72-hour clock")
    verbs = p.add_subparsers(dest="breach_command", metavar="VERB", required=True)
    q = verbs.add_parser("list", help="open breaches, newest first, with the 72-hour clock")
    q.add_argument("--all", action="store_true", help="closed breaches too")
    q.set_defaults(func=cmd_breach_list)
