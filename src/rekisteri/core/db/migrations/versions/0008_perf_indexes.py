"""Index a customer's interactions by kind, for the invoice facts every due date reads.

Revision ID: 0008
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_interaction_customer_id_kind_occurred_on",
        "interaction",
        ["customer_id", "kind", "occurred_on"],
    )


def downgrade() -> None:
    op.drop_index("ix_interaction_customer_id_kind_occurred_on", table_name="interaction")
