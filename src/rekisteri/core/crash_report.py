"""Reports of unexpected errors that a user can send without sending anyone's data.

A report names the exception's type and where it happened (file, line, function of each
frame) and the versions; it never holds the exception's message or any local value, since
either may carry a customer's name, an address or a cell of an imported file (a database
error's message can even quote its SQL parameters). Reports go to a rotating log in the
user-data folder, so the last few are there when the user asks for help.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from rekisteri.core.clock import SYSTEM_CLOCK
from rekisteri.core.paths import data_dir

LOG_NAME = "rekisteri-errors.log"
MAX_BYTES = 256 * 1024
BACKUPS = 3
_LOGGER = "rekisteri.crash"


def log_path() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / LOG_NAME


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = [f"Python {platform.python_version()}", platform.platform(terse=True)]
    for name in ("rekisteri", "pyside6-essentials", "sqlalchemy", "reportlab"):
        try:
            parts.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            continue
    return "; ".join(parts)


def report(
    kind: type[BaseException], tb: TracebackType | None, when: dt.datetime | None = None
) -> str:
    """The text of one report: type, frames and versions; no message, no values."""
    frames = traceback.extract_tb(tb)
    lines = [
        f"Rekisteri error report {(when or SYSTEM_CLOCK.now()).isoformat(timespec='seconds')}",
        f"Error: {kind.__module__}.{kind.__qualname__}",
        "Where (most recent call last):",
    ]
    for f in frames:
        name = Path(f.filename)
        short = "/".join(name.parts[-3:]) if "rekisteri" in name.parts else name.name
        lines.append(f"  {short}:{f.lineno} in {f.name}")
    lines.append(f"Versions: {_versions()}")
    return "\n".join(lines)


def qt_message_report(kind: str, category: str, where: str) -> str:
    """A Qt warning or fault: its kind, category and the source place, never its text."""
    return f"Qt {kind} ({category or 'default'}) at {where or 'unknown place'}"


def logger() -> logging.Logger:
    """The rotating error log in the current user-data folder (it may move: REKISTERI_HOME)."""
    log = logging.getLogger(_LOGGER)
    path = str(log_path())
    for old in list(log.handlers):
        if getattr(old, "baseFilename", None) != path:
            log.removeHandler(old)
            old.close()
    if not log.handlers:
        handler = logging.handlers.RotatingFileHandler(
            log_path(), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return log


def write(text: str) -> None:
    try:
        logger().error(text + "\n")
    except OSError:  # a full disk or a read-only folder: the dialog still shows the report
        print(text, file=sys.stderr)
