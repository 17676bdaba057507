"""The owner and the assistant of a shared register, as PostgreSQL roles and GRANTs.

The window hides what an assistant may not do, but that is only a courtesy: the rights are
the server's. ``init_server`` (``rekisteri server init``) makes two group roles and the
people's logins in them, hands every table to the owner group and grants the assistant
group what its jobs need (find, add and edit customers and contacts, log contact events,
mark and lift marketing bans, log requests) and nothing else:

* no DELETE on customers (the review and erasure are the owner's), no writes to retention
  rules, holds, reviews, the notice, the record, breaches or settings;
* every column of ``contact`` except ``hetu`` may be read: the identity code can be typed
  in, never read back (the lists show ``hetu_mask``);
* exports are reads, which an assistant needs to find people at all, so they are bound to
  their audit line instead: a row-level policy lets an assistant write only the audit
  actions of its own jobs, and every export writes (or tries) its audit line before the
  file. With psql an assistant can read the customers it can find in the app; it cannot
  read an identity code, delete, change a rule or leave an export behind.

Re-running ``init_server`` changes nothing that is already right, and adds people; after a
schema upgrade ``open_server`` applies the grants again to the tables it added.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from sqlalchemy import Connection, text

OWNER = "rekisteri_owner"
ASSISTANT = "rekisteri_assistant"
Role = Literal["owner", "assistant"]

# What the assistant may change, per table (every table may be read, see HIDDEN).
ASSISTANT_WRITES: dict[str, str] = {
    "customer": "INSERT, UPDATE",
    "contact": "INSERT, UPDATE",
    "contact_email": "INSERT, UPDATE, DELETE",
    "contact_phone": "INSERT, UPDATE, DELETE",
    "interaction": "INSERT, UPDATE",
    "consent_event": "INSERT",
    "subject_request": "INSERT, UPDATE",
    "audit_event": "INSERT",
    # The search index follows the customer rows the assistant writes (its trigger).
    "customer_word": "INSERT, DELETE",
}
HIDDEN = {"contact": frozenset({"hetu"})}
# The audit lines of the assistant's own jobs; any other (an export, a revealed identity
# code, a review, a rule) is refused by the server, and with it the job.
ASSISTANT_AUDIT = (
    "customer.created",
    "customer.updated",
    "contact.updated",
    "interaction.added",
    "consent.%",
    "request.logged",
    "request.linked",
)


def _quote(conn: Connection, name: str) -> str:
    return str(conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one())


def _role_exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def session_role(conn: Connection) -> Role:
    """What the server lets this login do: only a member of the assistant group that is not
    also an owner (or a superuser) is an assistant; a register without roles has owners."""
    row = conn.execute(
        text(
            "SELECT r.rolsuper, "
            "  EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :a) "
            "    AND pg_has_role(session_user, :a, 'MEMBER'), "
            "  EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :o) "
            "    AND pg_has_role(session_user, :o, 'MEMBER') "
            "FROM pg_roles r WHERE r.rolname = session_user"
        ),
        {"a": ASSISTANT, "o": OWNER},
    ).one()
    superuser, assistant, owner = bool(row[0]), bool(row[1]), bool(row[2])
    return "assistant" if assistant and not owner and not superuser else "owner"


def table_names(conn: Connection) -> list[str]:
    rows = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    )
    return [str(r[0]) for r in rows]


def _columns(conn: Connection, table: str) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = :t ORDER BY ordinal_position"
        ),
        {"t": table},
    )
    return [str(r[0]) for r in rows]


def hand_to_owner(conn: Connection) -> None:
    """Every table, sequence and function of the register to the owner group, so that any
    owner login may upgrade the schema; only what this login may hand over is handed."""
    objects = conn.execute(
        text(
            "SELECT 'TABLE', quote_ident(c.relname) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') "
            "  AND pg_has_role(current_user, c.relowner, 'USAGE') "
            "  AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = :o) "
            "UNION ALL "
            "SELECT 'FUNCTION', p.oid::regprocedure::text FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND pg_has_role(current_user, p.proowner, 'USAGE') "
            "  AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = :o)"
        ),
        {"o": OWNER},
    ).all()
    for kind, name in objects:  # a table's sequences follow it
        conn.execute(text(f"ALTER {kind} {name} OWNER TO {OWNER}"))


def apply_grants(conn: Connection) -> None:
    """The two groups' rights on every table there is now (idempotent)."""
    if not (_role_exists(conn, OWNER) and _role_exists(conn, ASSISTANT)):
        return  # a register nobody ran ``server init`` on: its users are its owners
    tables = table_names(conn)
    for table in tables:
        t = _quote(conn, table)
        conn.execute(text(f"REVOKE ALL ON {t} FROM PUBLIC, {ASSISTANT}"))
        conn.execute(text(f"GRANT ALL ON {t} TO {OWNER}"))
        hidden = HIDDEN.get(table)
        if hidden:
            readable = ", ".join(_quote(conn, c) for c in _columns(conn, table) if c not in hidden)
            conn.execute(text(f"GRANT SELECT ({readable}) ON {t} TO {ASSISTANT}"))
        else:
            conn.execute(text(f"GRANT SELECT ON {t} TO {ASSISTANT}"))
        if table in ASSISTANT_WRITES:
            conn.execute(text(f"GRANT {ASSISTANT_WRITES[table]} ON {t} TO {ASSISTANT}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ASSISTANT}"))
    conn.execute(text(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {OWNER}"))
    if "audit_event" in tables:
        _audit_policies(conn)


def _audit_policies(conn: Connection) -> None:
    allowed = ", ".join(f"'{a}'" for a in ASSISTANT_AUDIT)
    for statement in (
        "ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS rekisteri_owner_all ON audit_event",
        f"CREATE POLICY rekisteri_owner_all ON audit_event TO {OWNER} "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS rekisteri_assistant_read ON audit_event",
        f"CREATE POLICY rekisteri_assistant_read ON audit_event FOR SELECT TO {ASSISTANT} "
        "USING (true)",
        "DROP POLICY IF EXISTS rekisteri_assistant_jobs ON audit_event",
        f"CREATE POLICY rekisteri_assistant_jobs ON audit_event FOR INSERT TO {ASSISTANT} "
        f"WITH CHECK (action LIKE ANY (ARRAY[{allowed}]))",
    ):
        conn.execute(text(statement))


def ensure_login(
    conn: Connection, name: str, group: str, password: str | None
) -> Literal["created", "granted", "unchanged"]:
    """``name`` logs in and belongs to ``group``; a new login needs its password."""
    quoted = _quote(conn, name)
    outcome: Literal["created", "granted", "unchanged"] = "unchanged"
    if not _role_exists(conn, name):
        if not password:
            raise ValueError(name)
        # The password is sent as a literal (CREATE ROLE takes no parameters); it never
        # reaches a log line of ours, and the server stores only its SCRAM verifier.
        literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
        conn.execute(text(f"CREATE ROLE {quoted} LOGIN PASSWORD {literal}"))
        outcome = "created"
    member = conn.execute(
        text("SELECT pg_has_role(:n, :g, 'MEMBER')"), {"n": name, "g": group}
    ).scalar_one()
    if not member:
        conn.execute(text(f"GRANT {group} TO {quoted}"))
        outcome = "granted" if outcome == "unchanged" else outcome
    return outcome


def ensure_groups(conn: Connection, database: str) -> None:
    for group in (OWNER, ASSISTANT):
        if not _role_exists(conn, group):
            conn.execute(text(f"CREATE ROLE {group} NOLOGIN"))
    db = _quote(conn, database)
    conn.execute(text(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {OWNER}, {ASSISTANT}"))
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE, CREATE ON SCHEMA public TO {OWNER}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {ASSISTANT}"))


def people(owners: Iterable[str], assistants: Iterable[str]) -> list[tuple[str, str]]:
    """(login, group) pairs; someone named in both is an owner only."""
    owner_set = list(dict.fromkeys(owners))
    return [(n, OWNER) for n in owner_set] + [
        (n, ASSISTANT) for n in dict.fromkeys(assistants) if n not in owner_set
    ]
