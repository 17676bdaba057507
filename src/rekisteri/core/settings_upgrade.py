"""Bring an older register's settings to the shapes this version reads, once, at start-up.

The way MusicBrainz Picard upgrades its configuration: the stored settings carry a version
(``settings.version``), each step names the version it brings them to, and the steps newer
than the stored version run in order, after a backup of the register and in one
transaction, so a step that fails leaves every setting as it was (and the backup besides).

A step changes stored values only (a key moved, an old shape rewritten); it never imports
feature code, so what it does stays fixed however the features change later. Add a step
by appending ``(next version, function)`` to ``STEPS``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from rekisteri.core import audit
from rekisteri.core import settings_registry as reg
from rekisteri.core.db.backups import BackupReason, backup_now
from rekisteri.core.db.engine import Database

ACTOR = "Rekisteri"


class SettingsUpgradeError(RuntimeError):
    """A step failed; the register is as it was. Names the step, never a stored value."""


def _one_backup_period(s: Session) -> None:
    """The review's backup period had its own key until the security page's rotation and
    the review came to share one; a period the user set there is kept, not lost."""
    old = "retention.backup_retention_days"
    value = reg.read_raw(s, old)
    if value is not None and not reg.is_stored(s, reg.BACKUP_KEEP_DAYS):
        days = reg.BACKUP_KEEP_DAYS.coerce(value)
        reg.write(s, reg.BACKUP_KEEP_DAYS, max(1, min(365, days)))
    reg.delete(s, old)


Step = Callable[[Session], None]

#: Ordered; the last version is the one this code writes.
STEPS: list[tuple[int, Step]] = [
    (1, _one_backup_period),
]
VERSION = STEPS[-1][0]


def stored_version(db: Database) -> int:
    with db.session() as s:
        return reg.read(s, reg.SETTINGS_VERSION)


def stamp_new(db: Database) -> None:
    """A register created by this version has nothing to upgrade."""
    with db.session() as s:
        reg.write(s, reg.SETTINGS_VERSION, VERSION)


def upgrade_settings(
    db: Database, *, backed_up: bool = False, steps: list[tuple[int, Step]] | None = None
) -> int:
    """Run the steps the register has not had; returns how many ran.

    ``backed_up``: a backup of this very state was just taken (a schema migration's), so
    another is not needed. ``steps``: for tests; the real list otherwise.
    """
    steps = STEPS if steps is None else steps
    target = steps[-1][0] if steps else 0
    current = stored_version(db)
    pending = [(version, step) for version, step in steps if version > current]
    if not pending:
        return 0
    if not backed_up:
        backup_now(db, BackupReason.MIGRATION, rotate_after=False)
    with db.session() as s:  # one transaction: every step or none
        for version, step in pending:
            try:
                step(s)
                s.flush()
            except Exception as exc:
                raise SettingsUpgradeError(
                    f"settings step {version} failed ({type(exc).__name__})"
                ) from None
        reg.write(s, reg.SETTINGS_VERSION, target)
        summary = f"{current}->{target}"
        audit.record(s, ACTOR, "settings.upgraded", "setting", None, summary, at=db.clock.now())
    return len(pending)
