"""``rekisteri import`` and ``rekisteri export``: contacts in, mailing lists and backups out.

Nothing is imported without a confirmation: ``--yes`` gives it up front, otherwise the
command asks on the terminal and refuses when there is none to ask (a script must say
``--yes``). Marketing consent in a file is recorded only with ``--confirm-consent``.
Output names counts and reasons, never a person's details.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rekisteri.commands.outcome import tr as _t
from rekisteri.core.enums import CustomerStatus
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.io.preview import ImportPreview, MergeChoice, RowStatus
from rekisteri.core.marketing import (
    ROBINSON_REMINDER,
    MailingScope,
    MarketingChannel,
    MarketingPurpose,
)


def _print_preview(preview: ImportPreview) -> None:
    counts = preview.counts()
    rows = [
        (_t(QT_TRANSLATE_NOOP("Cli", "File:")), f"{preview.file_name} ({preview.file_kind})"),
        (_t(QT_TRANSLATE_NOOP("Cli", "New contacts to add:")), counts[RowStatus.NEW]),
        (_t(QT_TRANSLATE_NOOP("Cli", "Already in the register:")), counts[RowStatus.MATCH]),
        (_t(QT_TRANSLATE_NOOP("Cli", "Rows with errors:")), counts[RowStatus.ERROR]),
        (_t(QT_TRANSLATE_NOOP("Cli", "On the suppression list:")), counts[RowStatus.SUPPRESSED]),
    ]
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        print(f"{label:<{width}}{value}")
    for row in preview.rows:
        if row.status is RowStatus.ERROR:
            reasons = "; ".join(m.render() for m in row.errors)
            line = _t(QT_TRANSLATE_NOOP("Cli", "line {n}"), n=row.record.line)
            print(f"  {line}: {reasons}")
    if preview.consent_in_file:
        print(_t(QT_TRANSLATE_NOOP("Cli", "The file states marketing consent for some rows.")))


def _ask(question: str) -> bool:
    yes_no = QT_TRANSLATE_NOOP("Cli", "[y/N]")
    print(f"{question} {_t(yes_no)} ", end="", flush=True)
    answer = sys.stdin.readline().strip().casefold()
    return answer in ("y", "yes", "k", "kyllä", "j", "ja")


def cmd_import(args: argparse.Namespace) -> int:
    from rekisteri.commands.security import open_register

    register = open_register(args)
    try:
        src = register.io.read(Path(args.file))
        preview = register.io.preview(src)
        _print_preview(preview)
        if args.dry_run:
            print(_t(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was written.")))
            return 0
        confirm_consent = bool(args.confirm_consent)
        if not args.yes:
            if not sys.stdin.isatty():
                message = QT_TRANSLATE_NOOP(
                    "Cli",
                    "nothing was written. Confirm with --yes (or run on a terminal to be asked).",
                )
                print(f"rekisteri: {_t(message)}", file=sys.stderr)
                return 2
            if not _ask(_t(QT_TRANSLATE_NOOP("Cli", "Write these contacts to the register?"))):
                print(_t(QT_TRANSLATE_NOOP("Cli", "Nothing was written.")))
                return 1
            if preview.consent_in_file and not confirm_consent:
                question = QT_TRANSLATE_NOOP(
                    "Cli",
                    "Record the marketing consent the file states? Only if the people really "
                    "gave it.",
                )
                confirm_consent = _ask(_t(question))
        choice = MergeChoice(args.merge)
        choices = {r.index: choice for r in preview.rows if r.status is RowStatus.MATCH}
        result = register.io.commit(
            preview, choices, confirm_consent=confirm_consent, status=args.status
        )
        done = QT_TRANSLATE_NOOP(
            "Cli",
            "Imported: {customers} customers, {added} contacts added, {updated} updated, "
            "{skipped} skipped; {consents} consents and {bans} bans recorded.",
        )
        print(
            _t(
                done,
                customers=result.customers_added,
                added=result.contacts_added,
                updated=result.contacts_updated,
                skipped=result.skipped,
                consents=result.consents,
                bans=result.bans,
            )
        )
    finally:
        register.close()
    return 0


def cmd_export_mailing(args: argparse.Namespace) -> int:
    from rekisteri.commands.security import open_register

    register = open_register(args)
    try:
        purpose = (
            MarketingPurpose(args.purpose)
            if args.purpose
            else MarketingPurpose.of_channel(MarketingChannel(args.channel))
        )
        scope = MailingScope(purpose, own_products=args.own_products, about_role=args.about_role)
        result = register.io.export_mailing(scope, Path(args.out), excel=args.excel)
        wrote = QT_TRANSLATE_NOOP("Cli", "Wrote {rows} recipients of {purpose} to {file}.")
        print(_t(wrote, rows=result.rows, purpose=purpose.label(), file=args.out))
        total = sum(result.excluded.values())
        print(_t(QT_TRANSLATE_NOOP("Cli", "Left out: {n}"), n=total))
        for reason, n in result.excluded.items():
            print(f"  {n:6d}  {reason.value}: {reason.message().render()}")
        if scope.needs_robinson_check:
            print(ROBINSON_REMINDER.render())
        if args.left_out:
            register.io.export_excluded(scope, Path(args.left_out), excel=args.excel)
            print(
                _t(QT_TRANSLATE_NOOP("Cli", "The left-out list is in {file}."), file=args.left_out)
            )
    finally:
        register.close()
    return 0


def cmd_export_register(args: argparse.Namespace) -> int:
    from rekisteri.commands.security import open_register

    register = open_register(args)
    try:
        result = register.io.export_register(Path(args.out), include_secrets=args.include_secrets)
        names = ", ".join(p.name for p in result.files)
        print(
            _t(
                QT_TRANSLATE_NOOP("Cli", "Exported {rows} rows to {files}."),
                rows=result.rows,
                files=names,
            )
        )
    finally:
        register.close()
    return 0


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="import contacts from a CSV or vCard file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show the preview, write nothing")
    p.add_argument("--yes", action="store_true", help="write without asking")
    p.add_argument(
        "--merge",
        choices=[c.value for c in MergeChoice],
        default=MergeChoice.SKIP.value,
        help="what to do with rows matching an existing contact (default: skip)",
    )
    p.add_argument(
        "--confirm-consent",
        action="store_true",
        help="record the marketing consent the file states (only if it was really given)",
    )
    p.add_argument(
        "--status",
        choices=[CustomerStatus.PROSPECT.value, CustomerStatus.ACTIVE.value],
        default=CustomerStatus.PROSPECT.value,
        help="add the new people as prospects (default) or active customers",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export a mailing list or the whole register")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    _add_mailing_command(what)
    r = what.add_parser("register", help="every table, as .json, .zip or .csv files")
    r.add_argument("out", metavar="OUT.json|OUT.zip|OUT.csv")
    r.add_argument(
        "--include-secrets",
        action="store_true",
        help="include identity codes and the suppression-list key",
    )
    r.set_defaults(func=cmd_export_register)


def _add_mailing_command(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``export mailing``: the purpose and the two facts about the mailing the law turns on."""
    m = what.add_parser("mailing", help="the people who may receive a mailing")
    m.add_argument(
        "--purpose",
        choices=[p.value for p in MarketingPurpose],
        help="what the mailing is (default: the channel's general marketing)",
    )
    m.add_argument(
        "--channel",
        choices=[c.value for c in MarketingChannel],
        default="email",
        help="used when --purpose is not given",
    )
    # Both facts widen who may be mailed, so the user states them; nothing is assumed.
    m.add_argument(
        "--own-products",
        action="store_true",
        help="the mailing markets your own products similar to what customers bought "
        "(adds customers without consent under the soft opt-in, 917/2014 § 200(2))",
    )
    m.add_argument(
        "--about-role",
        action="store_true",
        help="the mailing concerns the recipients' work (adds contact persons of "
        "companies without consent, § 201)",
    )
    m.add_argument("out", metavar="OUT.csv")
    m.add_argument("--excel", action="store_true", help="semicolons and BOM for Excel")
    m.add_argument("--left-out", metavar="FILE.csv", help="also write who was left out and why")
    m.set_defaults(func=cmd_export_mailing)
