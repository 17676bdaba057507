"""``rekisteri review``: the retention review without a screen.

``--list`` prints the records past their retention date (``--json`` for scripts);
``--apply DECISIONS.json`` carries out decisions written as a JSON list of
``{"kind": "customer"|"contact", "id": 12, "action": "delete"|"anonymise"|"keep",
"reason": "...", "until": "YYYY-MM-DD"}``. Names are printed only in the list the owner asked
for; the apply prints counts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rekisteri.commands.outcome import tr as _t
from rekisteri.core.errors import ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from rekisteri.core.retention import RetentionService


def add_commands(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "review", help="the retention review: list due records, apply decisions"
    )
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--list", action="store_true", help="list the records past their due date")
    group.add_argument("--apply", metavar="DECISIONS.json", help="apply decisions from a JSON file")
    group.add_argument("--status", action="store_true", help="when the next review is due")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--dry-run", action="store_true", help="with --apply: show, change nothing")
    p.add_argument("--minutes", metavar="PDF", help="with --apply: save the minutes here")
    p.add_argument("--lang", choices=("fi", "sv", "en"), default="fi", help="minutes language")
    p.set_defaults(func=cmd_review)


def _decisions(path: Path) -> list[Any]:
    """The decisions file; a malformed one is a message naming the entry, not a traceback."""
    from rekisteri.core.errors import RekisteriError
    from rekisteri.core.i18n import Message
    from rekisteri.core.retention import ReviewDecision

    text = path.read_text(encoding="utf-8")
    out = []
    entry_no = 0
    try:
        raw = json.loads(text)
        if isinstance(raw, dict):
            raw = raw.get("decisions", [])
        for entry in raw:
            entry_no += 1
            until = entry.get("until")
            out.append(
                ReviewDecision(
                    kind=str(entry.get("kind", "customer")),
                    id=int(entry["id"]),
                    action=str(entry["action"]),
                    reason=str(entry.get("reason", "")),
                    until=dt.date.fromisoformat(until) if until else None,
                )
            )
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        bad = QT_TRANSLATE_NOOP(
            "Cli",
            "The decisions file {file} is not valid (entry {n}): each entry needs an id, an "
            'action ("delete", "anonymise" or "keep") and, to keep, a date as YYYY-MM-DD.',
        )
        raise RekisteriError(Message("Cli", bad, {"file": path.name, "n": entry_no})) from exc
    return out


def cmd_review(args: argparse.Namespace) -> int:
    from rekisteri.commands.security import open_register

    register = open_register(args, actor="cli")
    try:
        if args.status:
            _print_status(register.retention, args)
            return 0
        if args.list:
            _print_list(register.retention, args)
            return 0
        return _apply(register.retention, args)
    finally:
        register.close()


def _print_status(service: RetentionService, args: argparse.Namespace) -> None:
    st = service.review_status()
    data = {
        "last_review_on": st.last_review_on.isoformat() if st.last_review_on else None,
        "next_review_on": st.next_review_on.isoformat(),
        "review_due": st.review_due,
        "past_due": st.past_due,
    }
    print(json.dumps(data) if args.json else "\n".join(f"{k}: {v}" for k, v in data.items()))


def _print_list(service: RetentionService, args: argparse.Namespace) -> None:
    """The due records, as JSON or as tab-separated lines with a count on stderr."""
    items = service.review_list()
    if args.json:
        rows = [
            {
                "kind": i.kind,
                "id": i.id,
                "customer_id": i.customer_id,
                "name": i.name,
                "due_on": i.due_on.isoformat(),
                "reason": i.reason,
                "hold": i.hold,
                "suggested": i.suggested,
                "rule": i.rule,
            }
            for i in items
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for i in items:
            hold = f"  [{i.hold}]" if i.hold else ""
            print(
                f"{i.kind}:{i.id}\t{i.due_on.isoformat()}\t{i.suggested}\t{i.name}\t{i.reason}{hold}"
            )
        due = QT_TRANSLATE_NOOP("Cli", "Records past their retention date: {n}")
        print(_t(due, n=len(items)), file=sys.stderr)


def _apply(service: RetentionService, args: argparse.Namespace) -> int:
    """Dry-run or apply the decisions file; 2 when a decision does not validate."""
    decisions = _decisions(Path(args.apply))
    try:
        result = (
            service.dry_run(decisions) if args.dry_run else service.apply(decisions, lang=args.lang)
        )
    except ValidationError as exc:
        for key, message in exc.errors.items():
            print(f"rekisteri: {key}: {message.render()}", file=sys.stderr)
        return 2
    if args.minutes and result.review_id is not None:
        service.export_minutes(result.review_id, Path(args.minutes))
    summary: dict[str, Any] = {
        "dry_run": bool(args.dry_run),
        "counts": {str(k): v for k, v in result.counts.items()},
        "rules": result.rules,
        "review_id": result.review_id,
        "backup_expires_on": result.backup_expires_on.isoformat()
        if result.backup_expires_on
        else None,
        "next_review_on": result.next_review_on.isoformat() if result.next_review_on else None,
    }
    if args.json or args.dry_run:
        if args.dry_run and not args.json:
            for line in result.lines:
                kept = f"; {line.kept}" if line.kept else ""
                print(f"{line.key}\t{line.effect}\t{line.removed}{kept}")
        else:
            print(json.dumps(summary, ensure_ascii=False))
    else:
        for effect, n in sorted(summary["counts"].items()):
            print(f"{effect}: {n}")
        if result.backup_expires_on:
            expires = result.backup_expires_on.isoformat()
            gone = QT_TRANSLATE_NOOP(
                "Cli", "The backup taken before the erasure is deleted on {date}."
            )
            print(_t(gone, date=expires))
    return 0
