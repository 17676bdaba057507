"""Owner-only files everywhere the register writes; the henkilötunnus stays masked."""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from rekisteri.core.db import open_database
from rekisteri.core.db.integrity import recover
from rekisteri.core.dto import ContactInput, CustomerInput, CustomerQuery
from rekisteri.core.register import Register

from .conftest import PASS

HETU = "131052-308T"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """Prove the modes come from our code, not from the app's umask."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_database_wal_shm_and_backups_are_0600(tmp_path: Path, loose_umask: None) -> None:
    path = tmp_path / "uusi.sqlite"
    db = open_database(path)
    register = Register(db, actor="Testaaja")
    register.create_customer(CustomerInput(name="Oy Testi Ab"))
    for suffix in ("", "-wal", "-shm"):
        assert Path(f"{path}{suffix}").exists(), suffix
        assert _mode(Path(f"{path}{suffix}")) == 0o600, suffix
    info = register.security.backup_now("manual")
    assert _mode(info.path) == 0o600
    assert _mode(info.path.parent) == 0o700

    register.security.enable_encryption(PASS)
    register.create_customer(CustomerInput(name="Oy Toinen Ab"))
    for suffix in ("", "-wal", "-shm"):
        assert _mode(Path(f"{path}{suffix}")) == 0o600, suffix
    for backup in info.path.parent.iterdir():
        assert _mode(backup) == 0o600

    register.close()
    with open(path, "r+b") as fh:
        fh.truncate(5000)
    outcome = recover(path, info.path, PASS)
    assert outcome.set_aside is not None and _mode(outcome.set_aside) == 0o600
    assert _mode(path) == 0o600


def test_hetu_is_masked_except_in_the_audited_reveal(register: Register) -> None:
    detail = register.create_customer(
        CustomerInput(
            kind="person",
            name="Matti Meikäläinen",
            contacts=(ContactInput(kind="private", first_name="Matti", last_name="M", hetu=HETU),),
        )
    )
    contact = detail.contacts[0]
    shown = repr(dataclasses.asdict(register.get_customer(detail.id)))
    shown += repr(register.list_customers(CustomerQuery(), limit=10))
    # The birth date part may show; the individual number and check mark never do.
    assert HETU not in shown and "-308T" not in shown
    assert contact.hetu_masked and HETU not in contact.hetu_masked
    assert not register.audit_log(action_prefix="contact.hetu_revealed")

    assert register.reveal_hetu(contact.id) == HETU

    [event] = register.audit_log(action_prefix="contact.hetu_revealed")
    assert HETU not in repr(event)
    assert HETU not in repr(register.audit_log())


def test_no_personal_data_in_logs_or_temp_files(
    demo_register: Register, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from .conftest import demo_names

    names = demo_names(demo_register.db.path)
    caplog.set_level(logging.DEBUG)
    info = demo_register.security.backup_now("manual")
    demo_register.security.enable_encryption(PASS)
    demo_register.security.restore(info.path)
    demo_register.list_customers(CustomerQuery(text="a"), limit=50)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert not [n for n in names if n in logged]
    assert PASS not in logged
    with demo_register.db.engine.connect() as conn:
        # 2 = MEMORY: SQLite's sorter and transient indexes never touch the disk.
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2
