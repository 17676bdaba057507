"""Privacy notice: drafts per language and frozen published versions.

Revision ID: 0003
Revises: 0007
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notice_draft",
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("language", name=op.f("pk_notice_draft")),
    )
    op.create_table(
        "notice_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(length=120), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_version")),
    )
    with op.batch_alter_table("notice_version", schema=None) as batch_op:
        batch_op.create_index(
            "ix_notice_version_language_number", ["language", "number"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("notice_version", schema=None) as batch_op:
        batch_op.drop_index("ix_notice_version_language_number")
    op.drop_table("notice_version")
    op.drop_table("notice_draft")
