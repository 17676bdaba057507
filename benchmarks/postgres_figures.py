"""The same register on PostgreSQL: ``python benchmarks/run.py --engine postgresql``.

The SQLite demo register of each size is copied into a fresh database on a PostgreSQL
server (``REKISTERI_BENCH_PG``, a superuser URL; else a throwaway cluster started with
``tools/pg/cluster.sh``), then the shared register's figures are taken through the facade:
a search keystroke, opening a customer, the review list, saving an edit and a ban. The ids
sampled come from the SQLite copy, which holds the same rows.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from benchmarks import core_figures
from benchmarks.build import BuiltRegister
from benchmarks.timing import Figure, attempt, repeat, timed

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "rekisteri_bench"


def server_url() -> str:
    url = os.environ.get("REKISTERI_BENCH_PG") or os.environ.get("REKISTERI_TEST_PG")
    if url:
        return url
    started = subprocess.run(
        [str(ROOT / "tools" / "pg" / "cluster.sh"), "start"],
        check=True,
        capture_output=True,
        text=True,
    )
    return started.stdout.strip()


def _admin(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(statement)


def copy_to_server(built: BuiltRegister, url: str):
    """A fresh server database holding exactly the rows of ``built`` (checksums verified)."""
    from rekisteri.core.db import logical
    from rekisteri.core.db.migrate import open_database
    from rekisteri.core.db.server import ServerAddress, open_server

    _admin(url, f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    _admin(url, f"CREATE DATABASE {DATABASE}")
    parts = urlsplit(url)
    address = ServerAddress(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        database=DATABASE,
        user=parts.username or "postgres",
        sslmode="disable",
    )
    password = unquote(parts.password or "")
    server = open_server(address, password)
    laptop = open_database(built.path)
    started = time.perf_counter()
    try:
        logical.copy_register(laptop.engine, server.engine)
    finally:
        laptop.dispose()
    with server.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    print(f"  copied to PostgreSQL in {time.perf_counter() - started:.1f} s", flush=True)
    return server


def measure(built: BuiltRegister, reps: int) -> list[Figure]:
    from rekisteri.core.dto import CustomerQuery
    from rekisteri.core.register import Register

    url = server_url()
    server = copy_to_server(built, url)
    register = Register(server, actor="benchmark")
    figures: list[Figure] = []

    def run(name: str, fn: Callable[[], Figure | list[Figure]]) -> None:
        figures.extend(attempt(name, fn))

    try:
        laptop = Register.open(built.path, actor="benchmark")
        try:
            cases = core_figures.search_cases(laptop)
        finally:
            laptop.close()
        # The first keystrokes too: one or two letters have no trigram and were a full scan.
        common = cases[0].text
        cases += [
            core_figures.SearchCase("first_letter", common[:1], 0),
            core_figures.SearchCase("two_letters", common[:2], 0),
        ]
        for case in cases:
            query = CustomerQuery(text=case.text)
            hits = register.count_customers(query)

            def search(q: CustomerQuery = query, label: str = case.label, n: int = hits) -> Figure:
                runs = repeat(lambda: register.list_customers(q, limit=core_figures.PAGE), reps)
                return timed(f"search_{label}_facade", runs, query_length=len(q.text), hits=n)

            run(f"search_{case.label}_facade", search)
        ids = core_figures.sample_ids(built.path, "customer", reps + 1) * 2
        pick = iter(ids)
        run(
            "open_customer",
            lambda: timed("open_customer", repeat(lambda: register.get_customer(next(pick)), reps)),
        )

        def review() -> Figure:
            items = register.retention.review_list()
            return timed(
                "review_list", repeat(register.retention.review_list, reps), items=len(items)
            )

        run("review_list", review)
        run("save_edit", lambda: _with_path(core_figures.save_edit, register, built, reps))
        run("mark_ban", lambda: _with_path(core_figures.mark_ban, register, built, reps))
    finally:
        server.dispose()
        _admin(url, f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
    return figures


class _Sampled:
    """The register with the SQLite copy's path, for ``core_figures``' id sampling."""

    def __init__(self, register, path: Path) -> None:
        self._register = register
        self.db = type("Db", (), {"path": path})()

    def __getattr__(self, name: str):
        return getattr(self._register, name)


def _with_path(fn, register, built: BuiltRegister, reps: int) -> Figure:
    return fn(_Sampled(register, built.path), reps)
