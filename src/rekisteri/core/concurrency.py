"""Two people on one record: a save names the version it was edited from.

Customers, contacts and settings carry a ``version`` (migration 0012). A user's edit of the
row bumps it (``bump``: the customer form, a contact person's form, a setting saved); every
ORM UPDATE of the row checks it in its WHERE clause, so even two saves racing between the
check and the commit cannot both win. What does not bump it: the list's denormalised
columns, the due dates, and a ban or consent, which go to the ledger and are never part of
what a form saves, so a stale form cannot overwrite them. A save whose version is older
than the row's is refused with who changed it and when, never applied over their change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm.exc import StaleDataError

from rekisteri.core.errors import ConflictError
from rekisteri.core.formats import format_datetime

if TYPE_CHECKING:
    from rekisteri.core.db.engine import Database


class Versioned(Protocol):
    version: int
    updated_by: str
    updated_at: dt.datetime


def bump(row: Versioned) -> None:
    """A user's edit: the next save from an older copy of the row will be refused."""
    row.version = (row.version or 0) + 1


def conflict(row: Versioned) -> ConflictError:
    return ConflictError(row.updated_by, format_datetime(row.updated_at))


def check(row: Versioned, expected: int | None) -> None:
    """``expected`` None: a caller without a loaded version (an import, a script)."""
    if expected is not None and row.version != expected:
        raise conflict(row)


@contextmanager
def raced_as_conflict(db: Database, model: Any, ident: int) -> Iterator[None]:
    """Another save committed between this one's check and its UPDATE (the version in the
    WHERE clause matched no row): the same refusal, naming the row's author as it is now."""
    try:
        yield
    except StaleDataError:
        with db.session() as s:
            row = s.get(model, ident)
            if row is None:
                raise
            raise conflict(row) from None


# --- the settings, saved together by one Save ----------------------------------------

SettingsStamp = tuple[int, int]


def settings_stamp(db: Database) -> SettingsStamp:
    """What the Settings view loaded: every setting's version, summed, and how many there
    are (a save bumps a version, a new key adds one)."""
    from rekisteri.core.settings_registry import stamp

    with db.session() as s:
        return stamp(s)


def check_settings(db: Database, loaded: SettingsStamp) -> None:
    """On a shared register, refuse a Save over settings someone else saved meanwhile.

    A file has one user at a time (the writer lock), and the user's own writes since the
    view was loaded are not a conflict; the author and time come from the audit trail."""
    if not db.is_server or settings_stamp(db) == loaded:
        return
    from sqlalchemy import select

    from rekisteri.core.models import AuditEvent

    with db.session() as s:
        latest = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action.like("setting%") | AuditEvent.action.like("rules.%"))
            .order_by(AuditEvent.id.desc())
            .limit(1)
        ).first()
    if latest is None or latest.actor == db.login:
        return
    raise ConflictError(latest.actor, format_datetime(latest.at))
