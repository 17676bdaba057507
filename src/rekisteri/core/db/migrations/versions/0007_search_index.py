"""Full-text prefix index over the customer search text (SQLite FTS5), kept by triggers.

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

from rekisteri.core.db import fts

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in fts.CREATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in fts.DROP:
        op.execute(statement)
