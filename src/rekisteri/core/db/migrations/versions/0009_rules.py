"""Rules: the customer's legal form, the bookkeeping hold of vouchers, soft opt-in facts.

- ``customer.business_form``: whether 917/2014 § 201 (a legal person's contact) or § 200
  (a sole trader, a natural person) governs the customer's contact persons. Empty means not
  known; the rules then guess from the name ("Oy", "Tmi"...) and treat no guess as § 200.
- The seeded bookkeeping rule kept invoices 10 years; vouchers are kept 6 (Kirjanpitolaki
  2:10 §). A rule still at the old default becomes 6 years; one the owner changed stays.
- A soft opt-in (§ 200(2)) needs the address to have been given in a purchase. A contact
  the owner already marked as told how to refuse, with a purchase or invoice logged *with
  that contact*, is marked as having given the address in a purchase; nothing else is
  assumed (the source is also what the person is told).

What changed is counted into the ``migration.0009`` setting; the first open after the
upgrade recomputes the due dates and deadlines with the new rules and writes one audit
event with the counts (``core/rule_changes.py``), so no application code runs here.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COUNTS_KEY = "migration.0009"


def _has_column(table: str, column: str) -> bool:
    return column in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    bind = op.get_bind()
    # Idempotent: a repeated or interrupted run adds only what is missing, and the updates
    # below match nothing the second time.
    if not _has_column("customer", "business_form"):
        op.add_column(
            "customer",
            sa.Column("business_form", sa.String(20), nullable=False, server_default=""),
        )
    books = bind.execute(
        sa.text(
            "UPDATE retention_rule SET period_years = 6 WHERE key = 'bookkeeping' "
            "AND period_years = 10 AND period_months = 0 AND period_days = 0"
        )
    ).rowcount
    purchases = bind.execute(
        sa.text(
            "UPDATE contact SET data_source = 'purchase' WHERE data_source = 'person' "
            "AND opt_out_informed = :yes AND id IN (SELECT contact_id FROM interaction "
            "WHERE kind IN ('purchase', 'invoice') AND contact_id IS NOT NULL)"
        ),
        {"yes": True},  # a bound boolean: PostgreSQL has no boolean = integer
    ).rowcount
    counts = {"bookkeeping_rule": books, "purchase_source": purchases, "recompute": True}
    value = json.dumps(counts)
    exists = bind.execute(
        sa.text("SELECT 1 FROM setting WHERE key = :k"), {"k": COUNTS_KEY}
    ).first()
    if exists is None:
        bind.execute(
            sa.text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
            {"k": COUNTS_KEY, "v": value},
        )


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text("DELETE FROM setting WHERE key = :k"), {"k": COUNTS_KEY})
    if _has_column("customer", "business_form"):
        op.execute("ALTER TABLE customer DROP COLUMN business_form")
