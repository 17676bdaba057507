"""Storage: engine, pragmas, sessions, migrations, backups. SQLite specifics stay in here.

The names below load on first use (PEP 562), so that importing one light module of this
package (``check``, ``cipher``) does not import SQLAlchemy: the app starts its integrity
check before the heavy imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Database": "engine",
    "backup_now": "backups",
    "backup_to": "backup",
    "check_integrity": "check",
    "create_db_engine": "engine",
    "current_revision": "migrate",
    "daily_backup_if_needed": "backups",
    "encryption_available": "cipher",
    "head_revision": "migrate",
    "is_encrypted": "cipher",
    "list_backups": "backups",
    "open_checked": "startup",
    "open_database": "migrate",
    "upgrade": "migrate",
}

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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from rekisteri.core.db.backup import backup_to
    from rekisteri.core.db.backups import backup_now, daily_backup_if_needed, list_backups
    from rekisteri.core.db.check import check_integrity
    from rekisteri.core.db.cipher import encryption_available, is_encrypted
    from rekisteri.core.db.engine import Database, create_db_engine
    from rekisteri.core.db.migrate import current_revision, head_revision, open_database, upgrade
    from rekisteri.core.db.startup import open_checked
