"""The shared register's search by word prefix from an index of words (PostgreSQL only).

Revision ID: 0013
Revises: 0012
Create Date: 2027-02-02

The trigram index of 0007 could not serve the first keystrokes (one or two letters have no
trigram) and made a common three-letter prefix slow to sort; ``core.db.pg_words`` keeps each
customer's words in a B-tree instead. Nothing changes on SQLite, whose FTS5 index stays.
"""

from __future__ import annotations

from alembic import op

from rekisteri.core.db import search_index

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search_index.create_statements("postgresql"):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search_index.drop_statements("postgresql"):
            op.execute(statement)
