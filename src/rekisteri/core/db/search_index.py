"""The customer search index, per engine: the one place that knows which engine does what.

SQLite answers each keystroke from an FTS5 word-prefix index (``core.db.fts``). PostgreSQL
has no FTS5; a trigram index (``pg_trgm``) serves the portable ``LIKE '%term%'`` the listing
falls back to, so a keystroke is an index lookup there too. The listing asks ``word_index``
which of the two to build its query for.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine

from rekisteri.core.db import fts

TRIGRAM_INDEX = "ix_customer_search_trgm"

_POSTGRES_CREATE = [
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it.
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON customer USING gin (search_text gin_trgm_ops)",
]
_POSTGRES_DROP = [f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}"]


def is_search_index(name: str | None, kind: str) -> bool:
    """The search index's own tables and indexes are not in the ORM metadata: schema
    comparisons (Alembic autogenerate, the models-and-migrations test) leave them out."""
    if kind == "table":
        return fts.is_fts_table(name)
    return kind == "index" and name == TRIGRAM_INDEX


def word_index(bind: Engine | Connection) -> bool:
    """True where the FTS5 word-prefix index exists (SQLite); else the query uses LIKE."""
    return bind.dialect.name == "sqlite"


def create_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return list(fts.CREATE)
    if dialect == "postgresql":
        return list(_POSTGRES_CREATE)
    return []


def drop_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return list(fts.DROP)
    if dialect == "postgresql":
        return list(_POSTGRES_DROP)
    return []
