"""Data-subject requests without a screen: the open list and the access pack."""

from __future__ import annotations

import argparse
from pathlib import Path

from rekisteri.commands.outcome import tr as _t
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.requests.kinds import RequestKind, RequestStatus


def cmd_access_pack(args: argparse.Namespace) -> int:
    from rekisteri.commands.security import open_register

    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True, mode=0o700)
    register = open_register(args)
    try:
        pack = register.requests.access_pack(args.contact, args.lang)
        paths = register.requests.save_documents(outdir, pack.files())
    finally:
        register.close()
    for path in paths:
        print(path)
    return 0


def cmd_requests(args: argparse.Namespace) -> int:
    from rekisteri.commands.security import open_register
    from rekisteri.core.formats import format_date

    register = open_register(args)
    try:
        rows = register.requests.list_all() if args.all else register.requests.list_open()
        counts = register.requests.counts()
    finally:
        register.close()
    if not rows:
        none = QT_TRANSLATE_NOOP("Cli", "No requests.")
        print(_t(QT_TRANSLATE_NOOP("Cli", "No open requests.") if not args.all else none))
        return 0
    for r in rows:
        mark = (
            _t(QT_TRANSLATE_NOOP("Cli", "OVERDUE"))
            if r.overdue
            else (_t(QT_TRANSLATE_NOOP("Cli", "DUE SOON")) if r.due_soon else "")
        )
        due = _t(QT_TRANSLATE_NOOP("Cli", "due {date}"), date=format_date(r.due_on))
        got = _t(QT_TRANSLATE_NOOP("Cli", "received {date}"), date=format_date(r.received_on))
        print(
            f"{r.id:>5}  {mark:<8}  {due:>14}  "
            f"{RequestStatus(r.status).label():<9} {RequestKind(r.kind).label():<26} "
            f"{got:>19}  {r.person_name}"
        )
    summary = QT_TRANSLATE_NOOP("Cli", "{open} open, {overdue} overdue, {soon} due within a week.")
    print(_t(summary, open=counts.open, overdue=counts.overdue, soon=counts.due_soon))
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "access-pack",
        help="write everything held about a contact as PDF, JSON and CSV into OUTDIR",
    )
    p.add_argument("--contact", type=int, required=True, metavar="ID")
    p.add_argument("--lang", choices=("fi", "sv", "en"), help="default: the person's language")
    p.add_argument("outdir", metavar="OUTDIR")
    p.set_defaults(func=cmd_access_pack)

    p = sub.add_parser("requests", help="data-subject requests and their deadlines")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--list", action="store_true", help="open requests by due date (default)")
    group.add_argument("--all", action="store_true", help="every request, newest first")
    p.set_defaults(func=cmd_requests)
