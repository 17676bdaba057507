"""Record of processing activities: published versions (GDPR Art. 30).

Revision ID: 0011
Revises: 0010
Create Date: 2027-01-15
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLE = "record_version"
INDEX = "ix_record_version_language_number"


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table(TABLE):
        op.create_table(
            TABLE,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("language", sa.String(length=2), nullable=False),
            sa.Column("number", sa.Integer(), nullable=False),
            sa.Column("published_on", sa.Date(), nullable=False),
            sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("published_by", sa.String(length=120), nullable=False),
            sa.Column("content_hash", sa.String(length=64), nullable=False),
            sa.Column("document", sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_record_version")),
        )
    indexes = {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes(TABLE)}
    if INDEX not in indexes:
        with op.batch_alter_table(TABLE, schema=None) as batch_op:
            batch_op.create_index(INDEX, ["language", "number"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_index(INDEX)
    op.drop_table(TABLE)
