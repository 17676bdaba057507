"""The customer search index, per engine: the one place that knows which engine does what.

SQLite answers each keystroke from an FTS5 word-prefix index (``core.db.fts``). PostgreSQL
has no FTS5; a table of each customer's words in a B-tree (``core.db.pg_words``) answers the
same word-prefix search there. The listing asks ``word_index`` which of the two to build its
query for. (Registers made before migration 0013 had a trigram index instead; 0013 drops it.)
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine

from rekisteri.core.db import fts, pg_words

TRIGRAM_INDEX = "ix_customer_search_trgm"
_WORD_INDEXES = (pg_words.INDEX, "ix_customer_word_customer_id")

_POSTGRES_CREATE = [f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}", *pg_words.CREATE]
_POSTGRES_DROP = [f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}", *pg_words.DROP]


def is_search_index(name: str | None, kind: str) -> bool:
    """The search index's own tables and indexes are not in the ORM metadata: schema
    comparisons (Alembic autogenerate, the models-and-migrations test) leave them out."""
    if kind == "table":
        return fts.is_fts_table(name) or name == pg_words.TABLE
    return kind == "index" and (name == TRIGRAM_INDEX or name in _WORD_INDEXES)


def word_index(bind: Engine | Connection) -> bool:
    """True where the FTS5 word-prefix index exists (SQLite); else ``pg_words``."""
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
