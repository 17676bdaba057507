"""Alembic environment: always runs on the engine the app hands over (never a URL from a file)."""

from __future__ import annotations

from alembic import context

from rekisteri.core.db.search_index import is_search_index
from rekisteri.core.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: rebuild tables instead (PostgreSQL alters in place).
        render_as_batch=engine.dialect.name == "sqlite",
        compare_type=True,
        include_name=lambda name, type_, _parent: not is_search_index(name, type_),
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
