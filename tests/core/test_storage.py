"""Storage guarantees: pragmas, permissions, migrations from the golden database, refusal of
a newer schema, backups before migrating."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from rekisteri.core.clock import FrozenClock
from rekisteri.core.db import current_revision, head_revision, open_database
from rekisteri.core.db.search_index import is_search_index
from rekisteri.core.errors import NewerDatabaseError
from rekisteri.core.models import Base
from rekisteri.core.paths import backups_dir
from rekisteri.core.register import Register

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


@pytest.mark.sqlite_only
def test_pragmas_in_force_on_every_connection(db) -> None:
    with db.engine.connect() as conn:
        get = lambda p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()  # noqa: E731
        assert get("foreign_keys") == 1
        assert get("journal_mode") == "wal"
        assert get("synchronous") == 2  # FULL
        assert get("secure_delete") == 1
        assert get("busy_timeout") >= 1000


def test_new_register_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    Register(db, "t").set_setting("security.autolock_minutes", 1)
    for suffix in ("", "-wal", "-shm"):
        f = Path(f"{path}{suffix}")
        if f.exists():
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, suffix
    db.dispose()


def test_fresh_database_is_at_head_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite"
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    assert list(backups_dir(path).iterdir()) == []
    db.dispose()


def test_models_and_migrations_agree(db) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"include_name": lambda n, t, _p: not is_search_index(n, t)},
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("rekisteri-*.sqlite")), ids=lambda p: p.stem)
def test_golden_database_upgrades_to_head_keeping_data(golden: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(golden, path)
    before = sqlite3.connect(path)
    n_customers = before.execute("SELECT count(*) FROM customer").fetchone()[0]
    n_events = before.execute("SELECT count(*) FROM consent_event").fetchone()[0]
    before.close()

    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    register = Register(db, "t")
    assert register.counts().customers == n_customers
    assert register.get_controller().business_name
    rows = register.list_customers(limit=1000).rows
    golden_row = next(r for r in rows if r.name == "Golden Oy")
    detail = register.get_customer(golden_row.id)
    assert detail.contacts[0].emails == ("kulta@example.fi",)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM consent_event").scalar() == n_events
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    db.dispose()
    backups = list(backups_dir(path).glob("rekisteri-*-migration.sqlite"))
    if golden.stem != f"rekisteri-{head_revision()}":
        assert len(backups) == 1
        check = sqlite3.connect(backups[0])
        assert check.execute("SELECT count(*) FROM customer").fetchone()[0] == n_customers
        check.close()


def test_migrating_twice_is_harmless(tmp_path: Path) -> None:
    path = tmp_path / "twice.sqlite"
    shutil.copyfile(GOLDEN / "rekisteri-0001.sqlite", path)
    open_database(path).dispose()
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    db.dispose()


def test_due_basis_migration_from_0002_heals_the_review(tmp_path: Path) -> None:
    """0008 adds the stored basis and the covering contact index; the review of a register
    from before it still lists the same records and stores their basis on the way."""
    path = tmp_path / "r.sqlite"
    shutil.copyfile(GOLDEN / "rekisteri-0002.sqlite", path)
    db = open_database(path, clock=FrozenClock(dt.date(2026, 11, 22)))
    with db.engine.connect() as conn:
        for table in ("customer", "contact"):
            cols = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
            assert "due_basis" in cols
        indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(contact)")}
    assert "ix_contact_due_on_customer" in indexes and "ix_contact_due_on" not in indexes
    items = Register(db, "t").retention.review_list()
    golden = next(i for i in items if i.name == "Golden Oy")
    assert golden.reason == "last contact 15 May 2020 + 5 years = 15 May 2025"
    # 0009: vouchers are kept 6 years from the end of 2020 (Kirjanpitolaki 2:10), not 10.
    assert golden.hold == "kept until 31 Dec 2026: bookkeeping, invoice 2020-001"
    # 0009: an internal note no longer renews the last contact, which makes one more due.
    assert len(items) == 6
    with db.engine.connect() as conn:
        empty = "SELECT count(*) FROM customer WHERE due_on <= '2026-11-22' AND due_basis = ''"
        assert conn.exec_driver_sql(empty).scalar() == 0
    db.dispose()


def test_due_basis_migration_runs_again_without_harm(tmp_path: Path) -> None:
    """An upgrade interrupted after its DDL (the version row not yet moved) is simply rerun."""
    from rekisteri.core.db.migrate import upgrade

    path = tmp_path / "r.sqlite"
    shutil.copyfile(GOLDEN / "rekisteri-0002.sqlite", path)
    db = open_database(path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    upgrade(db.engine)
    assert current_revision(db.engine) == head_revision()
    db.dispose()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    shutil.copyfile(GOLDEN / "rekisteri-0001.sqlite", path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError) as exc:
        open_database(path)
    assert "newer version" in exc.value.render()
    assert path.read_bytes() == before
    assert list(backups_dir(path).iterdir()) == []


def test_short_sessions_roll_back_on_error(db) -> None:
    from rekisteri.core.models import Setting

    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Setting(key="half", value="1"))
        s.flush()
        raise RuntimeError("boom")
    with db.session() as s:
        assert s.get(Setting, "half") is None


def test_search_index_follows_inserts_updates_and_deletes(register) -> None:
    from rekisteri.core.dto import CustomerInput, CustomerQuery

    c = register.create_customer(CustomerInput(name="Kaamos Valokuvaus Tmi"))
    find = lambda t: register.list_customers(CustomerQuery(text=t)).total  # noqa: E731
    assert find("kaam") == 1
    register.update_customer(c.id, CustomerInput(name="Revontuli Oy"))
    assert (find("kaam"), find("revon")) == (0, 1)
    register.delete_customer(c.id)
    assert find("revon") == 0
    if register.db.engine.dialect.name == "sqlite":
        with register.db.engine.connect() as conn:
            check = "INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 1)"
            conn.exec_driver_sql(check)


def test_rules_migration_from_0002_recomputes_and_audits_counts(tmp_path: Path) -> None:
    """0009 moves the bookkeeping default to 6 years, adds the legal form and recomputes
    the dates that follow from the rules once, with one audit event of counts."""
    path = tmp_path / "r.sqlite"
    shutil.copyfile(GOLDEN / "rekisteri-0002.sqlite", path)
    db = open_database(path, clock=FrozenClock(dt.date(2026, 11, 22)))
    register = Register(db, "t")
    rules = {r.key: r for r in register.retention.list_rules()}
    assert rules["bookkeeping"].period_years == 6
    events = register.audit_log(action_prefix="rules.updated")
    assert len(events) == 1
    summary = events[0].summary
    assert "bookkeeping_rule=1" in summary and "due_dates=" in summary
    assert "Golden" not in summary
    with db.engine.connect() as conn:
        cols = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(customer)")}
        assert "business_form" in cols
        pending = "SELECT count(*) FROM setting WHERE key = 'migration.0009'"
        assert conn.exec_driver_sql(pending).scalar() == 0
    db.dispose()
    again = open_database(path, clock=FrozenClock(dt.date(2026, 11, 22)))
    assert len(Register(again, "t").audit_log(action_prefix="rules.updated")) == 1
    again.dispose()


def test_rules_migration_keeps_a_bookkeeping_rule_the_owner_changed(tmp_path: Path) -> None:
    from rekisteri.core.db.migrate import upgrade

    path = tmp_path / "r.sqlite"
    shutil.copyfile(GOLDEN / "rekisteri-0002.sqlite", path)
    db = open_database(path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE retention_rule SET period_years = 8 WHERE key = 'bookkeeping'")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0008'")
    upgrade(db.engine)
    with db.engine.connect() as conn:
        years = "SELECT period_years FROM retention_rule WHERE key = 'bookkeeping'"
        assert conn.exec_driver_sql(years).scalar() == 8
    db.dispose()
