"""A shared register on a real PostgreSQL server: opening, erasure, backups, the move.

These run against the throwaway cluster of ``tools/pg/cluster.sh`` (``make test-postgres``,
and ``make test`` in CI); the facade, marketing, retention, requests, import and notice
folders also run their own tests on it (tests/pg_support.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "retention"))

from retention_support import make

from pg_support import address_of, drop_database, new_database
from rekisteri.cli import main
from rekisteri.core.clock import FrozenClock
from rekisteri.core.db import logical
from rekisteri.core.db.backups import BackupReason
from rekisteri.core.db.migrate import open_database
from rekisteri.core.db.server import AddressError, ServerAddress, open_server
from rekisteri.core.db.server_backups import list_backups
from rekisteri.core.dto import CustomerKind, CustomerQuery, InteractionKind
from rekisteri.core.errors import (
    FileOnlyError,
    ServerLoginError,
    ServerUnreachableError,
)
from rekisteri.core.register import Register
from rekisteri.core.retention.review import ReviewDecision

pytestmark = pytest.mark.postgres_only
D = dt.date
MEETING = InteractionKind.MEETING
NEEDLES = ("Testi Poistettava", "poistettava@example.fi", "poistettava")


def _everything(db) -> str:  # type: ignore[no-untyped-def]
    """Every value of every table, as text: what the app could ever read back."""
    parts: list[str] = []
    with db.engine.connect() as conn:
        for table in logical.tables():
            for row in logical._rows(conn, table):
                parts.append(json.dumps([logical._canonical(v) for v in row.values()]))
    return "\n".join(parts).casefold()


def test_erasure_leaves_nothing_the_app_can_reach(register: Register) -> None:
    for n in range(5):
        make(register, f"Jäävä {n} Oy", events=[(D(2026, 1, 2), MEETING, "")])
    cid = make(
        register,
        "Testi Poistettava",
        kind=CustomerKind.PERSON,
        first="Testi",
        last="Poistettava",
        email="poistettava@example.fi",
        notes="Testi Poistettava soitti",
        events=[(D(2018, 6, 1), MEETING, "")],
    )
    assert "poistettava@example.fi" in _everything(register.db)
    assert register.list_customers(CustomerQuery(text="poist")).total == 1
    out = register.retention.apply([ReviewDecision("customer", cid, "delete")])
    assert out.counts
    everything = _everything(register.db)
    for needle in NEEDLES:
        assert needle.casefold() not in everything, needle
    assert register.list_customers(CustomerQuery(text="poist")).total == 0
    # The snapshot taken first still holds the person until it expires, as with a file.
    backups = list_backups(register.db)  # type: ignore[arg-type]
    assert [b.reason for b in backups] == [BackupReason.REVIEW]
    assert backups[0].customers == 6
    assert oct(backups[0].path.stat().st_mode & 0o777) == "0o600"


def test_a_file_job_on_a_server_register_says_so(register: Register) -> None:
    with pytest.raises(FileOnlyError):
        register.db.raw_connect()
    assert register.db.location.endswith(register.db.address.database)  # type: ignore[attr-defined]


def test_snapshot_restores_into_an_empty_database_with_the_same_checksums(
    demo_register: Register, pg_template: str, tmp_path: Path
) -> None:
    url = pg_template
    dump = tmp_path / "snapshot.rkdump"
    sums = logical.dump(demo_register.db.engine, dump)
    assert sums["customer"].rows == 200
    new_database(url, "rk_restore")
    try:
        target = open_server(address_of(url, "rk_restore"), _pw())
        restored = logical.restore(dump, target.engine)
        assert restored == sums
        with target.engine.connect() as conn:
            assert logical.checksums(conn) == sums
        # The restored register works: ids continue after the copied ones.
        again = Register(target, actor="t")
        from rekisteri.core.dto import CustomerInput

        made = again.create_customer(CustomerInput(name="Uusi Asiakas Oy"))
        assert made.id > 200
        target.dispose()
    finally:
        drop_database(url, "rk_restore")


def _pw() -> str:
    from pg_support import PASSWORD_OF

    return PASSWORD_OF["postgres"]


def test_move_laptop_to_server_and_back_keeps_every_row(
    tmp_path: Path, clock: FrozenClock, pg_template: str
) -> None:
    from rekisteri.core import demo

    url = pg_template
    laptop = open_database(tmp_path / "laptop.sqlite", clock=clock)
    Register(laptop, actor="t").save_controller(demo.DEMO_CONTROLLER)
    demo.generate(laptop, 150, seed=3)
    new_database(url, "rk_move")
    try:
        server = open_server(address_of(url, "rk_move"), _pw(), clock=clock)
        there = logical.copy_register(laptop.engine, server.engine)
        back = open_database(tmp_path / "back.sqlite", clock=clock)
        again = logical.copy_register(server.engine, back.engine)
        assert there == again
        with laptop.engine.connect() as a, back.engine.connect() as b:
            assert logical.checksums(a) == logical.checksums(b)
        # The copy is a working register on the server: search and the review read it.
        reg = Register(server, actor="t")
        name = Register(laptop, actor="t").list_customers(limit=1).rows[0].name
        word = name.split()[0][:4]
        assert reg.list_customers(CustomerQuery(text=word)).total >= 1
        assert reg.counts() == Register(laptop, actor="t").counts()
        # A second copy into a register that is not empty is refused and changes nothing.
        with pytest.raises(logical.CopyError):
            logical.copy_register(laptop.engine, server.engine)
        assert reg.counts() == Register(laptop, actor="t").counts()
        server.dispose()
        back.dispose()
    finally:
        laptop.dispose()
        drop_database(url, "rk_move")


def test_addresses_never_carry_a_password() -> None:
    a = ServerAddress.from_url("postgresql://aino@db.example.fi/rekisteri")
    assert (a.host, a.port, a.database, a.user, a.sslmode) == (
        "db.example.fi",
        5432,
        "rekisteri",
        "aino",
        "verify-full",
    )
    assert a.verified
    assert "sslmode=verify-full" in a.url()
    with pytest.raises(AddressError):
        ServerAddress.from_url("postgresql://aino:salainen@db.example.fi/rekisteri")
    with pytest.raises(AddressError):
        ServerAddress.from_url("postgresql://db.example.fi/rekisteri")  # no user
    with pytest.raises(AddressError):
        ServerAddress.from_url("postgresql://aino@db.example.fi/r?sslmode=prefer")
    assert not ServerAddress.from_url("postgresql://a@h/d?sslmode=require").verified


def test_a_wrong_password_and_a_dead_server_are_told_apart(register: Register) -> None:
    address = register.db.address  # type: ignore[attr-defined]
    with pytest.raises(ServerLoginError):
        open_server(address, "not the password")
    closed_port = ServerAddress(host="127.0.0.1", port=9, database="x", user="x", sslmode="disable")
    with pytest.raises(ServerUnreachableError):
        open_server(closed_port, "x")


def test_cli_runs_on_the_server(demo_register: Register, db_arg: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert db_arg.startswith("postgresql://")
    assert ":" + "rekisteri-test@" not in db_arg  # no password in the address
    assert main(["--db", db_arg, "info"]) == 0
    out = capsys.readouterr().out
    assert "200" in out and demo_register.db.location in out
    os.environ.pop("REKISTERI_DB_PASSWORD")
    assert main(["--db", db_arg, "info"]) != 0  # no terminal, no keyring: told what to do
    said = capsys.readouterr()
    assert "REKISTERI_DB_PASSWORD" in said.out + said.err


def test_two_laptops_see_each_others_changes(register: Register) -> None:
    from pg_support import PASSWORD_OF

    other_db = open_server(register.db.address, PASSWORD_OF["postgres"])  # type: ignore[attr-defined]
    other = Register(other_db, actor="Assistentti")
    made = make(register, "Yhteinen Oy", events=[(D(2026, 1, 2), MEETING, "")])
    assert other.get_customer(made).name == "Yhteinen Oy"
    other.update_customer(made, other.get_customer(made).to_input())
    assert {a.action for a in register.audit_log()} >= {"customer.created", "customer.updated"}
    other_db.dispose()


def test_cli_backup_and_restore_into_an_empty_database(
    demo_register: Register, db_arg: str, pg_template: str, capsys
) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.core.db.server_backups import folder

    assert main(["--db", db_arg, "backup"]) == 0
    dumps = list(folder(demo_register.db).glob("*.rkdump"))  # type: ignore[arg-type]
    assert len(dumps) == 1
    assert main(["--db", db_arg, "backups"]) == 0
    assert dumps[0].name in capsys.readouterr().out
    new_database(pg_template, "rk_cli_restore")
    try:
        target = address_of(pg_template, "rk_cli_restore").url()
        assert main(["--db", target, "restore", str(dumps[0]), "--yes"]) == 0
        assert "200" in capsys.readouterr().out
        restored = open_server(address_of(pg_template, "rk_cli_restore"), _pw())
        with demo_register.db.engine.connect() as a, restored.engine.connect() as b:
            assert logical.checksums(a) == logical.checksums(b)
        # Into a register that holds data: refused, nothing changed.
        assert main(["--db", target, "restore", str(dumps[0]), "--yes"]) != 0
        said = capsys.readouterr()
        assert "empty" in said.out + said.err
        assert Register(restored, actor="t").counts().customers == 200
        restored.dispose()
    finally:
        drop_database(pg_template, "rk_cli_restore")


def test_the_server_names_the_author_not_the_laptop(register: Register) -> None:
    """Whatever name a laptop sends, the audit trail, the ledger and the row stamps carry the
    database user the server logged in (migration 0012's triggers)."""
    from sqlalchemy import text

    login = register.db.login
    assert login and register.actor == login
    register.actor = "Someone Else"  # a handler name typed in Settings changes nothing here
    assert register.actor == login
    cid = make(register, "Tekijä Oy", events=[(D(2026, 1, 2), MEETING, "")])
    detail = register.get_customer(cid)
    assert detail.created_by == login and detail.updated_by == login
    with register.db.engine.begin() as conn:  # a forged name written by hand is replaced
        conn.execute(
            text(
                "INSERT INTO audit_event (at, actor, action, entity_kind, summary) "
                "VALUES (now(), 'forged', 'x', '', '')"
            )
        )
        forged = conn.execute(text("SELECT actor FROM audit_event WHERE action = 'x'")).scalar()
        conn.execute(text("SET LOCAL rekisteri.keep_authors = 'on'"))
        conn.execute(text("UPDATE customer SET updated_by = 'kept' WHERE id = :i"), {"i": cid})
        kept = conn.execute(text("SELECT updated_by FROM customer WHERE id = :i"), {"i": cid})
    assert forged == login
    # The tables' owner (a move or a restore) may keep the authors it copies.
    assert kept.scalar() == "kept"
    assert {e.actor for e in register.audit_log()} == {login}
