"""Two people on one register: row versions, server-set authors, change notices, masked codes.

Revision ID: 0012
Revises: 0011
Create Date: 2027-02-01

* ``version`` on customers, contacts and settings: a save names the version it was edited
  from, and a newer one written meanwhile by someone else refuses it (optimistic
  concurrency); ``setting`` also learns who changed it and when, for that message.
* ``contact.hetu_mask``: the masked identity code the lists and forms show, so that reading
  a contact never needs the code itself. On a shared server an assistant has no right to read
  ``contact.hetu`` at all (column privilege); the mask is what they see.
* On PostgreSQL only: triggers that write the database user of the session into every "by
  whom" column (the audit trail, the consent ledger, the row stamps), so the author is the
  login the server checked, not a name typed on a laptop; and statement triggers that
  ``pg_notify`` the other laptops that a table changed, so their lists refresh at once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

VERSIONED = ("customer", "contact", "setting")
CHANNEL = "rekisteri_changes"
# Tables whose changes another laptop's window shows (lists, counts, the status bar).
NOTIFYING = (
    "customer",
    "contact",
    "contact_email",
    "contact_phone",
    "interaction",
    "consent_event",
    "subject_request",
    "setting",
    "retention_rule",
    "legal_hold",
    "review_record",
    "breach",
    "notice_draft",
    "notice_version",
)
# (table, columns set on INSERT, columns set on UPDATE) to the session's database user.
AUTHORED = (
    ("audit_event", ("actor",), ()),
    ("consent_event", ("recorded_by",), ()),
    ("customer", ("created_by", "updated_by"), ("updated_by",)),
    ("contact", ("created_by", "updated_by"), ("updated_by",)),
    ("subject_request", ("created_by", "updated_by"), ("updated_by",)),
    ("breach", ("created_by", "updated_by"), ("updated_by",)),
    ("interaction", ("created_by",), ()),
    ("legal_hold", ("created_by",), ()),
    ("setting", ("updated_by",), ("updated_by",)),
    ("notice_draft", ("updated_by",), ("updated_by",)),
    ("notice_version", ("published_by",), ()),
    ("record_version", ("published_by",), ()),
)


def _columns(table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def _add_columns() -> None:
    for table in VERSIONED:
        if "version" not in _columns(table):
            with op.batch_alter_table(table) as batch:
                batch.add_column(
                    sa.Column("version", sa.Integer(), nullable=False, server_default="1")
                )
    have = _columns("setting")
    with op.batch_alter_table("setting") as batch:
        if "updated_at" not in have:
            batch.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
        if "updated_by" not in have:
            batch.add_column(
                sa.Column("updated_by", sa.String(120), nullable=False, server_default="")
            )
    if "hetu_mask" not in _columns("contact"):
        with op.batch_alter_table("contact") as batch:
            batch.add_column(
                sa.Column("hetu_mask", sa.String(11), nullable=False, server_default="")
            )
    # The mask as validation.mask_hetu makes it: the birth date and the sign, then ****.
    op.execute(
        "UPDATE contact SET hetu_mask = substr(hetu, 1, 7) || '****' "
        "WHERE hetu IS NOT NULL AND hetu <> '' AND hetu_mask = ''"
    )


def _postgres_triggers() -> None:
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION rekisteri_notify() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END $$;
        """
    )
    op.execute(
        """
        CREATE OR REPLACE FUNCTION rekisteri_by_server() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            stamp jsonb := '{}'::jsonb;
            col text;
        BEGIN
            -- A move or a restore keeps the authors it copies, but only for the tables' owner
            -- (or a superuser): an assistant cannot set this and write another's name.
            IF current_setting('rekisteri.keep_authors', true) = 'on' AND (
                pg_has_role(session_user,
                            (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')
            ) THEN
                RETURN NEW;
            END IF;
            FOREACH col IN ARRAY TG_ARGV LOOP
                stamp := stamp || jsonb_build_object(col, session_user::text);
            END LOOP;
            NEW := jsonb_populate_record(NEW, stamp);
            RETURN NEW;
        END $$;
        """
    )
    for table in NOTIFYING:
        name = f"rekisteri_notify_{table}"
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(
            f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION rekisteri_notify()"
        )
    for table, on_insert, on_update in AUTHORED:
        for event, columns in (("INSERT", on_insert), ("UPDATE", on_update)):
            if not columns:
                continue
            name = f"rekisteri_by_{table}_{event.lower()}"
            args = ", ".join(f"'{c}'" for c in columns)
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(
                f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION rekisteri_by_server({args})"
            )


def upgrade() -> None:
    _add_columns()
    if op.get_bind().dialect.name == "postgresql":
        _postgres_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFYING:
            op.execute(f"DROP TRIGGER IF EXISTS rekisteri_notify_{table} ON {table}")
        for table, _ins, _upd in AUTHORED:
            for event in ("insert", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS rekisteri_by_{table}_{event} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS rekisteri_notify()")
        op.execute("DROP FUNCTION IF EXISTS rekisteri_by_server()")
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("hetu_mask")
    with op.batch_alter_table("setting") as batch:
        batch.drop_column("updated_by")
        batch.drop_column("updated_at")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
