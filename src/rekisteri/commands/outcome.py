"""How every command ends: one line in the user's language and an exit code, never a traceback.

A traceback frightens the user and can carry personal data (SQL parameters, a cell of an
imported file) into a bug report. The top-level handler turns each failure into a typed
message; ``--debug`` prints the traceback for developers, on request only.

Exit codes: 0 done, 1 declined or not healthy, 2 the user can act on the message, 3 the
register is in use by the window or another job, 70 an unexpected fault, 130 interrupted.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from rekisteri.core import i18n
from rekisteri.core.errors import DamagedDatabaseError, RekisteriError, ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.session import storage_error

EXIT_OK = 0
EXIT_USER = 2
EXIT_IN_USE = 3
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

LANGUAGES = ("fi", "sv")


def cli_language(environ: dict[str, str] | None = None) -> str:
    """The language of the command line's messages: ``REKISTERI_LANG``, else the locale."""
    env = os.environ if environ is None else environ
    for name in ("REKISTERI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            lang = value.split("_")[0].split(".")[0].lower()
            return lang if lang in LANGUAGES else i18n.SOURCE_LANGUAGE
    return i18n.SOURCE_LANGUAGE


def install_cli_language() -> str:
    """Messages of the core render in the chosen language (read from the shipped catalogues)."""
    lang = cli_language()
    if lang != i18n.SOURCE_LANGUAGE:
        i18n.set_language(lang)
        i18n.set_translator(lambda context, text: i18n.translate_for(lang, context, text))
    return lang


def tr(text: str, **params: object) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP("Cli", ...) at the call) in the CLI's language."""
    return translate("Cli", text).format(**params)


def say(message: Message | str) -> None:
    text = message.render() if isinstance(message, Message) else message
    print(f"rekisteri: {text}", file=sys.stderr)


def run_guarded(command: Callable[[], int], db: Path, *, debug: bool = False) -> int:
    """Run ``command``; whatever escapes it becomes a message and an exit code."""
    try:
        return int(command() or 0)
    except KeyboardInterrupt:
        say(Message("Cli", QT_TRANSLATE_NOOP("Cli", "Interrupted; nothing more was done.")))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except RekisteriError as exc:
        _debug(debug)
        return _report_typed(exc)
    except Exception as exc:
        _debug(debug)
        typed = storage_error(exc, db)
        if typed is not None:
            return _report_typed(typed)
        say(
            Message(
                "Cli",
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "An unexpected fault ({kind}) stopped the command. The register is "
                    "unchanged unless a message above said otherwise. Run again with "
                    "--debug to see the details for a bug report.",
                ),
                {"kind": type(exc).__name__},
            )
        )
        return EXIT_INTERNAL


def _report_typed(exc: RekisteriError) -> int:
    from rekisteri.core.session import RegisterInUseError

    say(exc.message)
    if isinstance(exc, ValidationError):
        for message in exc.errors.values():  # what to fix, e.g. the passphrase's length
            say(message)
    if isinstance(exc, DamagedDatabaseError):
        say(
            translate(
                "Cli", QT_TRANSLATE_NOOP("Cli", "Run `rekisteri recover` to restore a backup.")
            )
        )
    return EXIT_IN_USE if isinstance(exc, RegisterInUseError) else EXIT_USER


def _debug(debug: bool) -> None:
    """The traceback, for developers who asked for it: it may show data, so never by default."""
    if debug:
        traceback.print_exc()
