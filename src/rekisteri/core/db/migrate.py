"""Schema migrations, run at start-up after an online backup.

Alembic's scripts ship inside the package (``rekisteri.core.db.migrations``). A database whose
revision we do not know was written by a newer Rekisteri and is refused untouched.

Alembic itself (half a second of imports) is loaded only when the file is not at ``HEAD``:
a register that is already current, the usual start, never needs it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from rekisteri.core.clock import Clock
from rekisteri.core.db import cipher
from rekisteri.core.db.backups import BackupReason, backup_now
from rekisteri.core.db.engine import Database
from rekisteri.core.errors import NewerDatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision in ``migrations/versions``; a test checks it equals Alembic's head.
HEAD = "0013"


def _config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The schema this code writes (``HEAD``), known without loading Alembic."""
    return HEAD


def alembic_head() -> str:
    """The head of the migration scripts themselves; ``HEAD`` must name it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """Alembic's version table read directly (the chain is linear: one row or none)."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            has_table = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
        else:
            has_table = conn.exec_driver_sql(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                "AND table_name = 'alembic_version'"
            ).first()
        if not has_table:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    command.upgrade(_config(engine), target)


def _has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).scalar_one()
    return bool(rows)


def peek_revision(path: Path, passphrase: str | None = None) -> str | None:
    """The schema revision, read without changing a byte of the file (no WAL switch)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    con = cipher.connect(path, passphrase, readonly=True)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except (sqlite3.DatabaseError, cipher.dbapi_for(passphrase).DatabaseError):
        return None  # damaged pages: the full open path decides and reports
    finally:
        con.close()


def open_database(
    path: Path,
    *,
    clock: Clock | None = None,
    migrate: bool = True,
    passphrase: str | None = None,
) -> Database:
    """Open (creating if needed) and bring the schema to head, backing up first.

    The backup is taken only when an existing register is about to change; a new empty file
    has nothing to lose. A file from a newer version is refused before anything touches it.
    With ``passphrase`` an encrypted register is opened (or a new one created encrypted); a
    wrong one raises ``WrongPassphraseError`` and opens nothing.
    """
    path = Path(path)
    if cipher.effective_passphrase(path, passphrase) is None:
        # A plain file is refused before anything (even the WAL switch) touches it. An
        # encrypted one is checked right after opening: a peek would cost a key derivation.
        rev = peek_revision(path)
        if rev is not None and rev != head_revision() and rev not in known_revisions():
            raise NewerDatabaseError(rev)
    db = Database(path, clock, passphrase)
    rev = current_revision(db.engine)
    if rev == head_revision():
        from rekisteri.core.rule_changes import apply_pending

        apply_pending(db)  # a first open after an upgrade that was cut short finishes it
        if migrate:
            _upgrade_settings(db, backed_up=False)
        return db
    if rev is not None and rev not in known_revisions():
        db.dispose()
        raise NewerDatabaseError(rev)
    if migrate and rev != head_revision():
        existing = rev is not None or _has_user_tables(db.engine)
        if existing:
            backup_now(db, BackupReason.MIGRATION, rotate_after=False)
        upgrade(db.engine)
        db.secure_files()
        from rekisteri.core.rule_changes import apply_pending

        apply_pending(db)  # dates that follow from rules a migration changed
        _upgrade_settings(db, backed_up=True, new=not existing)
    return db


def _upgrade_settings(db: Database, *, backed_up: bool, new: bool = False) -> None:
    """Settings stored by an older version, brought to today's shapes (after a backup)."""
    from rekisteri.core import settings_upgrade

    if new:
        settings_upgrade.stamp_new(db)
    else:
        settings_upgrade.upgrade_settings(db, backed_up=backed_up)
