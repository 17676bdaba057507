"""The customer search index: SQLite FTS5 kept by triggers, or a PostgreSQL trigram index.

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

from rekisteri.core.db import search_index

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in search_index.create_statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in search_index.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
