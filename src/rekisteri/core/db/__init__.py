"""Storage: engine, pragmas, sessions, migrations, backups. SQLite specifics stay in here."""

from rekisteri.core.db.backup import backup_to
from rekisteri.core.db.engine import Database, create_db_engine
from rekisteri.core.db.migrate import (
    current_revision,
    head_revision,
    open_database,
    upgrade,
)

__all__ = [
    "Database",
    "backup_to",
    "create_db_engine",
    "current_revision",
    "head_revision",
    "open_database",
    "upgrade",
]
