"""Due basis: the rule and hold behind each stored due date, as data; the contacts' due
index also carries the customer id, so the review's contact query reads the index alone.

Existing rows get an empty basis; the review recomputes those once and stores the result
(``retention.review``), so no application code runs inside the migration.

Revision ID: 0008
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = ("customer", "contact")


def _has_column(table: str, column: str) -> bool:
    return column in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    # Idempotent: a run interrupted after one table (or repeated) adds only what is missing.
    for table in _TABLES:
        if not _has_column(table, "due_basis"):
            op.add_column(
                table, sa.Column("due_basis", sa.Text(), nullable=False, server_default="")
            )
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_contact_due_on_customer ON contact (due_on, customer_id)"
    )
    op.execute("DROP INDEX IF EXISTS ix_contact_due_on")


def downgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_contact_due_on ON contact (due_on)")
    op.execute("DROP INDEX IF EXISTS ix_contact_due_on_customer")
    for table in _TABLES:
        if _has_column(table, "due_basis"):
            # Plain DROP COLUMN (SQLite 3.35+): a batch copy would drop the search triggers.
            op.execute(f"ALTER TABLE {table} DROP COLUMN due_basis")
