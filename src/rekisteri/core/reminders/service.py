"""``register.reminders``: the calendar file, where it lives, and keeping it current.

The file is off until the owner chooses where it goes (Settings › Calendar). From then on it
is rewritten, atomically and owner-only, after every change that moves a date in it (see
``hook.refreshes_reminders``) and once when the register opens. A rewrite that fails (the
synced folder is gone, the disk is full) must not undo or fail the change that caused it:
it is logged by type and shown on the settings page, and the next change tries again.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from rekisteri.core import audit
from rekisteri.core.errors import ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, current_language, translate_for
from rekisteri.core.io.atomic import write_atomic
from rekisteri.core.reminders.port import RegisterPort
from rekisteri.core.reminders.sources import CTX, Reminder, gather

log = logging.getLogger(__name__)

FILE_KEY = "reminders.calendar_file"
LANGUAGE_KEY = "reminders.calendar_language"
ID_KEY = "reminders.calendar_id"
LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class CalendarSettings:
    path: Path | None  # None: no calendar file is kept
    language: str


class ReminderService:
    def __init__(self, register: RegisterPort) -> None:
        self.register = register
        #: The type of the last automatic rewrite's failure, "" after a good one.
        self.last_failure = ""

    # --- settings -----------------------------------------------------------------------

    def settings(self) -> CalendarSettings:
        raw = self.register.get_setting(FILE_KEY)
        path = Path(raw) if isinstance(raw, str) and raw else None
        return CalendarSettings(path, self.language())

    def language(self) -> str:
        """The chosen language, else the program's (Finnish when that is not one of ours)."""
        stored = self.register.get_setting(LANGUAGE_KEY)
        if stored in LANGUAGES:
            return str(stored)
        ui = current_language()
        return ui if ui in LANGUAGES else "fi"

    def set_file(self, path: Path | None, language: str | None = None) -> CalendarSettings:
        """Keep the calendar in ``path`` (written at once, so a bad place shows now), or
        stop keeping it (None: the file already written is left alone)."""
        if language is not None:
            self._check_language(language)
            self.register.set_setting(LANGUAGE_KEY, language)
        if path is None:
            self.register.set_setting(FILE_KEY, "")
        else:
            path = Path(path).expanduser().absolute()
            self.export(path)
            self.register.set_setting(FILE_KEY, str(path))
        return self.settings()

    def set_language(self, language: str) -> None:
        self._check_language(language)
        self.register.set_setting(LANGUAGE_KEY, language)
        self.refresh()

    def _check_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValidationError(
                {"language": Message(CTX, QT_TRANSLATE_NOOP("Reminders", "Choose a language."))}
            )

    # --- the file -----------------------------------------------------------------------

    def reminders(self, language: str | None = None) -> list[Reminder]:
        return gather(self.register, language or self.language())

    def calendar(self, language: str | None = None) -> tuple[bytes, int]:
        """The file's bytes and the number of events in it."""
        from rekisteri.core.reminders.ical import build_calendar  # icalendar: on first use

        lang = language or self.language()
        reminders = self.reminders(lang)
        name = translate_for(lang, CTX, QT_TRANSLATE_NOOP("Reminders", "Rekisteri reminders"))
        data = build_calendar(
            reminders,
            stamp=self.register.clock.now(),
            calendar_id=self._calendar_id(),
            name=name,
            lang=lang,
        )
        return data, len(reminders)

    def _calendar_id(self) -> str:
        """This register's part of every UID, made once and kept."""
        value = self.register.get_setting(ID_KEY)
        if isinstance(value, str) and value:
            return value
        value = uuid.uuid4().hex[:16]
        self.register.set_setting(ID_KEY, value)
        return value

    def export(self, path: Path, language: str | None = None) -> int:
        """Write the calendar to ``path`` at the owner's request; the number of events."""
        count = self._write(Path(path), language)
        with self.register.db.session() as s:
            audit.record(
                s,
                self.register.actor,
                "reminders.exported",
                "",
                None,
                f"calendar file: {count} event(s)",
                at=self.register.clock.now(),
            )
        return count

    def _write(self, path: Path, language: str | None) -> int:
        data, count = self.calendar(language)
        write_atomic(path, data)
        return count

    def refresh(self) -> bool:
        """Rewrite the kept file, if there is one; False only when writing it failed."""
        try:
            path = self.settings().path
            if path is None:
                return True
            self._write(path, None)
        except Exception as exc:
            # The type alone: a message may carry a path or a value from the register.
            self.last_failure = type(exc).__name__
            log.warning("the calendar file could not be rewritten (%s)", self.last_failure)
            return False
        self.last_failure = ""
        return True
