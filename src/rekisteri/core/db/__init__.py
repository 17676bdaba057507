"""Storage: engine, pragmas, sessions, migrations, backups. SQLite specifics stay in here."""

from rekisteri.core.db.backup import backup_to
from rekisteri.core.db.backups import backup_now, daily_backup_if_needed, list_backups
from rekisteri.core.db.cipher import encryption_available, is_encrypted
from rekisteri.core.db.engine import Database, create_db_engine
from rekisteri.core.db.integrity import check_integrity
from rekisteri.core.db.migrate import (
    current_revision,
    head_revision,
    open_database,
    upgrade,
)
from rekisteri.core.db.startup import open_checked

__all__ = [
    "Database",
    "backup_now",
    "backup_to",
    "check_integrity",
    "create_db_engine",
    "current_revision",
    "daily_backup_if_needed",
    "encryption_available",
    "head_revision",
    "is_encrypted",
    "list_backups",
    "open_checked",
    "open_database",
    "upgrade",
]
