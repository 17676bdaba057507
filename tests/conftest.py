"""Shared fixtures: every test gets its own fresh register file; Qt runs offscreen."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rekisteri.core.clock import FrozenClock
from rekisteri.core.db import Database, open_database
from rekisteri.core.register import Register

TODAY = dt.date(2026, 11, 22)
REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test may touch the real user-data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("REKISTERI_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _fresh_language() -> Iterator[None]:
    """The UI language and translator are process-wide; no test may leak its choice."""
    from rekisteri.core.i18n import SOURCE_LANGUAGE, set_language, set_translator

    yield
    set_translator(None)
    set_language(SOURCE_LANGUAGE)
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale.system())


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once per run; each test gets a copy (migrations are tested on their own)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = open_database(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(TODAY)


@pytest.fixture
def db_path(tmp_path: Path, _template_db: Path) -> Path:
    path = tmp_path / "rekisteri.sqlite"
    shutil.copyfile(_template_db, path)
    os.chmod(path, 0o600)
    return path


@pytest.fixture
def db(db_path: Path, clock: FrozenClock) -> Iterator[Database]:
    database = open_database(db_path, clock=clock)
    yield database
    database.dispose()


@pytest.fixture
def register(db: Database) -> Register:
    return Register(db, actor="Testaaja")


@pytest.fixture
def demo_register(register: Register) -> Register:
    from rekisteri.core import demo

    register.save_controller(demo.DEMO_CONTROLLER)
    demo.generate(register.db, 200, seed=1)
    return register
