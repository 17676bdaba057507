"""Personal-data breaches (GDPR Art. 33/34) and the customers each one affected.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _tables() -> set[str]:
    return set(sa.inspect(op.get_bind()).get_table_names())


def _moment(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.DateTime(timezone=True), nullable=True)


def upgrade() -> None:
    # Idempotent: a run cut short after one table is rerun without touching it again.
    tables = _tables()
    if "breach" not in tables:
        op.create_table(
            "breach",
            sa.Column("id", sa.Integer(), nullable=False),
            _moment("occurred_at"),
            _moment("occurred_until"),
            sa.Column("aware_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("discovered_how", sa.Text(), nullable=False),
            sa.Column("nature", sa.String(length=60), nullable=False),
            sa.Column("description", sa.Text(), nullable=False),
            sa.Column("data_categories", sa.Text(), nullable=False),
            sa.Column("people_categories", sa.Text(), nullable=False),
            sa.Column("people_count", sa.Integer(), nullable=True),
            sa.Column("records_count", sa.Integer(), nullable=True),
            sa.Column("counts_approximate", sa.Boolean(), nullable=False),
            sa.Column("consequences", sa.Text(), nullable=False),
            sa.Column("measures_taken", sa.Text(), nullable=False),
            sa.Column("measures_proposed", sa.Text(), nullable=False),
            sa.Column("risk", sa.String(length=20), nullable=False),
            sa.Column("risk_reasons", sa.Text(), nullable=False),
            _moment("decided_at"),
            sa.Column("decided_by", sa.String(length=200), nullable=False),
            _moment("authority_notified_at"),
            sa.Column("authority_reference", sa.String(length=200), nullable=False),
            sa.Column("delay_reason", sa.Text(), nullable=False),
            _moment("people_notified_at"),
            _moment("closed_at"),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("created_by", sa.String(length=120), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_by", sa.String(length=120), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_breach")),
        )
        op.create_index("ix_breach_aware_at", "breach", ["aware_at"], unique=False)
    if "breach_customer" not in tables:
        op.create_table(
            "breach_customer",
            sa.Column("breach_id", sa.Integer(), nullable=False),
            sa.Column("customer_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                ["breach_id"],
                ["breach.id"],
                name=op.f("fk_breach_customer_breach_id_breach"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                ["customer_id"],
                ["customer.id"],
                name=op.f("fk_breach_customer_customer_id_customer"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint("breach_id", "customer_id", name=op.f("pk_breach_customer")),
        )
        op.create_index(
            "ix_breach_customer_customer_id", "breach_customer", ["customer_id"], unique=False
        )


def downgrade() -> None:
    tables = _tables()
    if "breach_customer" in tables:
        op.drop_index("ix_breach_customer_customer_id", table_name="breach_customer")
        op.drop_table("breach_customer")
    if "breach" in tables:
        op.drop_index("ix_breach_aware_at", table_name="breach")
        op.drop_table("breach")
