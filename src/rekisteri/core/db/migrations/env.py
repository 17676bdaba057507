"""Alembic environment: always runs on the engine the app hands over (never a URL from a file)."""

from __future__ import annotations

from alembic import context

from rekisteri.core.db.fts import is_fts_table
from rekisteri.core.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: rebuild tables instead
        compare_type=True,
        include_name=lambda name, type_, _parent: not (type_ == "table" and is_fts_table(name)),
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
