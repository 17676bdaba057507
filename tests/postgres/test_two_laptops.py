"""Two laptops on one shared register: one review or import at a time, and a server that
drops a connection mid-transaction loses nothing half-way and says so."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "retention"))

from retention_support import make

from pg_support import PASSWORD_OF
from rekisteri.core.db.server import open_server
from rekisteri.core.db.shared_lock import LockHeldError, exclusive
from rekisteri.core.dto import CustomerInput, CustomerQuery
from rekisteri.core.errors import ServerConnectionLostError
from rekisteri.core.models import Customer
from rekisteri.core.register import Register
from rekisteri.core.retention.review import ReviewDecision

pytestmark = pytest.mark.postgres_only
VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tuotu Henkilö\r\nN:Henkilö;Tuotu;;;\r\n"
    "EMAIL:tuotu@example.fi\r\nEND:VCARD\r\n"
)


@pytest.fixture
def laptop_b(register: Register, clock):  # type: ignore[no-untyped-def]
    other = Register(open_server(register.db.address, PASSWORD_OF["postgres"], clock=clock))  # type: ignore[attr-defined]
    yield other
    other.close()


def _admin(register: Register, sql: str, **params: object) -> object:
    admin = open_server(register.db.address, PASSWORD_OF["postgres"])  # type: ignore[attr-defined]
    try:
        with admin.engine.begin() as conn:
            return conn.execute(text(sql), params).all()
    finally:
        admin.dispose()


def test_a_second_review_or_import_is_told_who_runs_one(
    register: Register, laptop_b: Register
) -> None:
    cid = make(register, "Poistuva Oy")
    for job, attempt in (
        ("review", lambda: laptop_b.retention.apply([ReviewDecision("customer", cid, "delete")])),
        ("import", lambda: laptop_b.io.import_vcards(VCARD)),
    ):
        with exclusive(register.db, job):
            with pytest.raises(LockHeldError) as held:
                attempt()
            assert held.value.who == register.db.login
            assert register.db.login in held.value.render()
        attempt()  # released: it runs
    assert laptop_b.list_customers(CustomerQuery(text="tuotu")).total == 1


def test_a_crashed_holder_frees_the_lock(register: Register, laptop_b: Register) -> None:
    with exclusive(register.db, "import"):
        holders = _admin(
            register,
            "SELECT l.pid FROM pg_locks l WHERE l.locktype = 'advisory' AND l.objid = :k",
            k=0x52455602,
        )
        assert len(holders) == 1  # type: ignore[arg-type]
        _admin(register, "SELECT pg_terminate_backend(:p)", p=holders[0][0])  # type: ignore[index]
        laptop_b.io.import_vcards(VCARD)  # the server freed it with the session
        assert laptop_b.list_customers(CustomerQuery(text="tuotu")).total == 1


def test_a_connection_killed_mid_transaction_leaves_nothing_and_says_so(
    register: Register,
) -> None:
    before = register.count_customers()
    with pytest.raises(ServerConnectionLostError) as lost, register.db.session() as s:
        s.add(Customer(**{**_row(register), "name": "Puolikas Oy"}))
        s.flush()  # written, not committed: now the server drops this connection
        pid = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
        _admin(register, "SELECT pg_terminate_backend(:p)", p=pid)
    assert "connection" in lost.value.render().lower()
    assert register.count_customers() == before  # no half of it was kept
    assert register.count_customers(CustomerQuery(text="puolikas")) == 0
    # The pool replaces the dead connection: the next call works without a restart.
    register.db.ping()
    register.create_customer(CustomerInput(name="Kokonainen Oy"))
    assert register.count_customers() == before + 1


def _row(register: Register) -> dict[str, object]:
    now = register.db.clock.now()
    return dict(kind="organisation", status="active", data_source="person", name_key="x",
                created_at=now, updated_at=now)  # fmt: skip


def test_the_other_laptops_window_shows_a_new_customer_within_a_second(
    qtbot, register: Register, laptop_b: Register
) -> None:  # type: ignore[no-untyped-def]
    import gc

    from rekisteri.core.db.changes import ChangeListener
    from rekisteri.ui.mainwindow import MainWindow

    make(register, "Ensimmäinen Oy")
    window = MainWindow(register)
    qtbot.addWidget(window)
    window.show()
    gc.collect()  # the refresher lives as long as the window, not as a Python reference
    model = window.register_pane.model
    assert model.total == 1
    listener = ChangeListener(laptop_b.db)  # what another laptop hears, table names only
    laptop_b.create_customer(CustomerInput(name="Toiselta Koneelta Oy"))
    qtbot.waitUntil(lambda: model.total == 2, timeout=1000)
    assert "2" in window.counts_label.text()  # the status bar counts followed too
    assert {"customer", "contact"} & listener.poll()
    listener.close()
    window.register_pane.detail.clear()


def test_a_server_killed_mid_transaction_loses_nothing_half_way() -> None:
    """A cluster of its own, stopped at once (as a crash) while a customer is half-written,
    then started again: the app says the connection was lost, and reconnects by itself."""
    import os
    import subprocess
    import tempfile

    from rekisteri.core.db.server import ServerAddress

    script = str(Path(__file__).resolve().parents[2] / "tools" / "pg" / "cluster.sh")
    # Under /tmp itself: run as root, the server is "nobody", who cannot enter pytest's tmp.
    folder = Path(tempfile.mkdtemp(prefix="rekisteri-pg-kill-"))
    folder.chmod(0o755)
    env = {**os.environ, "REKISTERI_PG_DIR": str(folder / "pg"), "REKISTERI_PG_PORT": "55499"}

    def cluster(action: str) -> str:
        done = subprocess.run([script, action], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    url = cluster("start")
    try:
        address = ServerAddress("127.0.0.1", "postgres", "postgres", 55499, "disable")
        password = url.split(":")[2].split("@")[0]
        register = Register(open_server(address, password))
        make(register, "Ennen Oy")
        with pytest.raises(ServerConnectionLostError), register.db.session() as s:
            s.add(Customer(**{**_row(register), "name": "Puolikas Oy"}))
            s.flush()
            cluster("kill")
        cluster("start")
        register.db.ping()  # the pool replaces the dead connections
        assert [r.name for r in register.list_customers().rows] == ["Ennen Oy"]
        register.close()
    finally:
        cluster("stop")
        folder.rmdir()
