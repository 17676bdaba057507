"""The start-up shortcuts must not drift from what they stand in for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rekisteri.core.db import migrate


def test_head_constant_is_alembics_head() -> None:
    assert migrate.alembic_head() == migrate.head_revision() == migrate.HEAD


def test_current_revision_reads_the_version_table(db) -> None:  # type: ignore[no-untyped-def]
    assert migrate.current_revision(db.engine) == migrate.HEAD


def test_opening_a_current_register_loads_no_migration_or_pdf_code(db) -> None:  # type: ignore[no-untyped-def]
    path = str(db.path)
    db.dispose()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from rekisteri.core.db import open_database\n"
        "from rekisteri.core.register import Register\n"
        f"reg = Register(open_database(Path({path!r})), actor='t')\n"
        "reg.list_customers()\n"
        "print(sorted(m for m in ('alembic', 'reportlab') if m in sys.modules))\n"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "[]"
