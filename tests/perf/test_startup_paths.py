"""The start-up shortcuts must not drift from what they stand in for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from rekisteri.core.db import migrate


def test_head_constant_is_alembics_head() -> None:
    assert migrate.alembic_head() == migrate.head_revision() == migrate.HEAD


def test_current_revision_reads_the_version_table(db) -> None:  # type: ignore[no-untyped-def]
    assert migrate.current_revision(db.engine) == migrate.HEAD


def _loaded(code: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter has imported after running ``code``."""
    probe = (
        f"{code}\nimport json, sys\n"
        f"print(json.dumps(sorted(m for m in {modules!r} if m in sys.modules)))\n"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    return list(json.loads(out.stdout))


def test_opening_a_current_register_loads_no_migration_or_pdf_code(db) -> None:  # type: ignore[no-untyped-def]
    path = str(db.path)
    db.dispose()
    code = (
        "from pathlib import Path\n"
        "from rekisteri.core.db import open_database\n"
        "from rekisteri.core.register import Register\n"
        f"reg = Register(open_database(Path({path!r})), actor='t')\n"
        "reg.list_customers()\n"
    )
    assert _loaded(code, ("alembic", "reportlab")) == []


def test_the_start_up_check_imports_neither_qt_nor_sqlalchemy() -> None:
    """The app starts the integrity check before the heavy imports (rekisteri.app)."""
    code = "import rekisteri.app, rekisteri.core.db.check"
    assert _loaded(code, ("sqlalchemy", "PySide6", "alembic")) == []
