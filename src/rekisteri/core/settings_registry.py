"""Every setting the register stores: key, type, default and who may change it, in one list.

Settings are JSON values in the ``setting`` table. Reading one anywhere goes through its
``SettingSpec`` (``read``/``write`` inside a session, ``Handle.setting`` and
``Register.get_setting`` outside one), so a key that is not defined here is an error at
once rather than a silent default, and the default is said once. Adding a setting is one
line in the list below; ``core/settings_upgrade.py`` moves or reshapes stored values when a
definition changes.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from rekisteri.core.models import Setting

T = TypeVar("T")


class Who(StrEnum):
    """Who may change a setting, for the day a register is shared by several users."""

    OWNER = "owner"  # the controller: what the law or the notice makes them answer for
    ANY = "any"  # any user of the register
    APP = "app"  # the application's own bookkeeping, never a user


class UnknownSettingError(KeyError):
    """A key nobody defined: a typo, or a setting added without its line in the registry."""


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    key: str
    kind: type[T]
    default: T
    who: Who

    def parse(self, raw: str | None) -> T:
        """The stored JSON as ``kind``; the default for a missing or damaged value, so a bad
        row can never keep the register from opening."""
        if raw is None:
            return self.fresh_default()
        try:
            value = json.loads(raw)
        except ValueError:
            return self.fresh_default()
        return self.coerce(value)

    def fresh_default(self) -> T:
        """A copy, so a caller that edits the list or dict it got never edits the default."""
        return copy.deepcopy(self.default)

    def coerce(self, value: object) -> T:
        if self.kind is int and isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                return self.fresh_default()
        if self.kind is int and isinstance(value, bool):
            return self.fresh_default()
        return value if isinstance(value, self.kind) else self.fresh_default()

    def dump(self, value: T) -> str:
        if not isinstance(value, self.kind) or (self.kind is int and isinstance(value, bool)):
            raise TypeError(f"setting {self.key} takes {self.kind.__name__}")
        return json.dumps(value, ensure_ascii=False)


REGISTRY: dict[str, SettingSpec[Any]] = {}
#: Keys an older version stored and an upgrade step moves away; readable only by the steps.
RETIRED: set[str] = set()


def define(key: str, kind: type[T], default: T, who: Who = Who.OWNER) -> SettingSpec[T]:
    """Register a setting; the one line each new setting needs."""
    if key in REGISTRY or key in RETIRED:
        raise ValueError(f"setting {key} is defined twice")
    spec = SettingSpec(key, kind, default, who)
    REGISTRY[key] = spec
    return spec


def spec_for(key: str) -> SettingSpec[Any]:
    try:
        return REGISTRY[key]
    except KeyError:
        raise UnknownSettingError(key) from None


def read(session: Session, spec: SettingSpec[T]) -> T:
    row = session.get(Setting, spec.key)
    return spec.parse(None if row is None else row.value)


def is_stored(session: Session, spec: SettingSpec[Any]) -> bool:
    return session.get(Setting, spec.key) is not None


def write(session: Session, spec: SettingSpec[T], value: T) -> None:
    row = session.get(Setting, spec.key)
    if row is None:
        session.add(Setting(key=spec.key, value=spec.dump(value), version=1))
    else:
        row.value = spec.dump(value)
        row.version = (row.version or 0) + 1  # see core/concurrency.py


def delete(session: Session, key: str) -> None:
    if key not in REGISTRY and key not in RETIRED:
        raise UnknownSettingError(key)
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)


def read_raw(session: Session, key: str) -> Any:
    """A stored value as it is, for an upgrade step reading a retired key (None if absent)."""
    if key not in REGISTRY and key not in RETIRED:
        raise UnknownSettingError(key)
    row = session.get(Setting, key)
    if row is None:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None


# --- the settings ----------------------------------------------------------------------
# One line each: key, type, default, who may change it. Keep the areas together.

CONTROLLER = define("controller", dict, {})

NOTICE_LANGUAGE = define("notice.language", str, "fi")
NOTICE_PROCESSORS = define("notice.processors", list, [])

SOFT_OPT_IN_MONTHS = define("marketing.soft_opt_in_months", int, 24)

REVIEW_INTERVAL_MONTHS = define("retention.review_interval_months", int, 12)
FINANCIAL_YEAR_END = define("retention.financial_year_end", str, "12-31")
SUPPRESSION_YEARS = define("retention.suppression_years", int, 5)
FIRST_USE_ON = define("retention.first_use_on", str, "", Who.APP)
LAST_REVIEW_ON = define("retention.last_review_on", str, "", Who.APP)
RULES_SEEDED = define("retention.rules_seeded", bool, False, Who.APP)
SUPPRESSION_KEY = define("retention.suppression_key", str, "", Who.APP)

AUTOLOCK_MINUTES = define("security.autolock_minutes", int, 10)
BACKUP_KEEP_LAST = define("security.backup_keep_last", int, 10)
BACKUP_KEEP_DAYS = define("security.backup_keep_days", int, 30)

RECORD_ACTIVITIES = define("record.activities", list, [])
RECORD_SECURITY = define("record.security", str, "")

REMINDERS_FILE = define("reminders.calendar_file", str, "")
REMINDERS_LANGUAGE = define("reminders.calendar_language", str, "")
REMINDERS_ID = define("reminders.calendar_id", str, "", Who.APP)

# Counts a migration left for the first open to finish (see ``rule_changes``).
MIGRATION_0009 = define("migration.0009", dict, {}, Who.APP)
SETTINGS_VERSION = define("settings.version", int, 0, Who.APP)

# Before settings version 1 the review's backup period had a key of its own.
RETIRED.add("retention.backup_retention_days")


def stamp(session: Session) -> tuple[int, int]:
    """Every setting's version summed, and how many there are: what a Settings view loaded
    (``core.concurrency.settings_stamp``)."""
    from sqlalchemy import func, select

    total, count = session.execute(
        select(func.coalesce(func.sum(Setting.version), 0), func.count(Setting.key))
    ).one()
    return int(total), int(count)
