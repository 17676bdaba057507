"""PostgreSQL for the tests: the same folders run on both engines.

``make test`` under CI (and ``make test-postgres``) starts a throwaway cluster with
``tools/pg/cluster.sh`` and passes its superuser URL in ``REKISTERI_TEST_PG``. The schema is
migrated once into a template database; each test gets its own database copied from it
(``CREATE DATABASE … TEMPLATE``) and dropped afterwards. In CI a missing server is an error,
not a skip; on a developer's machine without PostgreSQL the postgresql cases are skipped.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from rekisteri.core.clock import FrozenClock

PG_ENV = "REKISTERI_TEST_PG"
# The folders whose tests run on both engines (the facade, marketing, retention, requests,
# import/export and the notice); inside them a test that is about the register *file*
# (encryption, the SQLite backup API, WAL) carries the ``sqlite_only`` mark.
BOTH_ENGINES = ("core", "marketing", "retention", "requests", "io", "notice", "postgres")
TEMPLATE = "rk_template"
# Each role's password, for the tests that connect as it (filled as the roles are made).
PASSWORD_OF: dict[str, str] = {}
_counter = itertools.count()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: the test is about the register file; it runs on SQLite only"
    )
    config.addinivalue_line(
        "markers", "postgres_only: the test is about the shared server; PostgreSQL only"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine_name" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).parent.name
    if folder not in BOTH_ENGINES or "db" not in metafunc.fixturenames:
        return
    engines = []
    if metafunc.definition.get_closest_marker("postgres_only") is None:
        engines.append("sqlite")
    if metafunc.definition.get_closest_marker("sqlite_only") is None:
        engines.append("postgresql")
    metafunc.parametrize("engine_name", engines, scope="function")


def superuser_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("CI"):
        raise RuntimeError(f"CI runs the PostgreSQL tests: {PG_ENV} is not set")
    return None


def _admin(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def pg_template() -> str:
    """The superuser URL, with the migrated template database made once per run."""
    url = superuser_url()
    if url is None:
        pytest.skip(f"no PostgreSQL server ({PG_ENV} is not set; make test-postgres)")
    from rekisteri.core.db.server import open_server

    _admin(url, f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)", f"CREATE DATABASE {TEMPLATE}")
    db = open_server(_address(url, TEMPLATE), _password(url))
    db.dispose()
    return url


def _address(url: str, database: str):  # type: ignore[no-untyped-def]
    from urllib.parse import urlsplit

    from rekisteri.core.db.server import ServerAddress

    parts = urlsplit(url)
    return ServerAddress(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        database=database,
        user=parts.username or "postgres",
        sslmode="disable",  # loopback test cluster; TLS is tested on its own
    )


def _password(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    password = unquote(parts.password or "")
    PASSWORD_OF[parts.username or "postgres"] = password
    return password


@contextmanager
def server_database(request: pytest.FixtureRequest, clock: FrozenClock) -> Iterator[object]:
    """A fresh database copied from the template, dropped when the test ends."""
    from rekisteri.core.db.server import open_server

    url = request.getfixturevalue("pg_template")
    name = f"rk_test_{os.getpid()}_{next(_counter)}"
    _admin(url, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    db = open_server(_address(url, name), _password(url), clock=clock)
    try:
        yield db
    finally:
        db.dispose()
        _admin(url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def new_database(url: str, name: str, *, migrated: bool = True) -> None:
    """An empty database ``name`` (migrated to head from the template, or bare)."""
    _admin(url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    if migrated:
        _admin(url, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    else:
        _admin(url, f"CREATE DATABASE {name}")


def drop_database(url: str, name: str) -> None:
    _admin(url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def address_of(url: str, name: str):  # type: ignore[no-untyped-def]
    _password(url)
    return _address(url, name)
