"""Retention: rules, legal holds, review records, anonymised statistics, suppression list.

Revision ID: 0002
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retention_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("applies_to", sa.String(length=20), nullable=False),
        sa.Column("applies_value", sa.String(length=30), nullable=False),
        sa.Column("counts_from", sa.String(length=30), nullable=False),
        sa.Column("period_years", sa.Integer(), nullable=False),
        sa.Column("period_months", sa.Integer(), nullable=False),
        sa.Column("period_days", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rule")),
    )
    op.create_table(
        "legal_hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_legal_hold_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_legal_hold_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_hold")),
    )
    with op.batch_alter_table("legal_hold", schema=None) as batch_op:
        batch_op.create_index("ix_legal_hold_contact_id", ["contact_id"], unique=False)
        batch_op.create_index("ix_legal_hold_customer_id", ["customer_id"], unique=False)

    op.create_table(
        "review_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("reviewer", sa.String(length=120), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("anonymised", sa.Integer(), nullable=False),
        sa.Column("kept", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("minutes_pdf", sa.LargeBinary(), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("backup_expires_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_record")),
    )
    op.create_table(
        "anonymised_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_kind", sa.String(length=20), nullable=False),
        sa.Column("industry", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("anonymised_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anonymised_record")),
    )
    op.create_table(
        "suppression_entry",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("digest", name=op.f("pk_suppression_entry")),
    )


def downgrade() -> None:
    op.drop_table("suppression_entry")
    op.drop_table("anonymised_record")
    op.drop_table("review_record")
    with op.batch_alter_table("legal_hold", schema=None) as batch_op:
        batch_op.drop_index("ix_legal_hold_customer_id")
        batch_op.drop_index("ix_legal_hold_contact_id")
    op.drop_table("legal_hold")
    op.drop_table("retention_rule")
