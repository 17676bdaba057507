"""``rekisteri server init``: a shared register's database, roles and rights, made once.

Run by the server's administrator (a superuser, or the database's owner with CREATEROLE)
against the database made for the register. It creates the owner and assistant groups and
the people's logins, brings the schema to the current version, hands every table to the
owner group and grants each group its rights (``core.db.roles``). Running it again changes
nothing that is already right; it is also how a new assistant is added.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rekisteri.core.db import roles
from rekisteri.core.db.server import ServerAddress, open_server


@dataclass(frozen=True)
class InitReport:
    logins: tuple[tuple[str, str, str], ...]  # (login, "owner"/"assistant", what was done)
    tables: int


def init_server(
    admin: ServerAddress,
    admin_password: str | None,
    owners: Iterable[str],
    assistants: Iterable[str],
    password_for: Callable[[str], str | None],
) -> InitReport:
    """``password_for(login)`` is asked only for a login that does not exist yet."""
    db = open_server(admin, admin_password)  # the schema, at the current version
    try:
        done: list[tuple[str, str, str]] = []
        with db.engine.begin() as conn:
            roles.ensure_groups(conn, admin.database)
            for name, group in roles.people(owners, assistants):
                exists = conn.exec_driver_sql(
                    "SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": name}
                ).first()
                password = None if exists else password_for(name)
                outcome = roles.ensure_login(conn, name, group, password)
                kind = "owner" if group == roles.OWNER else "assistant"
                done.append((name, kind, outcome))
            roles.hand_to_owner(conn)
            roles.apply_grants(conn)
            tables = len(roles.table_names(conn))
        return InitReport(tuple(done), tables)
    finally:
        db.dispose()
