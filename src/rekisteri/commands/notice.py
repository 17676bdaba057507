"""`rekisteri notice ...`: the privacy notice without a screen.

`pdf` and `html` write the current draft (or a published version) where the
user says; `check` exits 1 when a required item is missing, so a script or a
scheduled job can notice; `import` shows how a hand-made notice splits and,
with --save, makes it the draft.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from rekisteri.commands.outcome import tr as _t
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.notice.check import Severity
from rekisteri.core.notice.document import LANGUAGES, NoticeDocument

if TYPE_CHECKING:
    from rekisteri.core.register import Register


def _register(args: argparse.Namespace) -> Register:
    from rekisteri.commands.security import open_register

    return open_register(args)


def _document(register: Register, args: argparse.Namespace) -> NoticeDocument:
    language = args.lang or register.notice.language()
    return register.notice.get_draft(language)


def cmd_output(args: argparse.Namespace) -> int:
    register = _register(args)
    try:
        doc = None if args.version else _document(register, args)
        register.notice.export(Path(args.out), args.kind, doc=doc, version_id=args.version)
        print(_t(QT_TRANSLATE_NOOP("Cli", "Wrote {file}"), file=args.out))
    finally:
        register.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    register = _register(args)
    try:
        doc = _document(register, args)
        findings = register.notice.check(doc)
    finally:
        register.close()
    titles = {s.id: s.title for s in doc.sections}
    marks = {
        Severity.ERROR: _t(QT_TRANSLATE_NOOP("Cli", "error: ")),
        Severity.MISSING: "",
        Severity.WARNING: _t(QT_TRANSLATE_NOOP("Cli", "warning: ")),
        Severity.RECOMMENDED: _t(QT_TRANSLATE_NOOP("Cli", "recommended: ")),
    }
    for f in findings:
        where = titles.get(f.section_id or "", "")
        print(f"{marks[f.severity]}{f.message.render()}" + (f"  [{where}]" if where else ""))
    serious = sum(f.severity in (Severity.MISSING, Severity.ERROR) for f in findings)
    if not findings:
        print(_t(QT_TRANSLATE_NOOP("Cli", "The notice covers every required item.")))
    return 1 if serious else 0


def cmd_import(args: argparse.Namespace) -> int:
    text = Path(args.file).read_text(encoding="utf-8", errors="replace")
    register = _register(args)
    try:
        language = args.lang or register.notice.language()
        result = register.notice.import_text(text, language)
        for s in result.sections:
            keys = ", ".join(k.value for k in s.keys) or _t(QT_TRANSLATE_NOOP("Cli", "NOT PLACED"))
            print(f"{s.heading}  ->  {keys}")
        if result.missing:
            missing = ", ".join(k.label() for k in result.missing)
            print(_t(QT_TRANSLATE_NOOP("Cli", "Missing: {items}"), items=missing))
        for f in result.findings:
            if f.severity == Severity.WARNING:
                print(_t(QT_TRANSLATE_NOOP("Cli", "warning: ")) + f.message.render())
        if args.save:
            register.notice.save_draft(result.document)
            print(_t(QT_TRANSLATE_NOOP("Cli", "Saved as the {language} draft."), language=language))
    finally:
        register.close()
    return 0


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    notice = subparsers.add_parser("notice", help="the privacy notice (tietosuojaseloste)")
    sub = notice.add_subparsers(dest="notice_command", metavar="ACTION", required=True)

    for kind in ("pdf", "html"):
        p = sub.add_parser(kind, help=f"write the notice as {kind.upper()}")
        p.add_argument("out", metavar=f"OUT.{kind}")
        p.add_argument("--lang", choices=LANGUAGES, help="draft language (default: setting)")
        p.add_argument("--version", type=int, metavar="ID", help="a published version's id")
        p.set_defaults(func=cmd_output, kind=kind)

    p = sub.add_parser("check", help="completeness check; exit code 1 if something is missing")
    p.add_argument("--lang", choices=LANGUAGES)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("import", help="split an existing notice (text, Markdown, HTML)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--lang", choices=LANGUAGES)
    p.add_argument("--save", action="store_true", help="make the imported notice the draft")
    p.set_defaults(func=cmd_import)
